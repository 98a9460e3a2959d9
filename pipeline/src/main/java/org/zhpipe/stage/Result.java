package org.zhpipe.stage;

import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * What a {@link Pipeline} made of one document: the final text (with its alignment to the original) and, when the
 * pipeline has a segmenter, the tokens.
 *
 * @param text      the document after the text stages
 * @param tokens    the tokens after the token stages; empty when {@code segmented} is false
 * @param segmented whether the pipeline has a segmenter
 * @param features  the feature stage's vector, or {@code null} when the pipeline has no feature stage
 */
public record Result(Text text, Tokens tokens, boolean segmented, SparseVector features) {
    /** A result without features. */
    public Result(Text text, Tokens tokens, boolean segmented) {
        this(text, tokens, segmented, null);
    }

    /**
     * The output as one line: with features, their entries as {@code term:value} (or {@code index:value} when they
     * have no terms) separated by one space; else the tokens joined by one space when segmented; else the final text.
     */
    public String output() {
        if (features != null) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < features.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(features.hasTerms() ? features.term(i) : Integer.toString(features.index(i)))
                        .append(':').append(SparseVector.formatValue(features.value(i)));
            }
            return sb.toString();
        }
        return segmented ? tokens.join(" ") : text.current();
    }
}

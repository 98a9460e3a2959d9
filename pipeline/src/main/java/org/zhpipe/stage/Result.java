package org.zhpipe.stage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * What a {@link Pipeline} made of one document: the final text (with its alignment to the original) and, when the
 * pipeline has a segmenter, the tokens; the signals its document stages measured; and, when one of them dropped the
 * document, why.
 *
 * @param text      the document after the text stages (for a dropped document: as the dropping stage saw it)
 * @param tokens    the tokens after the token stages; empty when {@code segmented} is false or the document was
 *                  dropped
 * @param segmented whether the pipeline has a segmenter
 * @param features  the feature stage's vector, or {@code null} when the pipeline has no feature stage or the
 *                  document was dropped
 * @param signals   the signals measured, in pipeline order ({@link Signals#NONE} without document stages)
 * @param drops     the rules of the one document stage that dropped the document; empty when it was kept
 */
public record Result(Text text, Tokens tokens, boolean segmented, @Nullable SparseVector features, Signals signals,
                     List<Drop> drops) {
    public Result {
        drops = List.copyOf(drops);
    }

    /** A result without features or signals. */
    public Result(Text text, Tokens tokens, boolean segmented) {
        this(text, tokens, segmented, null, Signals.NONE, List.of());
    }

    /** A result without signals. */
    public Result(Text text, Tokens tokens, boolean segmented, @Nullable SparseVector features) {
        this(text, tokens, segmented, features, Signals.NONE, List.of());
    }

    /** Whether a document stage dropped the document: it has no output then. */
    public boolean dropped() {
        return !drops.isEmpty();
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

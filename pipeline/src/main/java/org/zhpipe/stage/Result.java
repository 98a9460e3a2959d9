package org.zhpipe.stage;

import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * What a {@link Pipeline} made of one document: the final text (with its alignment to the original) and, when the
 * pipeline has a segmenter, the tokens.
 *
 * @param text      the document after the text stages
 * @param tokens    the tokens after the token stages; empty when {@code segmented} is false
 * @param segmented whether the pipeline has a segmenter
 */
public record Result(Text text, Tokens tokens, boolean segmented) {
    /** The output as one line: the tokens joined by one space when segmented, else the final text. */
    public String output() {
        return segmented ? tokens.join(" ") : text.current();
    }
}

package org.zhpipe.stage;

import org.zhpipe.text.Text;

/**
 * A stage that rewrites a document's text. It must keep the alignment to the original: build the result with
 * {@link org.zhpipe.text.TextBuilder} or {@link Text#derive}, and return the input itself when nothing changes.
 * Must accept any string, including lone surrogates, without throwing.
 */
public interface TextStage extends Stage {
    Text apply(Text text);

    @Override
    default StageKind kind() {
        return StageKind.TEXT;
    }
}

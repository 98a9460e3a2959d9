package org.zhpipe.stage;

import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * Rewrites or filters the tokens of one document. Tokens that stay keep their original offsets. The document's
 * final text (with its alignment) is passed for stages that need context.
 */
public interface TokenStage extends Stage {
    Tokens apply(Tokens tokens, Text text);

    /**
     * Whether this stage reads tags, so that a pipeline whose segmenter produces none is refused when it is built
     * rather than silently doing nothing.
     */
    default boolean needsTags() {
        return false;
    }

    @Override
    default StageKind kind() {
        return StageKind.TOKEN;
    }
}

package org.zhpipe.stage;

import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * Splits a document's current text into tokens. Token offsets are in the <strong>original</strong> input: map
 * current-text ranges through {@link Text#originalSpan}. Tokens are in text order, do not overlap (except sub-words
 * of a search mode, which lie inside their word), never split a surrogate pair, and white space is never a token.
 */
public interface Segmenter extends Stage {
    Tokens segment(Text text);

    /** Whether the tokens carry part-of-speech tags, which some token stages need ({@link TokenStage#needsTags()}). */
    default boolean producesTags() {
        return false;
    }

    @Override
    default StageKind kind() {
        return StageKind.SEGMENTER;
    }
}

package org.zhpipe.stage;

import java.util.List;
import org.zhpipe.text.Text;

/**
 * A text stage that maps each code point on its own, without context: to one code point, or to nothing
 * ({@link #DELETE}). Consecutive mappers in a pipeline are fused into one pass over the text with a lookup table for
 * the BMP (see {@link FusedCodePointStage}), so that {@code halfwidth}, {@code lowercase} and {@code filter} together
 * cost about as much as one of them.
 *
 * <p>{@link #map} must be a pure function. Lone surrogates are passed in as their own code point.
 */
public interface CodePointMapper extends TextStage {
    /** Returned by {@link #map} to drop the code point. */
    int DELETE = -1;

    /** The code point that replaces {@code codePoint}, or {@link #DELETE}. */
    int map(int codePoint);

    @Override
    default Text apply(Text text) {
        return new FusedCodePointStage(List.of(this)).apply(text);
    }
}

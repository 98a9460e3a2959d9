package org.zhpipe.stage;

import org.zhpipe.text.Text;
import org.zhpipe.text.TextBuilder;

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

    /**
     * Maps the text one code point at a time. Correct for any mapping, but slow; inside a {@link Pipeline} mappers
     * run through {@link FusedCodePointStage} instead.
     */
    @Override
    default Text apply(Text text) {
        String s = text.current();
        TextBuilder out = new TextBuilder(text);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            int mapped = map(cp);
            if (mapped == cp) {
                out.copy(i, i + len);
            } else if (mapped < 0) {
                out.delete(i, i + len);
            } else if (len == 2 && Character.charCount(mapped) == 2) {
                // a pair for a pair: char by char, as the fused stage does
                out.replace(i, i + 1, String.valueOf(Character.highSurrogate(mapped)));
                out.replace(i + 1, i + 2, String.valueOf(Character.lowSurrogate(mapped)));
            } else {
                out.replaceWithCodePoint(i, i + len, mapped);
            }
            i += len;
        }
        return out.build();
    }
}

package org.zhpipe.convert;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The text after a configuration's {@code normalization} chain (OpenCC 1.4.1 runs it on the whole text before
 * segmenting: {@code ConfigBasedConverter}), with the way back to the input: {@code originalAt[k]} is the input
 * offset that normalized offset {@code k} corresponds to, or -1 inside a replacement; {@code null} when nothing
 * changed. Not thread-safe; one per call.
 */
final class NormalizedText {
    final char[] chars;
    final int length;
    final int @Nullable [] originalAt;

    private NormalizedText(char[] chars, int length, int @Nullable [] originalAt) {
        this.chars = chars;
        this.length = length;
        this.originalAt = originalAt;
    }

    static NormalizedText of(char[] input, Conversion[] steps, long[] scratch) {
        char[] chars = input;
        int length = input.length;
        int[] originalAt = null;
        for (Conversion step : steps) {
            if (!step.matchesAny(chars, 0, length, scratch)) {
                continue; // the usual case: no compatibility ideograph in the text
            }
            CharSink out = new CharSink(length + 16);
            step.convert(chars, 0, length, out, scratch);
            if (out.length == length && Arrays.equals(out.chars, 0, length, chars, 0, length)) {
                continue;
            }
            // something changed: convert again, keeping the alignment
            out = new CharSink(out.length + 16).withMap();
            step.convert(chars, 0, length, out, scratch);
            int[] at = new int[out.length + 1];
            for (int k = 0; k <= out.length; k++) {
                int v = out.map[k];
                at[k] = v < 0 || originalAt == null ? v : originalAt[v];
            }
            chars = out.chars;
            length = out.length;
            originalAt = at;
        }
        return new NormalizedText(chars, length, originalAt);
    }

    /** The input offset of normalized offset {@code k}, or -1 when {@code k} is inside a replacement. */
    int original(int k) {
        return originalAt == null ? k : originalAt[k];
    }
}

package org.zhpipe.stage;

import java.util.Arrays;
import java.util.List;
import org.zhpipe.text.Text;

/**
 * Several {@link CodePointMapper}s applied in one pass. The composed mapping of every BMP char is precomputed into a
 * 64K-entry table when the stage is built; code points outside the BMP, surrogates and deletions take a slower path
 * through the mappers themselves, so supplementary characters (CJK Extension B, emoji) are handled exactly.
 *
 * <p>When nothing changes the input text is returned as it is; when lengths stay equal no alignment is allocated.
 * Immutable and thread-safe.
 */
public final class FusedCodePointStage implements CodePointMapper {
    /** Table marker: take the slow path (surrogate, deletion, supplementary result, or U+FFFF itself). */
    private static final char SLOW = 0xFFFF;

    private final CodePointMapper[] mappers;
    private final char[] table;

    public FusedCodePointStage(List<? extends CodePointMapper> mappers) {
        this.mappers = mappers.stream()
                .flatMap(m -> m instanceof FusedCodePointStage f ? Arrays.stream(f.mappers) : java.util.stream.Stream.of(m))
                .toArray(CodePointMapper[]::new);
        this.table = new char[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                table[c] = SLOW;
                continue;
            }
            int r = map(c);
            table[c] = r < 0 || r >= SLOW ? SLOW : (char) r;
        }
    }

    /** The mappers in the order they run. */
    public List<CodePointMapper> mappers() {
        return List.of(mappers);
    }

    @Override
    public int map(int codePoint) {
        int cp = codePoint;
        for (CodePointMapper m : mappers) {
            cp = m.map(cp);
            if (cp < 0) {
                return DELETE;
            }
        }
        return cp;
    }

    @Override
    public Text apply(Text text) {
        String s = text.current();
        int n = s.length();
        char[] in = s.toCharArray();
        char[] table = this.table;
        int i = 0;
        while (i < n) {
            char c = in[i];
            char m = table[c];
            if (m != c || c == SLOW) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] out = in; // written in place while output index == input index
        int j = i;
        int[] srcStarts = null;
        int[] srcEnds = null;
        boolean changed = false;
        while (i < n) {
            char c = in[i];
            char m = table[c];
            if (m != SLOW) {
                if (m != c) {
                    changed = true;
                }
                if (srcStarts != null) {
                    if (j == out.length) {
                        out = Arrays.copyOf(out, out.length * 2 + 2);
                        srcStarts = Arrays.copyOf(srcStarts, out.length);
                        srcEnds = Arrays.copyOf(srcEnds, out.length);
                    }
                    srcStarts[j] = i;
                    srcEnds[j] = i + 1;
                }
                out[j++] = m;
                i++;
                continue;
            }
            int len = 1;
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                cp = Character.toCodePoint(c, in[i + 1]);
                len = 2;
            }
            int r = map(cp);
            int outLen = r < 0 ? 0 : Character.charCount(r);
            if (r != cp) {
                changed = true;
            }
            if (srcStarts == null && outLen != len) {
                // lengths diverge from here on: copy what was written so far out of the input array
                // (the input array from i on is still untouched: writes so far stopped at j == i)
                out = Arrays.copyOf(out, Math.max(n + 2, 16));
                srcStarts = new int[out.length];
                srcEnds = new int[out.length];
                for (int k = 0; k < j; k++) {
                    srcStarts[k] = k;
                    srcEnds[k] = k + 1;
                }
            }
            if (outLen > 0) {
                if (srcStarts != null && j + outLen > out.length) {
                    out = Arrays.copyOf(out, out.length * 2 + 2);
                    srcStarts = Arrays.copyOf(srcStarts, out.length);
                    srcEnds = Arrays.copyOf(srcEnds, out.length);
                }
                Character.toChars(r, out, j);
                if (srcStarts != null) {
                    for (int k = 0; k < outLen; k++) {
                        srcStarts[j + k] = i;
                        srcEnds[j + k] = i + len;
                    }
                }
                j += outLen;
            }
            i += len;
        }
        if (!changed && srcStarts == null) {
            return text;
        }
        String result = new String(out, 0, j);
        return srcStarts == null ? text.derive(result, null, null) : text.derive(result, srcStarts, srcEnds);
    }
}

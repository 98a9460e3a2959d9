package org.zhpipe.stage;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.zhpipe.text.Text;

/**
 * Several {@link CodePointMapper}s applied in one pass. The composed mapping of every BMP char is precomputed into a
 * 64K-entry table when the stage is built, deletions included; surrogate pairs and results outside the BMP take a
 * slower path through the mappers themselves, so supplementary characters (CJK Extension B, emoji) are exact.
 *
 * <p>The text is rewritten in place in one char array; the alignment is the identity, or the short list of deleted
 * positions ({@link Text#deriveByDeletions}). When nothing changes the input text is returned as it is. Immutable and
 * thread-safe.
 */
public final class FusedCodePointStage implements CodePointMapper {
    /** Table marker: the char is deleted. */
    private static final char DELETED = 0xFFFE;
    /** Table marker: take the slow path (surrogate, result outside the BMP, or the marker chars themselves). */
    private static final char SLOW = 0xFFFF;

    private final CodePointMapper[] mappers;
    private final char[] table;

    public FusedCodePointStage(List<? extends CodePointMapper> mappers) {
        this.mappers = mappers.stream()
                .flatMap(m -> m instanceof FusedCodePointStage f ? Arrays.stream(f.mappers) : Stream.of(m))
                .toArray(CodePointMapper[]::new);
        this.table = new char[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            int r = Character.isSurrogate((char) c) ? SLOW : map(c);
            table[c] = r == DELETE ? DELETED : r >= DELETED ? SLOW : (char) r;
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
        char[] buf = s.toCharArray();
        char[] table = this.table;
        int[] deletions = null; // made at the first deletion: until then output index == input index
        int count = 0;
        int diff = 0;
        int i = 0;
        int j = 0;
        while (i < n) {
            // a run of chars that map to one BMP char each: one table lookup per char
            if (i == j) {
                for (; i < n; i++) {
                    char c = buf[i];
                    char m = table[c];
                    if (m >= DELETED) {
                        break;
                    }
                    diff |= m ^ c;
                    buf[i] = m;
                }
                j = i;
            } else {
                for (; i < n; i++, j++) {
                    char c = buf[i];
                    char m = table[c];
                    if (m >= DELETED) {
                        break;
                    }
                    buf[j] = m;
                }
            }
            if (i == n) {
                break;
            }
            char c = buf[i];
            int cp = c;
            int len = 1;
            int r = DELETE;
            if (table[c] == SLOW) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(buf[i + 1])) {
                    cp = Character.toCodePoint(c, buf[i + 1]);
                    len = 2;
                }
                r = map(cp);
            }
            if (r < 0) {
                if (deletions == null) {
                    deletions = new int[8];
                } else if (count + 2 > deletions.length) {
                    deletions = Arrays.copyOf(deletions, deletions.length * 2);
                }
                deletions[count++] = i;
                if (len == 2) {
                    deletions[count++] = i + 1;
                }
            } else if (Character.charCount(r) != len) {
                // a pair becomes one char or the reverse: rare, and it needs span alignment
                return CodePointMapper.super.apply(text);
            } else {
                diff |= r ^ cp;
                if (len == 1) {
                    buf[j++] = (char) r;
                } else {
                    buf[j++] = Character.highSurrogate(r);
                    buf[j++] = Character.lowSurrogate(r);
                }
            }
            i += len;
        }
        if (count > 0) {
            return text.deriveByDeletions(new String(buf, 0, j), deletions, count);
        }
        // nothing deleted: every char stayed where it was
        return diff == 0 ? text : text.derive(new String(buf), null, null);
    }
}

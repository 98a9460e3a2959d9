package org.zhpipe.stage;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.zhpipe.text.Text;
import org.zhpipe.text.Utf8;

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

    /**
     * The mapping of a text given as UTF-8, as UTF-8: the bytes of what {@link #apply} makes of the decoded text,
     * and how many code points went in and came out. No string is made. {@code null} when the bytes are not
     * well-formed UTF-8 ({@link Utf8}), or when the result would hold a line break ({@code \r}, {@code \n}) or a
     * lone surrogate, which a caller writing lines treats apart: then decode and go through {@link #apply}.
     */
    public @Nullable Utf8Mapping mapUtf8(byte[] utf8) {
        byte[] out = new byte[utf8.length + 16];
        int o = 0;
        long in = 0;
        long kept = 0;
        int n = utf8.length;
        for (int i = 0; i < n; ) {
            int b = utf8[i];
            int len = b >= 0 ? 1 : Utf8.sequenceLength(utf8, i);
            int cp = switch (len) {
                case 1 -> b;
                case 2 -> (b & 0x1F) << 6 | utf8[i + 1] & 0x3F;
                case 3 -> (b & 0x0F) << 12 | (utf8[i + 1] & 0x3F) << 6 | utf8[i + 2] & 0x3F;
                case 4 -> (b & 0x07) << 18 | (utf8[i + 1] & 0x3F) << 12 | (utf8[i + 2] & 0x3F) << 6
                        | utf8[i + 3] & 0x3F;
                default -> -1; // not UTF-8
            };
            if (cp < 0) {
                return null; // the string path says where the bytes go wrong
            }
            in++;
            int r;
            if (cp < 0x10000) {
                char m = table[cp];
                r = m == DELETED ? DELETE : m == SLOW ? map(cp) : m;
            } else {
                r = map(cp);
            }
            if (r < 0) {
                i += len;
                continue;
            }
            if (r == '\n' || r == '\r' || r >= Character.MIN_SURROGATE && r <= Character.MAX_SURROGATE) {
                return null;
            }
            if (o + 4 > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, o + 4));
            }
            if (r == cp) {
                System.arraycopy(utf8, i, out, o, len); // unchanged: its bytes as they were
                o += len;
            } else {
                o = encode(r, out, o);
            }
            kept++;
            i += len;
        }
        return new Utf8Mapping(Arrays.copyOf(out, o), in, kept);
    }

    /** Writes {@code cp} in UTF-8 at {@code at}; returns the position after it. */
    private static int encode(int cp, byte[] out, int at) {
        if (cp < 0x80) {
            out[at] = (byte) cp;
            return at + 1;
        }
        if (cp < 0x800) {
            out[at] = (byte) (0xC0 | cp >> 6);
            out[at + 1] = (byte) (0x80 | cp & 0x3F);
            return at + 2;
        }
        if (cp < 0x10000) {
            out[at] = (byte) (0xE0 | cp >> 12);
            out[at + 1] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[at + 2] = (byte) (0x80 | cp & 0x3F);
            return at + 3;
        }
        out[at] = (byte) (0xF0 | cp >> 18);
        out[at + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
        out[at + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
        out[at + 3] = (byte) (0x80 | cp & 0x3F);
        return at + 4;
    }

    /**
     * What {@link #mapUtf8} made of a text.
     *
     * @param utf8          the mapped text in UTF-8
     * @param codePointsIn  code points of the text
     * @param codePointsOut code points of the mapped text
     */
    public record Utf8Mapping(byte[] utf8, long codePointsIn, long codePointsOut) {
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

package org.zhpipe.internal.parse;

/**
 * Strict UTF-8 decoding of one multi-byte sequence into chars, for the byte-level readers of large data files (word
 * lists, IDF tables), which decode line by line without a {@code String} per line so that an error names its line.
 */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * Decodes the multi-byte sequence that starts at {@code bytes[i]} (a byte ≥ 0x80) into {@code out[o]}, or
     * {@code out[o]} and {@code out[o + 1]} for a supplementary code point (a surrogate pair).
     *
     * @param n the end of the bytes
     * @return the number of bytes decoded (2, 3 or 4; 4 writes two chars), or 0 when the bytes at {@code i} are not
     *         well-formed UTF-8 (truncated, overlong, a surrogate, beyond U+10FFFF)
     */
    public static int decode(byte[] bytes, int i, int n, char[] out, int o) {
        int b = bytes[i];
        if ((b & 0xF0) == 0xE0 && i + 2 < n && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
            // three bytes, most of Chinese text: U+0800 to U+FFFF, not a surrogate
            int c = (b & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | bytes[i + 2] & 0x3F;
            if (c < 0x800 || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                return 0;
            }
            out[o] = (char) c;
            return 3;
        }
        if ((b & 0xE0) == 0xC0 && i + 1 < n && (bytes[i + 1] & 0xC0) == 0x80) {
            // two bytes: U+0080 to U+07FF
            int c = (b & 0x1F) << 6 | bytes[i + 1] & 0x3F;
            if (c < 0x80) {
                return 0;
            }
            out[o] = (char) c;
            return 2;
        }
        if ((b & 0xF8) == 0xF0 && i + 3 < n && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80
                && (bytes[i + 3] & 0xC0) == 0x80) {
            // four bytes: U+10000 to U+10FFFF, a surrogate pair
            int c = (b & 0x07) << 18 | (bytes[i + 1] & 0x3F) << 12 | (bytes[i + 2] & 0x3F) << 6 | bytes[i + 3] & 0x3F;
            if (c < 0x10000 || c > Character.MAX_CODE_POINT) {
                return 0;
            }
            out[o] = Character.highSurrogate(c);
            out[o + 1] = Character.lowSurrogate(c);
            return 4;
        }
        return 0;
    }
}

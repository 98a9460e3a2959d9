package org.zhpipe.text;

/**
 * Well-formed UTF-8, checked without decoding: Unicode's table 3-7 (shortest forms only, no surrogates, nothing past
 * U+10FFFF), which is exactly what the JDK's strict UTF-8 decoder accepts. Stateless.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** Whether all of {@code bytes} is well-formed UTF-8. */
    public static boolean isWellFormed(byte[] bytes) {
        for (int i = 0; i < bytes.length; ) {
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                return false;
            }
            i += length;
        }
        return true;
    }

    /**
     * The length of the well-formed sequence that starts at {@code i} (1 for ASCII, 2 to 4), or 0 when the bytes
     * there are not one.
     */
    public static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i];
        if (b >= 0) {
            return 1;
        }
        b &= 0xFF;
        // the lead byte sets the sequence's length and the range of its second byte
        if (b >= 0xC2 && b <= 0xDF) {
            return sequence(bytes, i, 2, 0x80, 0xBF);
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return sequence(bytes, i, 3, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return sequence(bytes, i, 4, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
        }
        return 0;
    }

    /**
     * {@code length} when the sequence of that length at {@code i} is whole, its second byte in {@code [low, high]}
     * and the others continuation bytes; else 0.
     */
    private static int sequence(byte[] bytes, int i, int length, int low, int high) {
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }
}

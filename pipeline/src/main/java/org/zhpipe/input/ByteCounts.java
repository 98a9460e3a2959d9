package org.zhpipe.input;

/**
 * What kinds of bytes a sample holds, to tell text from UTF-16 and from binary data before any decoding. UTF-16
 * (or UTF-32) text of mostly ASCII has a NUL byte in every other position; binary data (an executable, an image)
 * has NUL bytes anywhere and many other control bytes; text in an ASCII-compatible encoding has almost none.
 *
 * @param length      bytes counted
 * @param nulEven     NUL bytes at even offsets
 * @param nulOdd      NUL bytes at odd offsets
 * @param controls    control bytes other than NUL, tab, line feed, vertical tab, form feed, carriage return and
 *                    escape (0x01–0x08, 0x0E–0x1A, 0x1C–0x1F, 0x7F)
 * @param nonAscii    bytes 0x80–0xFF
 */
record ByteCounts(int length, int nulEven, int nulOdd, int controls, int nonAscii) {
    static ByteCounts of(byte[] sample, int length) {
        int nulEven = 0;
        int nulOdd = 0;
        int controls = 0;
        int nonAscii = 0;
        for (int i = 0; i < length; i++) {
            int b = sample[i] & 0xFF;
            if (b == 0) {
                if ((i & 1) == 0) {
                    nulEven++;
                } else {
                    nulOdd++;
                }
            } else if (b >= 0x80) {
                nonAscii++;
            } else if ((b < 0x20 && (b < 0x09 || b > 0x0D) && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        return new ByteCounts(length, nulEven, nulOdd, controls, nonAscii);
    }

    int nul() {
        return nulEven + nulOdd;
    }

    /** At least one byte in eight is NUL, and nine in ten of them are at even offsets or nine in ten at odd. */
    boolean looksLikeUtf16() {
        int nul = nul();
        return length >= 2 && nul * 8 >= length && Math.max(nulEven, nulOdd) * 10 >= nul * 9;
    }

    /** Not {@link #looksLikeUtf16()}, and at least 1 % NUL bytes or at least 5 % control bytes and NULs. */
    boolean looksBinary() {
        return !looksLikeUtf16() && length > 0 && (nul() * 100 >= length || (nul() + controls) * 20 >= length);
    }

    /** {@code 1,234 NUL and 56 other control bytes}, for messages. */
    String describeControls() {
        return String.format(java.util.Locale.ROOT, "%,d NUL and %,d other control bytes", nul(), controls);
    }
}

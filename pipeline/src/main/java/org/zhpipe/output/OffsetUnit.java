package org.zhpipe.output;

/**
 * The unit of token offsets in JSON output. Offsets are UTF-16 indices inside zhpipe, as in Java and JavaScript
 * strings; Python slices strings by code point, so a Python consumer of the JSON wants {@link #CODE_POINT}. The two
 * differ only after a character outside the BMP (𠀀, 😀).
 */
public enum OffsetUnit {
    /** UTF-16 code units: {@code original.substring(start, end)} in Java and JavaScript. */
    UTF16,
    /** Unicode code points: {@code original[start:end]} in Python. */
    CODE_POINT;

    /**
     * Converts monotone UTF-16 offsets into this unit, walking the text once however many offsets are asked for.
     * Not thread-safe; one per document.
     */
    Converter converter(String original) {
        return new Converter(this, original);
    }

    /** Converts non-decreasing offsets of one text; see {@link OffsetUnit#converter}. */
    static final class Converter {
        private final boolean codePoints;
        private final String text;
        private int utf16;
        private int cps;

        private Converter(OffsetUnit unit, String text) {
            this.codePoints = unit == CODE_POINT;
            this.text = text;
        }

        /** {@code offset} (UTF-16) in this unit; offsets after a smaller one cost only the distance between them. */
        int convert(int offset) {
            if (!codePoints) {
                return offset;
            }
            if (offset < utf16) {
                return text.codePointCount(0, offset);
            }
            cps += text.codePointCount(utf16, offset);
            utf16 = offset;
            return cps;
        }
    }
}

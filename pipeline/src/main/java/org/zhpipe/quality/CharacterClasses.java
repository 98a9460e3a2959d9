package org.zhpipe.quality;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import org.zhpipe.text.Scripts;

/**
 * The classes of a code point that the character signals count, as bits: a table for the Basic Multilingual Plane
 * (built when constructed: about 10 ms in a fresh JVM, 1–5 ms later), computed for the planes above. Immutable and thread-safe.
 *
 * <p>The low eight bits are the counted classes of {@link QualityMeasurer}'s overview, so a document's counts come
 * from a histogram of them: Han (Unicode's Han script), letter (categories L*, not Han), letter or number (L*, N*),
 * decimal digit (Nd), punctuation (P*), symbol (S*), white space (Unicode's White_Space) and CJK unified ideograph
 * of the basic block up to U+9FA5 (ChineseWebText's {@code [\u4e00-\u9fa5]}).
 */
final class CharacterClasses {
    static final int HAN = 1;
    static final int LETTER = 1 << 1;
    static final int LETTER_OR_NUMBER = 1 << 2;
    static final int DIGIT = 1 << 3;
    static final int PUNCTUATION = 1 << 4;
    static final int SYMBOL = 1 << 5;
    static final int WHITE_SPACE = 1 << 6;
    static final int BASIC_HAN = 1 << 7;
    /** The counted classes: the bits a histogram is taken of. */
    static final int COUNTED = 0xFF;
    /** Python's {@code str.isspace}. */
    static final int SPACE = 1 << 8;
    /**
     * ChineseWebText's text is the non-space text as it is: not space and unchanged by lower-casing, or space that
     * it removes (space, LF, TAB).
     */
    static final int CWT_PLAIN = 1 << 9;
    /** A line boundary of Python's {@code str.splitlines} (all are {@link #SPACE}). */
    static final int LINE_BOUNDARY = 1 << 10;

    private static final int BMP = 0x10000;

    private final char[] bmp = new char[BMP];

    CharacterClasses() {
        // the unified ideographs of the basic block, a third of the plane, are all alike (a test holds the table to
        // compute() for every code point): the first table takes 10 ms instead of 28, before the JIT
        char ideograph = (char) (HAN | LETTER_OR_NUMBER | CWT_PLAIN);
        for (int cp = 0; cp < BMP; cp++) {
            bmp[cp] = cp >= 0x4E00 && cp <= 0x9FFF ? (char) (ideograph | (cp <= 0x9FA5 ? BASIC_HAN : 0))
                    : (char) compute(cp);
        }
    }

    /** The bits of {@code cp}. */
    int of(int cp) {
        return cp < BMP ? bmp[cp] : compute(cp);
    }

    static int compute(int cp) {
        int bits = 0;
        int type = UCharacter.getType(cp);
        boolean letter = type >= UCharacterCategory.UPPERCASE_LETTER && type <= UCharacterCategory.OTHER_LETTER;
        if (Scripts.isHan(cp)) {
            bits |= HAN;
        } else if (letter) {
            bits |= LETTER;
        }
        if (letter || type >= UCharacterCategory.DECIMAL_DIGIT_NUMBER && type <= UCharacterCategory.OTHER_NUMBER) {
            bits |= LETTER_OR_NUMBER;
        }
        switch (type) {
            case UCharacterCategory.DECIMAL_DIGIT_NUMBER -> bits |= DIGIT;
            case UCharacterCategory.DASH_PUNCTUATION, UCharacterCategory.START_PUNCTUATION,
                    UCharacterCategory.END_PUNCTUATION, UCharacterCategory.CONNECTOR_PUNCTUATION,
                    UCharacterCategory.OTHER_PUNCTUATION, UCharacterCategory.INITIAL_PUNCTUATION,
                    UCharacterCategory.FINAL_PUNCTUATION -> bits |= PUNCTUATION;
            case UCharacterCategory.MATH_SYMBOL, UCharacterCategory.CURRENCY_SYMBOL,
                    UCharacterCategory.MODIFIER_SYMBOL, UCharacterCategory.OTHER_SYMBOL -> bits |= SYMBOL;
            default -> {
            }
        }
        if (PythonText.isWhiteSpace(cp)) {
            bits |= WHITE_SPACE;
        }
        if (cp >= 0x4E00 && cp <= 0x9FA5) {
            bits |= BASIC_HAN;
        }
        boolean space = PythonText.isSpace(cp);
        if (space) {
            bits |= SPACE;
        }
        if (PythonText.isLineBoundary(cp)) {
            bits |= LINE_BOUNDARY;
        }
        if (space ? cp == ' ' || cp == '\n' || cp == '\t' : PythonText.lowerCaseKeeps(cp)) {
            bits |= CWT_PLAIN;
        }
        return bits;
    }
}

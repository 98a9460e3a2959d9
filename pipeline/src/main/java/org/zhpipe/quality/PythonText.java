package org.zhpipe.quality;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;

/**
 * Python's {@code str} semantics that the published filters' definitions rest on, over code points: white space
 * ({@code str.isspace}), letters ({@code isalpha}), letters and numbers ({@code isalnum}) and line boundaries
 * ({@code str.splitlines}). Categories come from ICU (Unicode 16); Python 3.11 uses Unicode 14, which differs only
 * for characters assigned since. Stateless.
 */
final class PythonText {
    private PythonText() {
    }

    /** {@code str.isspace} for one code point: Unicode White_Space, plus U+001C..U+001F (bidi class B or S). */
    static boolean isSpace(int cp) {
        return cp <= ' ' ? cp == ' ' || cp >= 0x09 && cp <= 0x0D || cp >= 0x1C && cp <= 0x1F
                : cp <= LAST_WHITE_SPACE && UCharacter.isUWhiteSpace(cp);
    }

    /** The last code point with Unicode's White_Space property (U+3000 IDEOGRAPHIC SPACE; a test holds ICU to it). */
    static final int LAST_WHITE_SPACE = 0x3000;

    /** {@code str.isalpha} for one code point: categories Lu, Ll, Lt, Lm, Lo. */
    static boolean isAlpha(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        int type = UCharacter.getType(cp);
        return type >= UCharacterCategory.UPPERCASE_LETTER && type <= UCharacterCategory.OTHER_LETTER;
    }

    /** {@code str.isalnum} for one code point: a letter, or a number (categories Nd, Nl, No). */
    static boolean isAlnum(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9';
        }
        int type = UCharacter.getType(cp);
        return type >= UCharacterCategory.UPPERCASE_LETTER && type <= UCharacterCategory.OTHER_LETTER
                || type >= UCharacterCategory.DECIMAL_DIGIT_NUMBER && type <= UCharacterCategory.OTHER_NUMBER;
    }

    /**
     * Whether {@code cp} ends a line for {@code str.splitlines}: LF, VT, FF, CR, U+001C..U+001E, NEL, LINE
     * SEPARATOR, PARAGRAPH SEPARATOR (CR LF is one boundary).
     */
    static boolean isLineBoundary(int cp) {
        return cp <= 0x2029 && (cp >= 0x0A && cp <= 0x0D || cp >= 0x1C && cp <= 0x1E || cp == 0x85 || cp >= 0x2028);
    }
}

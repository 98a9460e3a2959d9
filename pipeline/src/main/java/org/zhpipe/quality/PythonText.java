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
        return isWhiteSpace(cp) || cp >= 0x1C && cp <= 0x1F;
    }

    /**
     * Unicode's White_Space property, written out because it is asked of every character of every document and has
     * not changed since Unicode 6.3 (a test holds ICU's tables to this list, code point by code point).
     */
    static boolean isWhiteSpace(int cp) {
        if (cp <= ' ') {
            return cp == ' ' || cp >= 0x09 && cp <= 0x0D;
        }
        return cp >= 0x85 && cp <= 0x3000 && (cp == 0x85 || cp == 0xA0 || cp == 0x1680 || cp >= 0x2000 && cp <= 0x200A
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000);
    }

    /**
     * Whether lower-casing leaves {@code cp} as it is ({@code Character.toLowerCase}), answering the caseless blocks
     * that make up most Chinese text without a table lookup (a test checks the shortcuts against every code point).
     */
    static boolean lowerCaseKeeps(int cp) {
        if (cp < 0x80) {
            return cp < 'A' || cp > 'Z';
        }
        if (cp >= 0x2000 && cp < 0x2100 || cp >= 0x3000 && cp < 0xA000 || cp >= 0xFF00 && cp < 0xFF21) {
            return true;
        }
        return Character.toLowerCase(cp) == cp;
    }

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

package org.zhpipe.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.UnicodeSet;
import org.junit.jupiter.api.Test;

class PythonTextTest {
    @Test
    void whiteSpaceIsIcusWhiteSpaceProperty() {
        UnicodeSet white = new UnicodeSet("[:White_Space:]");
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            assertEquals(white.contains(cp), PythonText.isWhiteSpace(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void lowerCaseKeepsIsCharactersLowerCasing() {
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            assertEquals(Character.toLowerCase(cp) == cp, PythonText.lowerCaseKeeps(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void isSpaceIsPythonsStrIsspace() {
        // str.isspace: Unicode White_Space plus the information separators U+001C..U+001F
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            boolean expected = com.ibm.icu.lang.UCharacter.isUWhiteSpace(cp) || cp >= 0x1C && cp <= 0x1F;
            assertEquals(expected, PythonText.isSpace(cp), Integer.toHexString(cp));
        }
        assertTrue(PythonText.isSpace(0x3000));
        assertFalse(PythonText.isSpace('中'));
    }

    @Test
    void lowerCasingACodePointIsStringLowerCasingExceptForDottedCapitalIAndSigma() {
        // the assumption cwtRepetition's fast path rests on
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (cp == 0x130 || cp == 0x3A3 || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue;
            }
            String one = new String(Character.toChars(cp));
            assertEquals(one.toLowerCase(java.util.Locale.ROOT), new String(Character.toChars(Character.toLowerCase(cp))),
                    Integer.toHexString(cp));
        }
    }
}

package org.zhpipe.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * The one place that says which script a code point belongs to, with ICU's Unicode tables (newer than the JDK's:
 * ICU4J 76 knows Unicode 16, JDK 17 Unicode 13, so CJK Extensions H and I are Han here). Every stage and reader that
 * asks "is this Han?" asks this class, so they agree. Stateless.
 */
public final class Scripts {
    private Scripts() {
    }

    /**
     * Whether {@code cp} is of the Han script: ideographs of every CJK block and extension, and the Han marks and
     * radicals (々 〇 〆 ⺀).
     */
    public static boolean isHan(int cp) {
        if (cp < FIRST_HAN) {
            return false;
        }
        return cp >= 0x4E00 && cp <= 0x9FFF || UScript.getScript(cp) == UScript.HAN;
    }

    /** The first code point of the Han script (U+2E80, a CJK radical; a test holds ICU to it). */
    static final int FIRST_HAN = 0x2E80;

    /** Whether {@code cp} is a Han ideograph: of the Han script and Ideographic (not a radical or an iteration mark). */
    public static boolean isHanIdeograph(int cp) {
        return isHan(cp) && UCharacter.hasBinaryProperty(cp, UProperty.IDEOGRAPHIC);
    }
}

package org.zhpipe.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptsTest {
    @Test
    void hanFollowsIcusNewerTablesSoTheTokenizerAndTheLemmatizerAgree() {
        assertTrue(Scripts.isHan('中'));
        assertTrue(Scripts.isHan(0x20000), "Extension B");
        assertTrue(Scripts.isHan(0x31350), "Extension H (Unicode 15), unknown to JDK 17");
        assertTrue(Scripts.isHan(0x2EBF0), "Extension I (Unicode 15.1)");
        assertTrue(Scripts.isHan('々'));
        assertFalse(Scripts.isHanIdeograph('々'), "an iteration mark, not an ideograph");
        assertTrue(Scripts.isHanIdeograph('〇'));
        assertTrue(Scripts.isHanIdeograph(0x31350));
        assertFalse(Scripts.isHan('a'));
        assertFalse(Scripts.isHan('。'));
        assertFalse(Scripts.isHan(0xD800));
    }

    @Test
    void theFastPathsAgreeWithIcusScriptOfEveryCodePoint() {
        com.ibm.icu.text.UnicodeSet han = new com.ibm.icu.text.UnicodeSet("[:Script=Han:]");
        org.junit.jupiter.api.Assertions.assertEquals(Scripts.FIRST_HAN, han.getRangeStart(0));
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            org.junit.jupiter.api.Assertions.assertEquals(han.contains(cp), Scripts.isHan(cp), Integer.toHexString(cp));
        }
    }
}

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
}

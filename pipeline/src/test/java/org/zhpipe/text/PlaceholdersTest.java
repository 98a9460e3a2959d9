package org.zhpipe.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    @Test
    void upperCaseWordsInAngleBrackets() {
        for (String s : List.of("<PHONE>", "<ID_CARD>", "<IPV4>", "<A>", "<X_1_Y>", "<" + "A".repeat(62) + ">")) {
            assertTrue(Placeholders.isPlaceholder(s), s);
        }
        for (String s : List.of("", "<>", "<phone>", "<Phone>", "<1A>", "<_A>", "< A>", "<A >", "<A-B>", "<A",
                "A>", "<PHONE>>", "<<PHONE>", "<ＰＨＯＮＥ>", "<" + "A".repeat(63) + ">")) {
            assertFalse(Placeholders.isPlaceholder(s), s);
        }
    }

    @Test
    void endWhereOneStarts() {
        assertEquals(9, Placeholders.end("电话<PHONE>。", 2));
        assertEquals(-1, Placeholders.end("电话<PHONE>。", 0));
        assertEquals(-1, Placeholders.end("a<b", 1));
        assertEquals(-1, Placeholders.end("<AB", 0));
        assertEquals(5, Placeholders.end("𠀀<A>", 2));
    }
}

package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {
    private static final Boilerplate NAV = new Boilerplate(new long[] {DocumentLines.hash("首页 | 新闻 | 体育"),
            DocumentLines.hash("版权所有 © 2024 某某网")});

    private static BoilerplateRemover.Cleaned remove(String text) {
        return BoilerplateRemover.remove(text, DocumentLines.of(text), NAV);
    }

    @Test
    void removesBoilerplateLinesWithTheirLineBreaksAndKeepsTheRestCharForChar() {
        BoilerplateRemover.Cleaned c = remove("首页 | 新闻 | 体育\r\n\n今天 𠀀 天气很好。\n  版权所有 © 2024 某某网  ");
        assertEquals("\n今天 𠀀 天气很好。", c.text(), "no final line break the text did not have");
        assertEquals(2, c.linesRemoved());
        assertFalse(c.emptied());
    }

    @Test
    void aFinalLineBreakStaysAsItWas() {
        assertEquals("正文\r\n", remove("正文\r\n版权所有 © 2024 某某网\r\n").text());
        assertEquals("正文", remove("正文\r\n版权所有 © 2024 某某网").text());
        assertEquals("正文\n", remove("正文\n\n版权所有 © 2024 某某网\n首页 | 新闻 | 体育").text(),
                "the last kept line, here a blank one, loses its line break");
    }

    @Test
    void aTextWithoutBoilerplateIsTheSameString() {
        String text = "今天天气很好。\n首页";
        BoilerplateRemover.Cleaned c = remove(text);
        assertSame(text, c.text());
        assertEquals(0, c.linesRemoved());
    }

    @Test
    void aTextOfNothingButBoilerplateAndWhiteSpaceIsEmptied() {
        BoilerplateRemover.Cleaned c = remove("首页 | 新闻 | 体育\n \n版权所有 © 2024 某某网\n");
        assertEquals(" \n", c.text());
        assertTrue(c.emptied());
        assertFalse(remove("").emptied(), "an empty text lost nothing, so it is not emptied");
        assertFalse(remove(" ").emptied());
    }

    @Test
    void anOriginalLineWithBoilerplateAndOtherTextStays() {
        // a stage made the 。 after 体育 a line break: one original line, two normalized ones (alignment: identity)
        String original = "首页 | 新闻 | 体育。今天开会。\n版权所有 © 2024 某某网";
        String normalized = "首页 | 新闻 | 体育\n今天开会。\n版权所有 © 2024 某某网";
        DocumentLines lines = DocumentLines.of(normalized, original.length(), i -> i, i -> i);
        assertEquals("首页 | 新闻 | 体育", original.substring(lines.starts()[0], lines.ends()[0]));
        BoilerplateRemover.Cleaned c = BoilerplateRemover.remove(original, lines, NAV);
        assertEquals("首页 | 新闻 | 体育。今天开会。", c.text());
        assertEquals(1, c.linesRemoved());
    }

    @Test
    void linesOfAnotherTextAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> BoilerplateRemover.remove("abc", DocumentLines.of("abcd"), NAV));
    }
}

package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DocumentLinesTest {
    @Test
    void emptyAndBlankTextsHaveNoLines() {
        assertEquals(0, DocumentLines.of("").count());
        assertEquals(0, DocumentLines.of(" \n\u3000\r\n\t\n").count());
    }

    @Test
    void eachNonBlankLineIsStrippedHashedAndSpannedInTheOriginal() {
        String text = "首页 | 新闻\r\n\n  今天天气很好。 \n𠀀𠀁字";
        DocumentLines lines = DocumentLines.of(text);
        assertEquals(3, lines.count());
        assertArrayEquals(new long[] {DocumentLines.hash("首页 | 新闻"), DocumentLines.hash("今天天气很好。"),
                DocumentLines.hash("𠀀𠀁字")}, lines.hashes());
        assertEquals("首页 | 新闻", text.substring(lines.starts()[0], lines.ends()[0]), "the CR is stripped");
        assertEquals("今天天气很好。", text.substring(lines.starts()[1], lines.ends()[1]));
        assertEquals("𠀀𠀁字", text.substring(lines.starts()[2], lines.ends()[2]), "supplementary characters whole");
        assertEquals(text.length(), lines.originalLength());
    }

    @Test
    void spansComeFromTheAlignmentNotTheNormalizedOffsets() {
        // the normalized "ab\ncd" came from the original "ＡＢ\nＣＤ" plus 2 leading chars that were deleted
        String original = "xxＡＢ\nＣＤ";
        DocumentLines lines = DocumentLines.of("ab\ncd", original.length(), i -> i + 2, i -> i + 2);
        assertEquals("ＡＢ", original.substring(lines.starts()[0], lines.ends()[0]));
        assertEquals("ＣＤ", original.substring(lines.starts()[1], lines.ends()[1]));
    }

    @Test
    void aLineRepeatedInADocumentIsOneDistinctHash() {
        DocumentLines lines = DocumentLines.of("版权所有\n正文\n 版权所有 \n");
        assertEquals(3, lines.count());
        assertEquals(2, lines.distinctHashes().length);
        assertNotEquals(DocumentLines.hash("版权所有"), DocumentLines.hash("版权所有 "));
    }

    @Test
    void spansOutsideTheOriginalAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentLines(3, new long[] {1}, new int[] {2},
                new int[] {4}));
    }
}

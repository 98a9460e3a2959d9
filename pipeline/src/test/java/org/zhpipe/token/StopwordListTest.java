package org.zhpipe.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StopwordList} and the list file format of {@link TermListReader}. */
class StopwordListTest {
    private static List<String> read(String text) {
        return TermListReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void bundledListsHaveTheDocumentedSizes() {
        // the counts stopwords/README.md gives; a change of the data shows here
        assertEquals(794, StopwordList.bundled("zh").size());
        assertEquals(174, StopwordList.bundled("en").size());
        assertEquals(1298, StopwordList.bundled("en_iso").size());
        assertEquals(206, StopwordList.bundled("punct").size());
        assertEquals(List.of("zh", "en", "en_iso", "punct"), StopwordList.bundledNames());
    }

    @Test
    void bundledListsHoldWhatTheySay() {
        StopwordList zh = StopwordList.bundled("zh");
        assertTrue(zh.contains("的") && zh.contains("我们") && zh.contains("的确") && zh.contains("，")
                && zh.contains("０"));
        assertFalse(zh.contains("目的") || zh.contains(",") || zh.contains("0") || zh.contains("生活"));
        StopwordList en = StopwordList.bundled("en");
        assertTrue(en.contains("the") && en.contains("The") && en.contains("don't") && en.contains("ourselves"));
        assertFalse(en.contains("us") || en.contains("world")); // Snowball leaves "us" out on purpose (US)
        assertTrue(StopwordList.bundled("en_iso").contains("world"));
        StopwordList punct = StopwordList.bundled("punct");
        for (String mark : List.of("#", "\\", ",", "，", "。", "、", "「", "……", "——", "·", "﹏", "︿")) {
            assertTrue(punct.contains(mark), mark);
        }
        assertFalse(punct.contains("\\#") || punct.contains("a") || punct.contains("０"));
        assertEquals("no bundled stopword list \"fr\"; bundled: zh, en, en_iso, punct",
                assertThrows(TermListException.class, () -> StopwordList.bundled("fr")).getMessage());
    }

    @Test
    void latinIsCaseInsensitiveHanExact() {
        StopwordList list = StopwordList.of(List.of("The", "ÉTÉ", "的", "𠀀", "Σ"));
        assertTrue(list.contains("the") && list.contains("THE") && list.contains("tHe"));
        assertTrue(list.contains("été") && list.contains("Été"));
        assertTrue(list.contains("的") && list.contains("𠀀") && list.contains("σ"));
        assertFalse(list.contains("ｔｈｅ") || list.contains("的的") || list.contains("th"));
        assertEquals(5, list.size());
        assertEquals(1, StopwordList.of(List.of("A", "a")).size());
    }

    @Test
    void unionWithWithout() {
        StopwordList a = StopwordList.of(List.of("的", "了"));
        StopwordList b = StopwordList.of(List.of("了", "the"));
        StopwordList all = a.union(b);
        assertEquals(3, all.size());
        assertEquals(2, a.size()); // immutable: a is unchanged
        assertEquals(StopwordList.of(List.of("的", "the", "x")), all.with(List.of("X")).without(List.of("了")));
        assertEquals(StopwordList.empty(), a.without(List.of("的", "了", "不在")));
        assertThrows(UnsupportedOperationException.class, () -> all.terms().add("y"));
        assertThrows(IllegalArgumentException.class, () -> a.with(List.of("")));
    }

    @Test
    void fileFormat() {
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("\n\n   \n# only comments\n  # indented comment\n"));
        assertEquals(List.of("的", "了"), read("\uFEFF的\n了"));                 // BOM, no final newline
        assertEquals(List.of("的", "了"), read("的\r\n了\r\n"));                // CRLF
        assertEquals(List.of("\uFEFF的"), read("x\n\uFEFF的").subList(1, 2));   // a BOM is dropped only at the start
        assertEquals(List.of("#", "\\", "\\x", "a b"), read("\\#\n\\\n\\\\x\n  a b \t\n"));
        assertEquals(List.of("𠀀", "😀"), read("𠀀\n😀\n"));
        assertEquals(List.of("的", "的"), read("的\n的\n")); // duplicates are kept by the reader
    }

    @Test
    void malformedUtf8NamesTheLine() {
        byte[] bytes = {'a', '\n', '#', ' ', (byte) 0xFF, '\n', 'b', '\n'};
        TermListException e = assertThrows(TermListException.class,
                () -> TermListReader.read(new ByteArrayInputStream(bytes), "list.txt"));
        assertEquals("list.txt:2: not valid UTF-8; save the list as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)",
                e.getMessage());
    }
}

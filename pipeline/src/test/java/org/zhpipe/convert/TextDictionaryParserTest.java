package org.zhpipe.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text dictionary format, read as OpenCC's {@code Lexicon::ParseLexiconFromBuffer} reads it. */
class TextDictionaryParserTest {
    private static List<String> entries(String text) {
        DictionaryTable table = TextDictionaryParser.parse("t.txt", "t.txt", text.getBytes(StandardCharsets.UTF_8));
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            entries.add(table.keys.key(i) + "=" + table.values.key(i));
        }
        return entries;
    }

    @Test
    void commentsBlankLinesBomAndLineEndings() {
        assertEquals(List.of("乙=b", "甲=a"), entries("\uFEFF# header\n# @tofu-risk: x\n\n甲\ta\r\n乙\tb"));
    }

    @Test
    void theFirstOfTheValuesAndEmptyValues() {
        assertEquals(List.of("a=", "b=x", "c=", "d=y"), entries("b\tx y z\nd\ty\na\t\nc\t x\n"));
    }

    @Test
    void aCarriageReturnOrNulInsideALineEndsIt() {
        assertEquals(List.of("a=x", "b=y"), entries("a\tx\ry\nb\ty\u0000z\n"));
    }

    @Test
    void keysAreSortedAsStrings() {
        // 𠀀 (a surrogate pair) sorts before ﬀ (U+FB00) in UTF-16 order
        assertEquals(List.of("𠀀=1", "ﬀ=2"), entries("ﬀ\t2\n𠀀\t1\n"));
    }

    @Test
    void aLineStartingWithATabHasNoKey() {
        OpenccConfigException e = assertThrows(OpenccConfigException.class, () -> entries("a\t1\n\tx\n"));
        assertEquals("t.txt:2: the line starts with a tab, so its key is empty; write key<TAB>value1 value2 ...",
                e.getMessage());
    }
}

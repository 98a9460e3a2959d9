package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListParserTest {
    private static final long NONE = WordEntry.NO_FREQUENCY;
    private final WordListParser parser = new WordListParser(Set.of("n", "ns", "nr", "v"));

    @TempDir
    Path dir;

    private List<WordEntry> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<WordEntry> parse(byte[] bytes) {
        return parser.parse(new ByteArrayInputStream(bytes), "user.txt");
    }

    private WordEntry one(String line) {
        List<WordEntry> entries = parse(line);
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    private String error(String text) {
        return assertThrows(DictionaryException.class, () -> parse(text)).getMessage();
    }

    @Test
    void emptyInput() {
        assertEquals(List.of(), parse(""));
        assertEquals(List.of(), parse("\n\n  \n# only a comment\n"));
    }

    @Test
    void wordFrequencyTag() {
        assertEquals(new WordEntry("北京", 1000, "ns"), one("北京 1000 ns"));
        // a tag the parser does not know is still a tag after a frequency
        assertEquals(new WordEntry("云计算", 5, "zz"), one("云计算 5 zz"));
    }

    @Test
    void wordFrequency() {
        assertEquals(new WordEntry("北京", 1000, null), one("北京 1000"));
        assertEquals(new WordEntry("北京", 0, null), one("北京 0"));
    }

    @Test
    void wordAlone() {
        assertEquals(new WordEntry("杭研大厦", NONE, null), one("杭研大厦"));
        assertEquals(new WordEntry("𠀀𠀁", NONE, null), one("𠀀𠀁"));
    }

    @Test
    void wordAndAKnownTag() {
        assertEquals(new WordEntry("北京", NONE, "ns"), one("北京 ns"));
        // an unknown word after a space is part of the word
        assertEquals(new WordEntry("北京 zz", NONE, null), one("北京 zz"));
    }

    @Test
    void wordsWithSpaces() {
        assertEquals(new WordEntry("machine learning", NONE, null), one("machine learning"));
        assertEquals(new WordEntry("New York", NONE, "ns"), one("New York ns"));
        assertEquals(new WordEntry("New York", 50, "ns"), one("New York 50 ns"));
        assertEquals(new WordEntry("New York", 50, null), one("New York 50"));
        // runs of spaces and spaces at the ends count as one
        assertEquals(new WordEntry("New York", 50, null), one("  New   York  50  "));
    }

    @Test
    void tabSeparatedFields() {
        assertEquals(new WordEntry("New York", 100, "ns"), one("New York\t100\tns"));
        assertEquals(new WordEntry("New York", 100, null), one("New York\t100"));
        assertEquals(new WordEntry("New York", NONE, "ns"), one("New York\t\tns"));
        // with a TAB, a known tag after the word is part of the word
        assertEquals(new WordEntry("北京 ns", 5, null), one("北京 ns\t5"));
        assertEquals(new WordEntry("C++ 11", 7, "n"), one("C++ 11 \t 7 \t n"));
    }

    @Test
    void byteOrderMarkBlankLinesAndComments() {
        List<WordEntry> entries = parse("\uFEFF北京 10 ns\n\n   \n# a comment\n  # an indented comment\n上海 5\r\n杭州\n");
        assertEquals(List.of(new WordEntry("北京", 10, "ns"), new WordEntry("上海", 5, null),
                new WordEntry("杭州", NONE, null)), entries);
    }

    @Test
    void readsFiles() throws IOException {
        Path file = Files.writeString(dir.resolve("words.txt"), "\uFEFF北京 10 ns\nNew York\t3\n");
        assertEquals(List.of(new WordEntry("北京", 10, "ns"), new WordEntry("New York", 3, null)), parser.parse(file));
        Path missing = dir.resolve("missing.txt");
        assertEquals(missing + ": no such file; check the path (a relative path is read from the folder of "
                + "the spec file that names it)", assertThrows(DictionaryException.class, () -> parser.parse(missing)).getMessage());
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertEquals("user.txt:3: frequency \"12x\" is not a whole number; write a count such as 100, or leave it "
                + "out to let the word win", error("北京 1\n# comment\nNew York\t12x\tns\n"));
        assertEquals("user.txt:1: frequency \"-5\" is negative; write a count such as 100, or leave it out to let "
                + "the word win", error("北京\t-5"));
        assertEquals("user.txt:2: frequency 1000000000000001 is too large; use at most 10^15",
                error("北京\n上海 1000000000000001"));
        assertEquals("user.txt:1: frequency 9999999999999999999 is too large; use at most 10^15",
                error("北京 9999999999999999999 ns"));
        assertEquals("user.txt:1: frequency 2000000000000000 is too large; use at most 10^15",
                error("北京\t2000000000000000"));
        assertEquals("user.txt:2: more than three TAB-separated fields; use word<TAB>frequency<TAB>tag",
                error("北京\nNew York\t1\tns\textra"));
        // 10^15 itself is fine
        assertEquals(1_000_000_000_000_000L, one("北京 1000000000000000").frequency());
    }

    @Test
    void aLastFieldWrittenAsANumberIsAFrequencyEvenWhenItIsABadOne() {
        String hint = "; write a count such as 100, or leave it out to let the word win";
        String note = " (a word that ends in a number, such as \"Python 3.8\", needs a frequency after it, or TABs "
                + "between the fields)";
        assertEquals("user.txt:1: frequency \"-5\" is negative" + hint, error("云计算 -5"));
        assertEquals("user.txt:2: frequency \"1e400\" is not a whole number" + hint + note, error("北京\n云计算 1e400"));
        assertEquals("user.txt:1: frequency \"NaN\" is not a number" + hint, error("云计算 NaN"));
        assertEquals("user.txt:1: frequency \"-inf\" is not a number" + hint, error("云计算 -inf"));
        assertEquals("user.txt:1: frequency \"2.5\" is not a whole number" + hint + note, error("云计算 2.5 n"));
        // before a tag, too
        assertEquals("user.txt:1: frequency \"-5\" is negative" + hint, error("云计算 -5 n"));
        assertEquals("user.txt:1: frequency \"abc\" is not a whole number" + hint, error("云计算\tabc"));
        // a word that ends in a number keeps it when a frequency follows
        assertEquals(new WordEntry("Python 3.8", 10, null), one("Python 3.8 10"));
        assertEquals(new WordEntry("Python 3.8", NONE, "n"), one("Python 3.8\t\tn"));
        // letters are not a number: the documented multi-word entry (a tag needs a frequency before it, or to be known)
        assertEquals(new WordEntry("云计算 abc", NONE, null), one("云计算 abc"));
    }

    @Test
    void aFileWithoutWordsIsAnError() throws IOException {
        for (String text : new String[] {"", "\n\n", "# only comments\n  \n"}) {
            Path file = Files.writeString(dir.resolve("empty.txt"), text);
            assertEquals(file + ": no words: the file is empty or holds only blank lines and comments; a word list "
                    + "has one entry per line: word [frequency [tag]]",
                    assertThrows(DictionaryException.class, () -> parser.parse(file)).getMessage());
            assertEquals(file + ": no words: the file is empty or holds only blank lines and comments; a word list "
                    + "has one entry per line: word [frequency [tag]]",
                    assertThrows(DictionaryException.class, () -> WordDictionary.load(file)).getMessage());
        }
    }

    @Test
    void utf16OrBinaryDataIsAnErrorNotWords() {
        byte[] utf16 = "New York 10\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("user.txt:1: a NUL byte, so this is not a text file in UTF-8 (is it UTF-16 or binary?); save "
                + "the word list as UTF-8", assertThrows(DictionaryException.class, () -> parse(utf16)).getMessage());
        byte[] binary = {'a', ' ', '1', '\n', 'b', 0, 'c'};
        assertTrue(assertThrows(DictionaryException.class, () -> parse(binary)).getMessage()
                .startsWith("user.txt:2: a NUL byte"));
    }

    @Test
    void invalidUtf8IsAnError() {
        byte[] bytes = {'a', ' ', '1', '\n', (byte) 0xE4, (byte) 0xB8, ' ', '2', '\n'};
        String message = assertThrows(DictionaryException.class, () -> parse(bytes)).getMessage();
        assertTrue(message.startsWith("user.txt:"), message);
        assertTrue(message.endsWith(": not valid UTF-8; save the word list as UTF-8"), message);
    }

    @Test
    void invalidUtf8NamesItsLine() {
        byte[] bytes = {'a', ' ', '1', '\n', 'b', ' ', '2', '\n', (byte) 0xE4, (byte) 0xB8, ' ', '3', '\n'};
        assertEquals("user.txt:3: not valid UTF-8; save the word list as UTF-8",
                assertThrows(DictionaryException.class, () -> parse(bytes)).getMessage());
    }

    @Test
    void invalidUtf8LateInALargeFileStillFails() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] line = "北京 10 ns\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20_000; i++) {
            out.write(line, 0, line.length);
        }
        out.write(0xFF);
        out.write('\n');
        String message = assertThrows(DictionaryException.class, () -> parse(out.toByteArray())).getMessage();
        assertTrue(message.contains("not valid UTF-8"), message);
    }

    @Test
    void aHugeFrequencyIsAnErrorWhateverItsLength() {
        assertEquals("user.txt:1: frequency 99999999999999999999 is too large; use at most 10^15",
                error("北京 99999999999999999999"));
    }
}

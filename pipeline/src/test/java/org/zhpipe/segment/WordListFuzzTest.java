package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.zhpipe.testing.FuzzChecks;

/**
 * Fuzzes {@link WordListParser} and {@link WordDictionary} with the bytes of a word list: as a main dictionary
 * (compiled into a trie) and as a user dictionary (merged into a small base dictionary whose tags it knows). Either
 * the words load, every one of them found again in the dictionary with a frequency of 0 or more, or a
 * {@link DictionaryException} names the file. Seeds: {@code WordListFuzzTestInputs/<method>/}.
 */
class WordListFuzzTest {
    private static final String NAME = "dict.txt";
    private static final WordDictionary BASE = WordDictionary.of(List.of(
            new WordEntry("北京", 1000, "ns"), new WordEntry("大学", 800, "n"), new WordEntry("北京大学", 500, "nt"),
            new WordEntry("研究", 600, "vn"), new WordEntry("生命", 300, "n"), new WordEntry("起源", 200, "v")));

    @FuzzTest
    void mainDictionary(byte[] bytes) throws Exception {
        Throwable e = FuzzChecks.expectOnly(new String(bytes, StandardCharsets.UTF_8), () -> {
            WordList list = new WordListParser(Set.of()).read(bytes, NAME);
            WordDictionary dictionary = WordDictionary.of(list);
            assertWordsFound(list.entries(), dictionary);
        }, DictionaryException.class);
        assertNamesTheFile(e);
    }

    @FuzzTest
    void userDictionary(byte[] bytes) throws Exception {
        Throwable e = FuzzChecks.expectOnly(new String(bytes, StandardCharsets.UTF_8), () -> {
            List<WordEntry> entries = new WordListParser(BASE.tags()).read(bytes, NAME).entries();
            WordDictionary dictionary = BASE.with(entries);
            assertWordsFound(entries, dictionary);
            for (int id = 0; id < dictionary.size(); id++) {
                assertTrue(dictionary.frequency(id) >= 0, "negative frequency");
            }
        }, DictionaryException.class);
        assertNamesTheFile(e);
    }

    private static void assertWordsFound(List<WordEntry> entries, WordDictionary dictionary) {
        for (WordEntry entry : entries) {
            assertFalse(entry.word().isEmpty(), "an empty word");
            assertTrue(entry.frequency() == WordEntry.NO_FREQUENCY || entry.frequency() >= 0, entry::toString);
            int id = dictionary.id(entry.word());
            assertTrue(id >= 0, () -> "not in the dictionary: " + entry);
            assertEquals(entry.word(), dictionary.word(id));
        }
    }

    private static void assertNamesTheFile(Throwable e) {
        // a word too long for the trie is reported without a line: the dictionary is compiled after parsing
        assertTrue(e == null || e.getMessage().startsWith(NAME + ":") || e.getMessage().startsWith("word of "),
                () -> "does not name the file: " + e);
    }
}

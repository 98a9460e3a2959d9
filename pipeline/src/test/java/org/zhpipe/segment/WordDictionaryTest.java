package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhpipe.internal.trie.DoubleArrayTrie;

/** The dictionary a word list compiles to: ids, frequencies, tags, costs and the tries, for lists in any order. */
class WordDictionaryTest {
    private static final long NONE = WordEntry.NO_FREQUENCY;

    private static WordDictionary read(String... lines) {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return WordDictionary.of(new WordListParser(Set.of()).parse(new ByteArrayInputStream(bytes), "test"));
    }

    /** Every word as {@code id:word/frequency/tag}, in id order. */
    private static List<String> dump(WordDictionary d) {
        List<String> out = new ArrayList<>();
        for (int id = 0; id < d.size(); id++) {
            out.add(id + ":" + d.word(id) + "/" + d.frequency(id) + "/" + d.tag(id));
        }
        return out;
    }

    @Test
    void wordsInStringOrderTheLastEntryOfAWordWinning() {
        WordDictionary d = read("北京 3 ns", "a 1", "北 2", "B 5 x", "北京 7 v", "𠀀 4", "一 9");
        assertEquals(List.of("0:B/5/x", "1:a/1/null", "2:一/9/null", "3:北/2/null", "4:北京/7/v", "5:𠀀/4/null"),
                dump(d));
        // tags numbered in order of first use by id
        assertEquals(List.of("x", "v"), new ArrayList<>(d.tags()));
        assertEquals(4, d.id("北京"));
        assertEquals(-1, d.id("京"));
        assertEquals(28, d.total());
    }

    @Test
    void sortedListsAndListsOutOfOrderGiveTheSameDictionary() {
        List<WordEntry> sorted = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            sorted.add(new WordEntry(Integer.toString(1000 + i), i, i % 3 == 0 ? "m" : null));
        }
        List<WordEntry> shuffled = new ArrayList<>(sorted);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        assertEquals(dump(WordDictionary.of(sorted)), dump(WordDictionary.of(shuffled)));
    }

    @Test
    void entriesWithoutFrequencyCountOnceAndAnEmptyTagIsATag() {
        WordDictionary d = WordDictionary.of(List.of(new WordEntry("甲", NONE, ""), new WordEntry("乙", 0, null)));
        assertEquals(List.of("0:乙/0/null", "1:甲/1/"), dump(d));
        assertEquals(Math.log(1.0 / 1), d.cost(1), 1e-12);
        assertEquals(-Math.log(1), d.unknownCost(), 1e-12);
    }

    @Test
    void costsAreLogProbabilities() {
        WordDictionary d = read("中国 30", "人 10");
        assertEquals(Math.log(30.0 / 40), d.cost(d.id("中国")), 1e-12);
        assertEquals(Math.log(1.0 / 40), d.unknownCost(), 1e-12);
    }

    @Test
    void reversedTrieMapsReversedWordsToTheirIds() {
        WordDictionary d = read("北京", "京", "大学", "北京大学", "𠀀𠀁");
        DoubleArrayTrie reversed = d.reversedTrie();
        for (int id = 0; id < d.size(); id++) {
            String word = d.word(id);
            assertEquals(id, reversed.get(reverseChars(word)), word);
        }
        assertEquals(-1, reversed.get("北京"));
    }

    /** Reversed char by char, surrogate pairs too, as the trie for backward matching has the words. */
    private static String reverseChars(String s) {
        char[] c = s.toCharArray();
        for (int i = 0, j = c.length - 1; i < j; i++, j--) {
            char t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return new String(c);
    }

    @Test
    void userEntriesReplaceFrequencyAndTagOrWin() {
        WordDictionary base = read("研究 10 v", "生 5 n", "研究生 2 n", "命 3 n");
        WordDictionary d = base.with(List.of(
                new WordEntry("研究", 50, null),        // keeps its tag
                new WordEntry("生命", NONE, "n"),        // new, gets a winning frequency
                new WordEntry("命", NONE, "x"),          // known: keeps its frequency if that wins already
                new WordEntry("生命", 4, null)));        // a later entry replaces the earlier one, keeping its tag
        int id = d.id("研究");
        assertEquals("研究/50/v", d.word(id) + "/" + d.frequency(id) + "/" + d.tag(id));
        assertEquals(4, d.frequency(d.id("生命")));
        assertEquals("n", d.tag(d.id("生命")));
        assertEquals("x", d.tag(d.id("命")));
        assertEquals(Math.max(3, base.winningFrequency("命")), d.frequency(d.id("命")));
        assertEquals(5, d.size());
        // first used by 命 (x), 生 (n), 研究 (v)
        assertEquals(List.of("x", "n", "v"), new ArrayList<>(d.tags()));
        // the base is unchanged
        assertEquals(4, base.size());
        assertEquals(-1, base.id("生命"));
    }

    @Test
    void aWordTooLongForTheTrieIsAnError() {
        String word = "字".repeat(DoubleArrayTrie.MAX_KEY_LENGTH + 1);
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> WordDictionary.of(List.of(new WordEntry(word, 1, null))));
        assertEquals("word of " + word.length() + " chars is too long", e.getMessage());
    }

    @Test
    void anEmptyListIsAnEmptyDictionary() {
        WordDictionary d = WordDictionary.of(List.of());
        assertEquals(0, d.size());
        assertEquals(-1, d.id("a"));
        assertEquals(1, d.total());
        assertTrue(d.tags().isEmpty());
    }

    @Test
    void bundledDictionaries() {
        WordDictionary core = WordDictionary.bundled("core");
        assertEquals(85_583, core.size());
        int id = core.id("北京");
        assertEquals("北京", core.word(id));
        assertEquals("ns", core.tag(id));
        WordDictionary jieba = WordDictionary.bundled("jieba");
        // 349,046 lines, one word twice
        assertEquals(349_045, jieba.size());
        for (int i = 1; i < jieba.size(); i += 997) {
            String word = jieba.word(i);
            assertEquals(i, jieba.id(word), word);
            assertTrue(jieba.word(i - 1).compareTo(word) < 0, word);
        }
    }
}

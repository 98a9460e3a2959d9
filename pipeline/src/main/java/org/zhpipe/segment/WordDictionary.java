package org.zhpipe.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhpipe.trie.DoubleArrayTrie;
import org.zhpipe.trie.KeyRanges;

/**
 * A word list with frequencies and part-of-speech tags, compiled into a double-array trie: the dictionary every
 * dictionary segmenter walks. Word ids are the trie's key indices; per id a frequency, a tag and the unigram cost
 * {@code ln(frequency / total)} that {@link ViterbiSegmenter} adds up. Immutable and thread-safe; load once and share
 * (the spec's {@code ResourceCache} does).
 */
public final class WordDictionary {
    /** The bundled word lists by name, and where they live on the class path. */
    private static final Map<String, String> BUNDLED = Map.of(
            "core", "/org/zhpipe/segment/hanlp/core.txt",
            "jieba", "/org/zhpipe/segment/jieba/dict.txt");

    private final DoubleArrayTrie trie;
    private final String[] words;
    private final long[] frequencies;
    private final short[] tagIds;
    private final String[] tags;
    private final long total;
    private final double[] costs;
    /** Cost of a character or atom the dictionary does not have: a frequency of 1, as jieba does. */
    private final double unknownCost;
    /** The same words reversed, for backward maximum matching; built on first use. */
    private volatile DoubleArrayTrie reversed;

    private WordDictionary(String[] words, long[] frequencies, String[] tagOfWord) {
        this.words = words;
        this.frequencies = frequencies;
        this.trie = DoubleArrayTrie.build(KeyRanges.of(words));
        Map<String, Short> tagIndex = new HashMap<>();
        List<String> tagList = new ArrayList<>();
        tagIds = new short[words.length];
        long sum = 0;
        for (int i = 0; i < words.length; i++) {
            sum += frequencies[i];
            String tag = tagOfWord[i];
            if (tag == null) {
                tagIds[i] = -1;
                continue;
            }
            Short id = tagIndex.get(tag);
            if (id == null) {
                id = (short) tagList.size();
                tagIndex.put(tag, id);
                tagList.add(tag);
            }
            tagIds[i] = id;
        }
        this.tags = tagList.toArray(String[]::new);
        this.total = Math.max(1, sum);
        double logTotal = Math.log(total);
        costs = new double[words.length];
        for (int i = 0; i < words.length; i++) {
            costs[i] = Math.log(Math.max(1, frequencies[i])) - logTotal;
        }
        unknownCost = -logTotal;
    }

    /** The names of the bundled word lists: {@code core} (the default) and {@code jieba}. */
    public static Set<String> bundledNames() {
        return BUNDLED.keySet();
    }

    /**
     * A bundled word list: {@code core} (HanLP 1.8.6's core dictionary, 85k words from the People's Daily corpus,
     * Apache-2.0; the default) or {@code jieba} (jieba 0.42.1's 349k words, MIT).
     */
    public static WordDictionary bundled(String name) {
        String resource = BUNDLED.get(name);
        if (resource == null) {
            throw new DictionaryException("no bundled dictionary \"" + name + "\"; bundled: " + bundledNames());
        }
        try (InputStream in = WordDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled dictionary " + resource + " is missing from the jar");
            }
            return of(new WordListParser(Set.of()).parse(in, "bundled " + name + " dictionary"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dictionary of a word list file in jieba's format (see {@link WordListParser}). */
    public static WordDictionary load(Path file) {
        return of(new WordListParser(Set.of()).parse(file));
    }

    /**
     * The dictionary of {@code entries}; a later entry of the same word replaces an earlier one. An entry without a
     * frequency gets 1.
     */
    public static WordDictionary of(List<WordEntry> entries) {
        Map<String, WordEntry> byWord = new HashMap<>(entries.size() * 2);
        for (WordEntry e : entries) {
            check(e.word());
            byWord.put(e.word(), e);
        }
        String[] words = byWord.keySet().toArray(String[]::new);
        Arrays.sort(words);
        long[] frequencies = new long[words.length];
        String[] tagOfWord = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            WordEntry e = byWord.get(words[i]);
            frequencies[i] = e.frequency() == WordEntry.NO_FREQUENCY ? 1 : e.frequency();
            tagOfWord[i] = e.tag();
        }
        return new WordDictionary(words, frequencies, tagOfWord);
    }

    private static void check(String word) {
        if (word.length() > DoubleArrayTrie.MAX_KEY_LENGTH) {
            throw new DictionaryException("word of " + word.length() + " chars is too long");
        }
    }

    /**
     * This dictionary with {@code entries} added (a user dictionary): an entry replaces the word's frequency and tag
     * (keeping the old tag when it gives none); an entry without a frequency gets the smallest one that makes the
     * word beat the best split of it into this dictionary's words (jieba's {@code suggest_freq} idea), or keeps its
     * frequency when that is larger.
     */
    public WordDictionary with(List<WordEntry> entries) {
        if (entries.isEmpty()) {
            return this;
        }
        Map<String, WordEntry> merged = new HashMap<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            merged.put(words[i], new WordEntry(words[i], frequencies[i], tag(i)));
        }
        for (WordEntry e : entries) {
            check(e.word());
            WordEntry old = merged.get(e.word());
            long frequency = e.frequency();
            if (frequency == WordEntry.NO_FREQUENCY) {
                frequency = Math.max(winningFrequency(e.word()), old == null ? 1 : old.frequency());
            }
            String tag = e.tag() != null ? e.tag() : old == null ? null : old.tag();
            merged.put(e.word(), new WordEntry(e.word(), frequency, tag));
        }
        return of(new ArrayList<>(merged.values()));
    }

    /** The frequency that makes {@code word} outscore its best split into this dictionary's words. */
    long winningFrequency(String word) {
        char[] chars = word.toCharArray();
        int n = chars.length;
        // best[i]: the best cost of chars[i, n); single code points cost unknownCost when not words
        double[] best = new double[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            best[i] = Double.NEGATIVE_INFINITY;
            if (Character.isLowSurrogate(chars[i]) && i > 0 && Character.isHighSurrogate(chars[i - 1])) {
                continue;
            }
            int unit = Character.isHighSurrogate(chars[i]) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])
                    ? 2 : 1;
            best[i] = unknownCost + best[i + unit];
            int node = trie.rootChild(chars[i]);
            for (int j = i + 1; node >= 0; j++) {
                int id = trie.keyIndex(node);
                if (id >= 0 && j - i < n) {
                    best[i] = Math.max(best[i], costs[id] + best[j]);
                }
                if (j >= n) {
                    break;
                }
                node = trie.child(node, chars[j]);
            }
        }
        double probability = Math.exp(best[0]);
        return Math.max(1, (long) (probability * total) + 1);
    }

    /** The trie of the words; key index = word id. */
    DoubleArrayTrie trie() {
        return trie;
    }

    /** The trie of the words reversed char by char (key index = word id), for walking a text backwards. */
    DoubleArrayTrie reversedTrie() {
        DoubleArrayTrie r = reversed;
        if (r == null) {
            synchronized (this) {
                r = reversed;
                if (r == null) {
                    r = buildReversed();
                    reversed = r;
                }
            }
        }
        return r;
    }

    private DoubleArrayTrie buildReversed() {
        Integer[] order = new Integer[words.length];
        String[] backwards = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            order[i] = i;
            backwards[i] = reverseChars(words[i]);
        }
        Arrays.sort(order, Comparator.comparing(i -> backwards[i]));
        String[] sorted = new String[words.length];
        int[] ids = new int[words.length];
        for (int k = 0; k < order.length; k++) {
            sorted[k] = backwards[order[k]];
            ids[k] = order[k];
        }
        return DoubleArrayTrie.build(KeyRanges.of(sorted), ids, null);
    }

    private static String reverseChars(String s) {
        char[] c = s.toCharArray();
        for (int i = 0, j = c.length - 1; i < j; i++, j--) {
            char t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return new String(c);
    }

    /** Number of words. */
    public int size() {
        return words.length;
    }

    /** Sum of all frequencies. */
    public long total() {
        return total;
    }

    /** The id of {@code word}, or -1. */
    public int id(CharSequence word) {
        return trie.get(word);
    }

    public String word(int id) {
        return words[id];
    }

    public long frequency(int id) {
        return frequencies[id];
    }

    /** The part-of-speech tag of word {@code id}, or {@code null}. */
    public String tag(int id) {
        short t = tagIds[id];
        return t < 0 ? null : tags[t];
    }

    /** {@code ln(frequency / total)} of word {@code id}. */
    double cost(int id) {
        return costs[id];
    }

    /** {@code ln(1 / total)}: what a character the dictionary lacks costs. */
    double unknownCost() {
        return unknownCost;
    }

    /** The distinct tags, in order of first use. */
    public Set<String> tags() {
        return new LinkedHashSet<>(Arrays.asList(tags));
    }

    /** Bytes of the arrays, roughly, without the word strings kept for {@link #word}. */
    long footprintBytes() {
        return trie.footprintBytes() + words.length * (8L + 2 + 8);
    }
}

package org.zhpipe.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhpipe.internal.trie.DoubleArrayTrie;
import org.zhpipe.internal.trie.KeyRanges;

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
    /** The words in id order ({@link String#compareTo} order), in one char pool: no string per word. */
    private final KeyRanges words;
    private final long[] frequencies;
    private final short[] tagIds;
    private final String[] tags;
    private final long total;
    private final double[] costs;
    /** Cost of a character or atom the dictionary does not have: a frequency of 1, as jieba does. */
    private final double unknownCost;
    /** The same words reversed, for backward maximum matching; built on first use. */
    private volatile @Nullable DoubleArrayTrie reversed;

    private WordDictionary(KeyRanges words, WordList.Columns columns) {
        this.words = words;
        this.frequencies = columns.frequencies();
        this.tagIds = columns.tagIds();
        this.tags = columns.tags();
        this.trie = DoubleArrayTrie.build(words);
        this.total = Math.max(1, columns.total());
        double logTotal = Math.log(total);
        costs = costs(frequencies, logTotal);
        unknownCost = -logTotal;
    }

    /**
     * {@code ln(frequency / total)} of each word, a frequency of 0 counting as 1. Most words have one of a few small
     * frequencies: their costs are computed once each.
     */
    private static double[] costs(long[] frequencies, double logTotal) {
        double[] costs = new double[frequencies.length];
        double[] small = new double[1024];
        Arrays.fill(small, Double.NaN);
        for (int i = 0; i < costs.length; i++) {
            long frequency = Math.max(1, frequencies[i]);
            if (frequency < small.length) {
                double cost = small[(int) frequency];
                if (Double.isNaN(cost)) {
                    cost = Math.log(frequency) - logTotal;
                    small[(int) frequency] = cost;
                }
                costs[i] = cost;
            } else {
                costs[i] = Math.log(frequency) - logTotal;
            }
        }
        return costs;
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
            return of(new WordListParser(Set.of()).read(in, "bundled " + name + " dictionary"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dictionary of a word list file in jieba's format (see {@link WordListParser}). */
    public static WordDictionary load(Path file) {
        return of(new WordListParser(Set.of()).read(file));
    }

    /**
     * The dictionary of {@code entries}; a later entry of the same word replaces an earlier one. An entry without a
     * frequency gets 1.
     */
    public static WordDictionary of(List<WordEntry> entries) {
        return of(WordList.of(entries));
    }

    /**
     * The dictionary of a word list: sorted with a primitive sort (word lists come nearly sorted), the last entry of
     * each word kept.
     */
    static WordDictionary of(WordList list) {
        KeyRanges keys = list.keys();
        // in order already, no word twice (as the core dictionary): nothing to sort
        int[] order = keys.isStrictlySorted() ? null : keys.sortedOrder();
        WordList.Columns columns = list.columns(order);
        KeyRanges words = order == null ? list.compactKeys() : keys.select(order, columns.count(),
                (int) columns.chars());
        // the list's arrays, a slot per line, are done with: let them go before the trie, the peak of a load
        list = null;
        keys = null;
        order = null;
        return new WordDictionary(words, columns);
    }

    private static void check(String word) {
        if (word.length() > DoubleArrayTrie.MAX_KEY_LENGTH) {
            throw tooLong(word.length());
        }
    }

    static DictionaryException tooLong(int length) {
        return new DictionaryException("word of " + length + " chars is too long");
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
        // this dictionary's words, then the entries: later entries of a word replace earlier ones
        WordList merged = new WordList(words.count + entries.size(), words.chars.length + entries.size() * 4);
        int[] tagIndex = new int[tags.length];
        for (int t = 0; t < tags.length; t++) {
            tagIndex[t] = merged.tagId(tags[t]);
        }
        for (int i = 0; i < words.count; i++) {
            int start = merged.append(words.chars, words.from[i], words.to[i]);
            merged.add(start, merged.poolLength(), frequencies[i], tagIds[i] < 0 ? -1 : tagIndex[tagIds[i]]);
        }
        Map<String, WordEntry> added = new HashMap<>();
        for (WordEntry e : entries) {
            check(e.word());
            WordEntry old = added.get(e.word());
            if (old == null) {
                int id = id(e.word());
                old = id < 0 ? null : new WordEntry(e.word(), frequencies[id], tag(id));
            }
            long frequency = e.frequency();
            if (frequency == WordEntry.NO_FREQUENCY) {
                frequency = Math.max(winningFrequency(e.word()), old == null ? 1 : old.frequency());
            }
            String tag = e.tag() != null ? e.tag() : old == null ? null : old.tag();
            added.put(e.word(), new WordEntry(e.word(), frequency, tag));
            int start = merged.append(e.word());
            merged.add(start, merged.poolLength(), frequency, tag == null ? -1 : merged.tagId(tag));
        }
        return of(merged);
    }

    /**
     * The smallest frequency that makes {@code word} outscore its best split into this dictionary's words (its
     * unigram cost above the sum of its parts'): what a user-dictionary entry without a frequency gets.
     */
    public long winningFrequency(String word) {
        char[] chars = word.toCharArray();
        double probability = Math.exp(bestSplit(chars, new int[chars.length + 1]));
        return Math.max(1, (long) (probability * total) + 1);
    }

    /**
     * The best split of {@code word} into two or more pieces under this dictionary's unigram costs: dictionary words,
     * and single code points where no word fits (what the segmenter would make of it if it were not a word).
     */
    public List<String> bestSplit(String word) {
        char[] chars = word.toCharArray();
        int[] next = new int[chars.length + 1];
        bestSplit(chars, next);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < chars.length; i = next[i]) {
            pieces.add(word.substring(i, next[i]));
        }
        return pieces;
    }

    /**
     * The unigram cost (log probability) of the best split of {@code chars} into two or more pieces — dictionary
     * words shorter than the whole, and single code points at {@link #unknownCost()} where no word fits — by dynamic
     * programming from the right; {@code next[i]} is where the piece starting at {@code i} ends.
     */
    private double bestSplit(char[] chars, int[] next) {
        int n = chars.length;
        double[] best = new double[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            best[i] = Double.NEGATIVE_INFINITY;
            if (Character.isLowSurrogate(chars[i]) && i > 0 && Character.isHighSurrogate(chars[i - 1])) {
                continue;
            }
            int unit = Character.isHighSurrogate(chars[i]) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])
                    ? 2 : 1;
            best[i] = unknownCost + best[i + unit];
            next[i] = i + unit;
            int node = trie.rootChild(chars[i]);
            for (int j = i + 1; node >= 0; j++) {
                int id = trie.keyIndex(node);
                if (id >= 0 && j - i < n && costs[id] + best[j] > best[i]) {
                    best[i] = costs[id] + best[j];
                    next[i] = j;
                }
                if (j >= n) {
                    break;
                }
                node = trie.child(node, chars[j]);
            }
        }
        return best[0];
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
        KeyRanges backwards = words.reversed();
        int[] order = backwards.sortedOrder();
        return DoubleArrayTrie.build(backwards.permuted(order), order, null);
    }

    /** Number of words. */
    public int size() {
        return words.count;
    }

    /** Sum of all frequencies. */
    public long total() {
        return total;
    }

    /** The id of {@code word}, or -1. */
    public int id(CharSequence word) {
        return trie.get(word);
    }

    /** The word of {@code id}, a new string each call. */
    public String word(int id) {
        return words.key(id);
    }

    public long frequency(int id) {
        return frequencies[id];
    }

    /** The part-of-speech tag of word {@code id}, or {@code null}. */
    public @Nullable String tag(int id) {
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

    /** Bytes of the arrays, roughly. */
    long footprintBytes() {
        return trie.footprintBytes() + words.chars.length * 2L + words.count * (8L + 8 + 8 + 2);
    }
}

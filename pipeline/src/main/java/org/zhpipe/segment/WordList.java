package org.zhpipe.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.internal.trie.DoubleArrayTrie;
import org.zhpipe.internal.trie.KeyRanges;

/**
 * A word list as parallel arrays, in the order of its lines, duplicates kept: each word a range of one char pool (the
 * words one after another), its frequency ({@link WordEntry#NO_FREQUENCY} when the line gave none) and the number of
 * its tag among the list's distinct tags. What {@link WordListParser#read} produces and {@link WordDictionary}
 * compiles, so that loading a word list of 350k lines makes no object per line. Filled once, then read; not
 * thread-safe.
 */
final class WordList {
    private char[] pool;
    private int poolLength;
    private int[] from;
    private int[] to;
    private long[] frequencies;
    /** The number of word i's tag in {@link #tags}, -1 for none. */
    private int[] tagIds;
    private final Tags tags = new Tags();
    private int size;

    /** An empty list with room for about {@code words} words of {@code chars} chars in all. */
    WordList(int words, int chars) {
        int capacity = Math.max(16, words);
        pool = new char[Math.max(64, chars)];
        from = new int[capacity];
        to = new int[capacity];
        frequencies = new long[capacity];
        tagIds = new int[capacity];
    }

    /** The entries as a list. */
    static WordList of(List<WordEntry> entries) {
        WordList list = new WordList(entries.size(), entries.size() * 4);
        for (WordEntry e : entries) {
            int start = list.append(e.word());
            list.add(start, list.poolLength, e.frequency(), e.tag() == null ? -1 : list.tagId(e.tag()));
        }
        return list;
    }

    /** Appends {@code s} to the pool, for {@link #add}; returns where it starts. */
    int append(String s) {
        reservePool(s.length());
        int start = poolLength;
        s.getChars(0, s.length(), pool, start);
        poolLength += s.length();
        return start;
    }

    /** Appends {@code chars[start, end)} to the pool, for {@link #add}; returns where it starts. */
    int append(char[] chars, int start, int end) {
        reservePool(end - start);
        int at = poolLength;
        System.arraycopy(chars, start, pool, at, end - start);
        poolLength += end - start;
        return at;
    }

    /** Where the pool ends: what the next {@link #append} starts at. */
    int poolLength() {
        return poolLength;
    }

    private void reservePool(int chars) {
        if (poolLength + chars > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLength + chars));
        }
    }

    /** The number of the tag {@code chars[start, end)} in this list, a new one if it is new. */
    int tagId(char[] chars, int start, int end) {
        return tags.id(chars, start, end);
    }

    /** The number of {@code tag} in this list, a new one if it is new. */
    int tagId(String tag) {
        return tags.id(tag.toCharArray(), 0, tag.length());
    }

    /** Adds the word {@code chars[start, end)}, copied, with tag number {@code tagId} (-1 for none). */
    void add(char[] chars, int start, int end, long frequency, int tagId) {
        reservePool(end - start);
        int at = poolLength;
        // a loop, not System.arraycopy: a word is a few chars, and a native call per word is slow until compiled
        for (int i = start; i < end; i++) {
            pool[at++] = chars[i];
        }
        add(poolLength, at, frequency, tagId);
        poolLength = at;
    }

    /** Adds the word {@code pool[start, end)} with tag number {@code tagId} (-1 for none). */
    void add(int start, int end, long frequency, int tagId) {
        if (size == from.length) {
            int capacity = size * 2;
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            frequencies = Arrays.copyOf(frequencies, capacity);
            tagIds = Arrays.copyOf(tagIds, capacity);
        }
        from[size] = start;
        to[size] = end;
        frequencies[size] = frequency;
        tagIds[size] = tagId;
        size++;
    }

    int size() {
        return size;
    }

    /** The words, in the order they were added; shares this list's arrays. */
    KeyRanges keys() {
        return new KeyRanges(pool, from, to, size);
    }

    /** The words, in the order they were added, in arrays of their own cut to size (no copy word by word). */
    KeyRanges compactKeys() {
        // the pool holds the words one after another, nothing else
        return new KeyRanges(Arrays.copyOf(pool, poolLength), Arrays.copyOf(from, size), Arrays.copyOf(to, size),
                size);
    }

    /** The words as entries, one string each. */
    List<WordEntry> entries() {
        List<WordEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entries.add(new WordEntry(new String(pool, from[i], to[i] - from[i]), frequencies[i],
                    tagIds[i] < 0 ? null : tags.tag(tagIds[i])));
        }
        return entries;
    }

    /**
     * What a dictionary keeps of the words in {@code order}, a {@link KeyRanges#sortedOrder} of this list (or null
     * when the words are in order and distinct already): of equal words the last, its index moved to the front of
     * {@code order}; per word kept its frequency ({@link WordEntry#NO_FREQUENCY} read as 1) and tag, tags numbered in
     * order of first use; and the sums the dictionary needs. One plain loop over the words, equal ones compared in
     * place: it runs once per load, before the JIT has compiled much.
     *
     * @throws DictionaryException for a word too long for the trie, or more than 32,768 distinct tags
     */
    Columns columns(int @Nullable [] order) {
        int n = order == null ? size : order.length;
        long[] frequencyOf = new long[n];
        short[] tagOf = new short[n];
        int[] renumbered = new int[tags.count];
        Arrays.fill(renumbered, -1);
        String[] names = new String[tags.count];
        int tagCount = 0;
        long total = 0;
        long chars = 0;
        int longest = 0;
        int kept = 0;
        for (int k = 0; k < n; k++) {
            int i = order == null ? k : order[k];
            int length = to[i] - from[i];
            if (order != null) {
                if (k + 1 < n && to[order[k + 1]] - from[order[k + 1]] == length) {
                    // the same word next: this one is replaced
                    int next = from[order[k + 1]];
                    int c = 0;
                    while (c < length && pool[from[i] + c] == pool[next + c]) {
                        c++;
                    }
                    if (c == length) {
                        continue;
                    }
                }
                order[kept] = i;
            }
            long frequency = frequencies[i];
            frequency = frequency == WordEntry.NO_FREQUENCY ? 1 : frequency;
            frequencyOf[kept] = frequency;
            total += frequency;
            chars += length;
            longest = Math.max(longest, length);
            int t = tagIds[i];
            if (t >= 0 && renumbered[t] < 0) {
                names[tagCount] = tags.tag(t);
                renumbered[t] = tagCount++;
            }
            tagOf[kept++] = (short) (t < 0 ? -1 : renumbered[t]);
        }
        if (longest > DoubleArrayTrie.MAX_KEY_LENGTH) {
            throw WordDictionary.tooLong(longest);
        }
        if (tagCount > Short.MAX_VALUE + 1) {
            throw new DictionaryException("more than " + (Short.MAX_VALUE + 1) + " distinct tags");
        }
        if (kept < n) {
            frequencyOf = Arrays.copyOf(frequencyOf, kept);
            tagOf = Arrays.copyOf(tagOf, kept);
        }
        return new Columns(kept, frequencyOf, tagOf, Arrays.copyOf(names, tagCount), total, chars);
    }

    /**
     * The dictionary's columns: how many words it keeps, per word its frequency and tag number, the tags by number,
     * the sum of the frequencies and of the word lengths.
     */
    record Columns(int count, long[] frequencies, short[] tagIds, String[] tags, long total, long chars) {
    }

    /** Numbers distinct tags 0, 1, ... in the order they are first asked for; one string per tag. */
    static final class Tags {
        private String[] tags = new String[16];
        /** The hash of each tag, as {@link String#hashCode}. */
        private int[] hashes = new int[16];
        private int count;
        /**
         * Open addressing over {@link #tags}: tag number + 1, 0 for an empty slot. Large, so that a bundled list's
         * tags rarely share a slot.
         */
        private int[] slots = new int[1024];

        /** The numbers of the tags of one or two ASCII chars, by {@code first << 7 | second} (+ 1, 0 for none). */
        private final int[] shortTags = new int[1 << 14];

        /** The number of the tag {@code chars[start, end)}, a new one if it is new. */
        int id(char[] chars, int start, int end) {
            // most tags are one or two ASCII letters (n, nr, v): one array read
            int length = end - start;
            if (length == 1 || length == 2) {
                char first = chars[start];
                char second = length == 2 ? chars[start + 1] : 0;
                if (first < 128 && second < 128 && (length == 1 || second != 0)) {
                    int key = first << 7 | second;
                    int id = shortTags[key] - 1;
                    if (id < 0) {
                        id = find(chars, start, end);
                        shortTags[key] = id + 1;
                    }
                    return id;
                }
            }
            return find(chars, start, end);
        }

        /** {@link #id} by hash. */
        private int find(char[] chars, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = hash * 31 + chars[i];
            }
            int mask = slots.length - 1;
            for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
                int id = slots[slot] - 1;
                if (id < 0) {
                    return add(new String(chars, start, end - start), hash, slot);
                }
                if (hashes[id] == hash && equals(tags[id], chars, start, end)) {
                    return id;
                }
            }
        }

        String tag(int id) {
            return tags[id];
        }

        private static boolean equals(String s, char[] chars, int start, int end) {
            if (s.length() != end - start) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (s.charAt(i - start) != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Spreads a {@link String#hashCode}: short tags differ mostly in their low bits. */
        private static int mix(int hash) {
            return hash ^ (hash >>> 7) ^ (hash >>> 16);
        }

        private int add(String tag, int hash, int slot) {
            if (count == tags.length) {
                tags = Arrays.copyOf(tags, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            tags[count] = tag;
            hashes[count] = hash;
            slots[slot] = ++count;
            if (count * 4 > slots.length) {
                slots = new int[slots.length * 2];
                int mask = slots.length - 1;
                for (int id = 0; id < count; id++) {
                    int s = mix(hashes[id]) & mask;
                    while (slots[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    slots[s] = id + 1;
                }
            }
            return count - 1;
        }
    }
}

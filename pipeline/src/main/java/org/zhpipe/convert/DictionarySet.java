package org.zhpipe.convert;

import java.util.Arrays;
import java.util.List;
import org.zhpipe.internal.trie.KeyRanges;
import org.zhpipe.internal.trie.DoubleArrayTrie;

/**
 * The dictionaries one matcher consults (a conversion step's, or the segmentation's), merged into one
 * {@link DoubleArrayTrie} so that a text position costs one walk however many dictionaries there are. Each distinct
 * key has records: which dictionaries have it (numbered in the order given) and each one's value. Immutable and
 * thread-safe; shared by every converter of a loader that consults the same dictionaries in the same order.
 */
final class DictionarySet {
    /** Longest value a record can hold: its length is a char of the pool. */
    static final int MAX_VALUE_LENGTH = Character.MAX_VALUE;

    /**
     * Each distinct key maps to the pool offset of its first record; the payload is that record's dictionary number
     * in the low 16 bits and the number of records in the high 16 (records of a key are consecutive, by dictionary
     * number).
     */
    final DoubleArrayTrie trie;
    /**
     * The records, each {@code [dictionary, value length, value chars...]}: what a match needs is in one place, so
     * using it costs one memory access.
     */
    final char[] pool;
    private final String[] names;

    private DictionarySet(DoubleArrayTrie trie, char[] pool, String[] names) {
        this.trie = trie;
        this.pool = pool;
        this.names = names;
    }

    /** Merges {@code tables}; dictionary {@code i} of the set is {@code tables.get(i)}. */
    static DictionarySet of(List<DictionaryTable> tables) {
        int n = tables.size();
        if (n > DictionaryMatcher.MAX_DICTIONARIES) {
            throw new OpenccConfigException("more than " + DictionaryMatcher.MAX_DICTIONARIES
                    + " dictionaries in one step; merge some of them");
        }
        String[] names = new String[n];
        int totalKeys = 0;
        int totalKeyChars = 0;
        int totalPoolChars = 0;
        for (int d = 0; d < n; d++) {
            DictionaryTable t = tables.get(d);
            names[d] = t.name();
            totalKeys += t.keys.count;
            totalKeyChars += t.keys.chars.length;
            totalPoolChars += t.values.chars.length + 2 * t.keys.count;
        }
        char[] keyChars = new char[totalKeyChars];
        int[] keyFrom = new int[totalKeys];
        int[] keyTo = new int[totalKeys];
        int[] firstRecord = new int[totalKeys];
        int[] payloads = new int[totalKeys];
        char[] pool = new char[totalPoolChars];
        int[] cursor = new int[n];
        int keys = 0;
        int keyAt = 0;
        int poolAt = 0;
        // k-way merge of the sorted tables: each distinct key once, with a record per dictionary that has it
        while (true) {
            int min = -1;
            for (int d = 0; d < n; d++) {
                if (cursor[d] < tables.get(d).keys.count
                        && (min < 0 || compare(tables.get(d).keys, cursor[d], tables.get(min).keys, cursor[min]) < 0)) {
                    min = d;
                }
            }
            if (min < 0) {
                break;
            }
            KeyRanges minKeys = tables.get(min).keys;
            int minIndex = cursor[min];
            int length = minKeys.length(minIndex);
            System.arraycopy(minKeys.chars, minKeys.from[minIndex], keyChars, keyAt, length);
            keyFrom[keys] = keyAt;
            keyAt += length;
            keyTo[keys] = keyAt;
            firstRecord[keys] = poolAt;
            int records = 0;
            for (int d = min; d < n; d++) {
                KeyRanges k = tables.get(d).keys;
                if (cursor[d] < k.count && (d == min || compare(k, cursor[d], minKeys, minIndex) == 0)) {
                    KeyRanges v = tables.get(d).values;
                    int i = cursor[d]++;
                    int valueLength = v.length(i);
                    if (valueLength > MAX_VALUE_LENGTH) {
                        throw new OpenccConfigException(tables.get(d).name(), 0, "the value of \"" + k.key(i)
                                + "\" is longer than " + MAX_VALUE_LENGTH + " chars; shorten it");
                    }
                    pool[poolAt] = (char) d;
                    pool[poolAt + 1] = (char) valueLength;
                    System.arraycopy(v.chars, v.from[i], pool, poolAt + 2, valueLength);
                    poolAt += 2 + valueLength;
                    records++;
                }
            }
            payloads[keys] = min | records << 16;
            keys++;
        }
        KeyRanges merged = new KeyRanges(keyChars, keyFrom, keyTo, keys);
        return new DictionarySet(DoubleArrayTrie.build(merged, firstRecord, payloads), Arrays.copyOf(pool, poolAt),
                names);
    }

    private static int compare(KeyRanges a, int i, KeyRanges b, int j) {
        return KeyRanges.compare(a, i, b, j);
    }

    int dictionaryCount() {
        return names.length;
    }

    /** The record after {@code record} (of the same key, when it has several). */
    int nextRecord(int record) {
        return record + 2 + pool[record + 1];
    }

    /** Name of the dictionary record {@code record} belongs to. */
    String name(int record) {
        return names[pool[record]];
    }

    /** Where the value of {@code record} starts in {@link #pool}; its length is {@code pool[record + 1]}. */
    static int valueStart(int record) {
        return record + 2;
    }

    void appendValue(int record, CharSink out) {
        out.append(pool, record + 2, record + 2 + pool[record + 1]);
    }

    String value(int record) {
        return new String(pool, record + 2, pool[record + 1]);
    }

    /** Bytes of the arrays, roughly: for load measurements. */
    long footprintBytes() {
        return trie.footprintBytes() + pool.length * 2L;
    }
}

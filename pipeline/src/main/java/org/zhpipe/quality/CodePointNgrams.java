package org.zhpipe.quality;

import java.util.Arrays;

/**
 * Exact n-gram statistics over a sequence of code points, as the published repetition rules define them, in linear
 * time: each n-gram is found by a 64-bit rolling hash in an open-addressing table and confirmed by comparing its
 * code points, so two different n-grams never count as one. Stateless.
 */
final class CodePointNgrams {
    private static final long BASE = 0x100000001B3L;

    private CodePointNgrams() {
    }

    /**
     * datatrove's {@code find_top_duplicate} over n-grams of single code points: the count of the most frequent
     * n-gram (the one seen first among equals) times n; 0 when there are fewer than {@code n} code points.
     */
    static long topDuplicateChars(int[] units, int length, int n) {
        if (length < n) {
            return 0;
        }
        long[] hashes = hashes(units, length, n);
        Table table = new Table(units, n, hashes.length);
        int bestCount = 0;
        int bestFirst = Integer.MAX_VALUE;
        for (int i = 0; i < hashes.length; i++) {
            int slot = table.add(i, hashes[i]);
            int count = table.counts[slot];
            int first = table.starts[slot];
            if (count > bestCount || count == bestCount && first < bestFirst) {
                bestCount = count;
                bestFirst = first;
            }
        }
        return (long) bestCount * n;
    }

    /**
     * datatrove's {@code find_all_duplicate}: walks the n-grams from the start; an n-gram seen before adds n to the
     * result and the walk jumps past it (the n-grams it jumps over are not remembered); any other is remembered and
     * the walk moves one on.
     */
    static long allDuplicateChars(int[] units, int length, int n) {
        if (length < n) {
            return 0;
        }
        long[] hashes = hashes(units, length, n);
        Table table = new Table(units, n, hashes.length);
        long repeated = 0;
        int i = 0;
        while (i < hashes.length) {
            if (table.find(i, hashes[i]) >= 0) {
                repeated += n;
                i += n;
            } else {
                table.add(i, hashes[i]);
                i++;
            }
        }
        return repeated;
    }

    /**
     * data-juicer's character repetition ratio: of the n-grams at every position, the share of occurrences of the
     * ⌊√distinct⌋ most frequent ones, taking no more n-grams than occur more than once; 0 below n code points.
     */
    static double repetitionRatio(int[] units, int length, int n) {
        if (length < n) {
            return 0;
        }
        long[] hashes = hashes(units, length, n);
        Table table = new Table(units, n, hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            table.add(i, hashes[i]);
        }
        int[] counts = table.distinctCounts();
        int distinct = counts.length;
        int once = 0;
        for (int c : counts) {
            once += c == 1 ? 1 : 0;
        }
        int k = Math.min((int) Math.sqrt(distinct), distinct - once);
        Arrays.sort(counts);
        long top = 0;
        for (int j = 0; j < k; j++) {
            top += counts[distinct - 1 - j];
        }
        return (double) top / hashes.length;
    }

    /**
     * The share of n-gram occurrences whose n-gram occurs more than once, over the n-grams starting at
     * {@code 0..grams-1}: ChineseWebText's repetition ratio (which leaves the last n-gram out).
     */
    static double repeatedShare(int[] units, int grams, int n) {
        if (grams <= 0) {
            return 0;
        }
        long[] hashes = hashes(units, grams + n - 1, n);
        Table table = new Table(units, n, grams);
        for (int i = 0; i < grams; i++) {
            table.add(i, hashes[i]);
        }
        long repeated = 0;
        for (int c : table.distinctCounts()) {
            repeated += c > 1 ? c : 0;
        }
        return (double) repeated / grams;
    }

    /** The rolling hash of the n-gram at each position {@code 0..length-n}. */
    private static long[] hashes(int[] units, int length, int n) {
        long[] out = new long[length - n + 1];
        long power = 1;
        for (int k = 1; k < n; k++) {
            power *= BASE;
        }
        long h = 0;
        for (int k = 0; k < n; k++) {
            h = h * BASE + units[k];
        }
        out[0] = h;
        for (int i = 1; i < out.length; i++) {
            h = (h - units[i - 1] * power) * BASE + units[i + n - 1];
            out[i] = h;
        }
        return out;
    }

    /** Distinct n-grams (by their first position) and their counts. */
    private static final class Table {
        private final int[] units;
        private final int n;
        private final long[] keys;
        final int[] starts;
        final int[] counts;
        private final int mask;
        private final int shift;
        private int size;

        Table(int[] units, int n, int expected) {
            this.units = units;
            this.n = n;
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            starts = new int[capacity];
            counts = new int[capacity];
            mask = capacity - 1;
            shift = Long.numberOfLeadingZeros(capacity) + 1;
        }

        /** Counts the n-gram at {@code start}; returns its slot. */
        int add(int start, long hash) {
            int slot = slot(hash);
            while (counts[slot] != 0) {
                if (keys[slot] == hash && same(starts[slot], start)) {
                    counts[slot]++;
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = hash;
            starts[slot] = start;
            counts[slot] = 1;
            size++;
            return slot;
        }

        /** The slot of the n-gram at {@code start} if it was added, else -1. */
        int find(int start, long hash) {
            int slot = slot(hash);
            while (counts[slot] != 0) {
                if (keys[slot] == hash && same(starts[slot], start)) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        int[] distinctCounts() {
            int[] out = new int[size];
            int j = 0;
            for (int c : counts) {
                if (c != 0) {
                    out[j++] = c;
                }
            }
            return out;
        }

        private int slot(long hash) {
            return (int) ((hash * 0x9E3779B97F4A7C15L) >>> shift);
        }

        private boolean same(int a, int b) {
            return Arrays.equals(units, a, a + n, units, b, b + n);
        }
    }
}

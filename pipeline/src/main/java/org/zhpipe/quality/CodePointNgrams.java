package org.zhpipe.quality;

import java.util.Arrays;

/**
 * Exact statistics of word n-grams held as ranges of one code point sequence, as the published repetition rules
 * define them, in linear time: ranges are told apart by a 64-bit polynomial hash (from prefix hashes, so any length
 * costs the same) in an open-addressing table, and confirmed by comparing their code points, so two different n-grams
 * never count as one. (Character n-grams: {@link NgramClasses}.) One instance serves every n for one sequence and
 * reuses its table; not thread-safe (one per measurement).
 */
final class CodePointNgrams {
    private static final long BASE = 0x100000001B3L;

    private final int[] units;
    private final int length;
    /** {@code prefix[i]} is the hash of {@code units[0, i)}. */
    private final long[] prefix;
    private long[] powers = new long[16];
    private long[] keys = new long[0];
    private int[] starts = new int[0];
    /** Each slot's n-gram length in units (the ranges of {@link #topDuplicateRanges} vary). */
    private int[] lengths = new int[0];
    private int[] counts = new int[0];
    /** The generation each slot was written in: a slot of an older generation is empty. */
    private int[] stamps = new int[0];
    private int generation;
    private int mask;
    private int shift;

    CodePointNgrams(int[] units, int length) {
        this.units = units;
        this.length = length;
        prefix = new long[length + 1];
        long h = 0;
        for (int i = 0; i < length; i++) {
            h = h * BASE + units[i];
            prefix[i + 1] = h;
        }
        powers[0] = 1;
        for (int k = 1; k < powers.length; k++) {
            powers[k] = powers[k - 1] * BASE;
        }
    }

    private long hash(int start, int n) {
        return prefix[start + n] - prefix[start] * power(n);
    }

    private long power(int n) {
        if (n >= powers.length) {
            long[] grown = java.util.Arrays.copyOf(powers, Math.max(n + 1, powers.length * 2));
            for (int k = powers.length; k < grown.length; k++) {
                grown[k] = grown[k - 1] * BASE;
            }
            powers = grown;
        }
        return powers[n];
    }

    /**
     * datatrove's {@code find_top_duplicate} over n-grams of words held as ranges of the units: word {@code k} is
     * {@code [bounds[k], bounds[k + 1] - gap)} (the units hold each word followed by {@code gap} separator units),
     * and an n-gram spans its words and the separators between them. The length in units of the most frequent
     * n-gram (the first seen among equals) times its count; 0 without an n-gram.
     */
    long topDuplicateRanges(int[] bounds, int words, int n, int gap) {
        int grams = words - n + 1;
        if (grams <= 0) {
            return 0;
        }
        reset(grams);
        int bestCount = 0;
        int bestFirst = Integer.MAX_VALUE;
        long best = 0;
        for (int k = 0; k < grams; k++) {
            int from = bounds[k];
            int length = bounds[k + n] - gap - from;
            int slot = addRange(from, length);
            int count = counts[slot];
            int first = starts[slot];
            if (count > bestCount || count == bestCount && first < bestFirst) {
                bestCount = count;
                bestFirst = first;
                best = (long) length * count;
            }
        }
        return best;
    }

    /**
     * datatrove's {@code find_all_duplicate} over n-grams of words held as ranges of the units (words joined
     * without a separator, so the n-gram at word {@code k} is {@code [bounds[k], bounds[k + n])}): the units of the
     * n-grams that repeat an earlier remembered one, skipping past each repeat.
     */
    long allDuplicateRanges(int[] bounds, int words, int n) {
        int grams = words - n + 1;
        if (grams <= 0) {
            return 0;
        }
        reset(grams);
        long repeated = 0;
        int k = 0;
        while (k < grams) {
            int from = bounds[k];
            int length = bounds[k + n] - from;
            if (findRange(from, length) >= 0) {
                repeated += length;
                k += n;
            } else {
                addRange(from, length);
                k++;
            }
        }
        return repeated;
    }

    private int addRange(int start, int length) {
        long h = hash(start, length);
        int slot = (int) ((h * 0x9E3779B97F4A7C15L) >>> shift);
        while (stamps[slot] == generation) {
            if (keys[slot] == h && lengths[slot] == length && same(starts[slot], start, length)) {
                counts[slot]++;
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        stamps[slot] = generation;
        keys[slot] = h;
        starts[slot] = start;
        lengths[slot] = length;
        counts[slot] = 1;
        return slot;
    }

    private int findRange(int start, int length) {
        long h = hash(start, length);
        int slot = (int) ((h * 0x9E3779B97F4A7C15L) >>> shift);
        while (stamps[slot] == generation) {
            if (keys[slot] == h && lengths[slot] == length && same(starts[slot], start, length)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Empties the table, sized for {@code grams} n-grams. */
    private void reset(int grams) {
        int capacity = Integer.highestOneBit(Math.max(8, grams * 2 - 1)) << 1;
        if (capacity > keys.length) {
            keys = new long[capacity];
            starts = new int[capacity];
            lengths = new int[capacity];
            counts = new int[capacity];
            stamps = new int[capacity];
            generation = 0;
        }
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            generation = 1;
        }
        mask = capacity - 1;
        shift = Long.numberOfLeadingZeros(capacity) + 1;
    }

    private boolean same(int a, int b, int n) {
        for (int k = 0; k < n; k++) {
            if (units[a + k] != units[b + k]) {
                return false;
            }
        }
        return true;
    }
}

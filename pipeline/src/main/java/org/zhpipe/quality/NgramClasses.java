package org.zhpipe.quality;

import java.util.Arrays;

/**
 * The n-grams of one code point sequence for one n at a time: the ascending list of the positions whose n-gram occurs
 * more than once in the sequence, and the class of each (the position where its n-gram first occurs) with its count.
 * An n-gram off the list occurs once. The published repetition statistics ({@link #topDuplicate},
 * {@link #allDuplicate}, {@link #repetitionRatio}, {@link #repeatedShareWithoutLast}) read these.
 *
 * <p>Exact, and cheap where text repeats little: {@link #chain} starts at 2-grams, keyed by their two code points, and
 * {@link #advance} finds the classes of n + 1 from the pair (class of n, the code point after it), at the positions
 * whose n-gram repeats only, since an n-gram that occurs once makes every longer one at its position occur once too.
 * So after the 2-grams, the work follows the repeated part of the text rather than its length times n. {@link #of}
 * goes to one n directly, by a rolling 64-bit hash whose equal values are confirmed code point by code point.
 *
 * <p>Mutable and not thread-safe: one thread at a time. An instance can start over on another sequence, reusing its
 * arrays.
 */
final class NgramClasses {
    private static final long BASE = 0x100000001B3L;
    private static final long SPREAD = 0x9E3779B97F4A7C15L;
    /** Keys hold a class (31 bits) and a code point (21 bits); the bits above tell the table's generation. */
    private static final int KEY_BITS = 52;
    private static final int MAX_GENERATION = (1 << (63 - KEY_BITS)) - 1;
    /** Up to this many keys, the table is kept sparse; see {@link #reset}. */
    private static final int SPARSE_ITEMS = 1 << 14;

    private int[] units = new int[0];
    private int length;
    private int n;
    /** {@code classes[i]}: the class of the n-gram at i, for i on the {@link #repeated} list (others are stale). */
    private int[] classes = new int[0];
    /** Occurrences of each class (at its first position); meaningful for the current classes only. */
    private int[] counts = new int[0];
    /** The positions whose n-gram repeats, ascending: {@code repeated[0, repeatedCount)}. */
    private int[] repeated = new int[0];
    private int repeatedCount;
    /** Remembered classes of {@link #allDuplicate}: {@code remembered[c] == walk} for the current walk. */
    private int[] remembered = new int[0];
    private int walk;
    /** Per class, the n-grams of {@link #repetitionRatioWithGaps} that span no gap; all 0 between calls. */
    private int[] tally = new int[0];
    /** The open-addressing table: keys tagged with their generation, and the first position of each. */
    private long[] keys = new long[0];
    private int[] firsts = new int[0];
    private long generation;
    private int shift;

    /** Starts over on {@code units[0, length)}, at n-grams. */
    private NgramClasses start(int[] units, int length, int n) {
        this.units = units;
        this.length = length;
        this.n = n;
        if (classes.length < length) {
            int capacity = Math.max(length, classes.length * 2);
            classes = new int[capacity];
            counts = new int[capacity];
            repeated = new int[capacity];
        }
        repeatedCount = 0;
        return this;
    }

    /** Starts over on {@code units[0, length)} at 2-grams, ready to {@link #advance} to longer ones. */
    NgramClasses chain(int[] units, int length) {
        NgramClasses c = start(units, length, 2);
        int grams = c.grams();
        c.reset(grams);
        for (int i = 0; i < grams; i++) {
            long key = (long) units[i] << 21 | units[i + 1];
            int first = c.firstOf(key, i);
            c.classes[i] = first;
            c.count(first, i);
        }
        c.keepRepeatedOfAll(grams);
        return c;
    }

    /**
     * Starts over on {@code units[0, length)} at n-grams, n ≥ 1, of which only those at {@code positions[0, count)}
     * (ascending, each below {@code length - n + 1}) are looked at: the others count as absent.
     */
    NgramClasses ofPositions(int[] units, int length, int n, int[] positions, int count) {
        NgramClasses c = start(units, length, n);
        c.reset(count);
        long high = power(n - 1);
        long h = 0;
        for (int j = 0; j < count; j++) {
            int i = positions[j];
            if (j > 0 && positions[j - 1] == i - 1) {
                // rolling on from the n-gram one before
                h = (h - units[i - 1] * high) * BASE + units[i - 1 + n];
            } else {
                h = 0;
                for (int k = 0; k < n; k++) {
                    h = h * BASE + units[i + k];
                }
            }
            int first = c.firstOfHashed(h, i);
            c.classes[i] = first;
            c.count(first, i);
            c.repeated[j] = i;
        }
        c.keepRepeatedOf(count);
        return c;
    }

    /** Starts over on {@code units[0, length)} at n-grams, n ≥ 1. */
    NgramClasses of(int[] units, int length, int n) {
        NgramClasses c = start(units, length, n);
        int grams = c.grams();
        if (grams <= 0) {
            return c;
        }
        long high = power(n - 1);
        long h = 0;
        for (int k = 0; k < n; k++) {
            h = h * BASE + units[k];
        }
        c.reset(grams);
        for (int i = 0; i < grams; i++) {
            if (i > 0) {
                h = (h - units[i - 1] * high) * BASE + units[i - 1 + n];
            }
            int first = c.firstOfHashed(h, i);
            c.classes[i] = first;
            c.count(first, i);
        }
        c.keepRepeatedOfAll(grams);
        return c;
    }

    private static long power(int k) {
        long p = 1;
        for (int j = 0; j < k; j++) {
            p *= BASE;
        }
        return p;
    }

    int n() {
        return n;
    }

    /** The n-grams in the sequence: {@code length - n + 1}, or 0. */
    int grams() {
        return Math.max(0, length - n + 1);
    }

    /** Moves on to (n + 1)-grams. */
    void advance() {
        n++;
        int grams = grams();
        int count = repeatedCount;
        while (count > 0 && repeated[count - 1] >= grams) {
            count--;
        }
        reset(count);
        for (int j = 0; j < count; j++) {
            int i = repeated[j];
            long key = (long) classes[i] << 21 | units[i + n - 1];
            int first = firstOf(key, i);
            classes[i] = first;
            count(first, i);
        }
        keepRepeatedOf(count);
    }

    /**
     * datatrove's {@code find_top_duplicate} over these n-grams: the count of the most frequent one times n; 0
     * without an n-gram.
     */
    long topDuplicate() {
        if (grams() == 0) {
            return 0;
        }
        int best = 1;
        for (int j = 0; j < repeatedCount; j++) {
            best = Math.max(best, counts[classes[repeated[j]]]);
        }
        return (long) best * n;
    }

    /**
     * datatrove's {@code find_all_duplicate}: walks the n-grams from the start; an n-gram seen before adds n to the
     * result and the walk jumps past it (the n-grams it jumps over are not remembered); any other is remembered and
     * the walk moves one on. Only repeating n-grams can be seen again, so the walk visits those only.
     */
    long allDuplicate() {
        if (remembered.length < counts.length || walk == Integer.MAX_VALUE) {
            remembered = new int[counts.length];
            walk = 0;
        }
        int stamp = ++walk;
        long total = 0;
        int next = 0;
        for (int j = 0; j < repeatedCount; j++) {
            int i = repeated[j];
            if (i < next) {
                continue;
            }
            int c = classes[i];
            if (remembered[c] == stamp) {
                total += n;
                next = i + n;
            } else {
                remembered[c] = stamp;
            }
        }
        return total;
    }

    /**
     * data-juicer's character repetition ratio: of the n-grams at every position, the share of occurrences of the
     * ⌊√distinct⌋ most frequent ones, taking no more n-grams than occur more than once; 0 without an n-gram.
     */
    double repetitionRatio() {
        int grams = grams();
        if (grams == 0) {
            return 0;
        }
        int[] repeatedCounts = repeatedClassCounts();
        return topShare(repeatedCounts, grams - repeatedCount + repeatedCounts.length, grams);
    }

    /**
     * {@link #repetitionRatio} of the n-grams of {@code full[0, fullLength)}: this sequence with code points put back
     * at the ascending positions {@code gaps[0, gapCount)} of {@code full} (the text with its white space, when this
     * chain is over the text without it). An n-gram of {@code full} that spans no gap is an n-gram of this sequence,
     * so its class is known; only those spanning a gap are hashed, by {@code spanning}, which starts over for it.
     */
    double repetitionRatioWithGaps(int[] full, int fullLength, int[] gaps, int gapCount, NgramClasses spanning) {
        int fullGrams = fullLength - n + 1;
        if (fullGrams <= 0) {
            return 0;
        }
        if (tally.length < counts.length) {
            tally = new int[counts.length];
        }
        // the n-grams within the runs between gaps: run k starts after k gaps, so full position p is p - k here
        long within = 0;
        long withinRepeating = 0;
        int j = 0;
        int runStart = 0;
        for (int k = 0; k <= gapCount; k++) {
            int runEnd = k < gapCount ? gaps[k] : fullLength;
            int windows = runEnd - runStart - n + 1;
            if (windows > 0) {
                int from = runStart - k;
                int to = from + windows;
                within += windows;
                while (j < repeatedCount && repeated[j] < from) {
                    j++;
                }
                while (j < repeatedCount && repeated[j] < to) {
                    tally[classes[repeated[j++]]]++;
                    withinRepeating++;
                }
            }
            runStart = runEnd + 1;
        }
        // each tallied class once, by one of its positions; zeroing the tally leaves it ready for the next call
        int[] repeating = new int[repeatedCount];
        int repeatingCount = 0;
        long distinct = within - withinRepeating;
        for (int r = 0; r < repeatedCount; r++) {
            int c = classes[repeated[r]];
            int t = tally[c];
            if (t > 0) {
                distinct++;
                if (t > 1) {
                    repeating[repeatingCount++] = t;
                }
                tally[c] = 0;
            }
        }
        // the n-grams that span a gap
        int[] spanningAt = new int[Math.min(fullGrams, gapCount * n)];
        int spanningCount = 0;
        for (int k = 0; k < gapCount; k++) {
            int from = Math.max(gaps[k] - n + 1, spanningCount == 0 ? 0 : spanningAt[spanningCount - 1] + 1);
            int to = Math.min(gaps[k], fullGrams - 1);
            for (int p = from; p <= to; p++) {
                spanningAt[spanningCount++] = p;
            }
        }
        spanning.ofPositions(full, fullLength, n, spanningAt, spanningCount);
        int[] spanningRepeating = spanning.repeatedClassCounts();
        distinct += spanningCount - spanning.repeatedCount + spanningRepeating.length;
        int[] all = Arrays.copyOf(repeating, repeatingCount + spanningRepeating.length);
        System.arraycopy(spanningRepeating, 0, all, repeatingCount, spanningRepeating.length);
        return topShare(all, distinct, fullGrams);
    }

    /**
     * data-juicer's rule on the counts of the repeating n-grams: the occurrences of the ⌊√distinct⌋ most frequent
     * n-grams, no more than repeat, over {@code grams}.
     */
    private static double topShare(int[] repeatingCounts, long distinct, int grams) {
        int k = (int) Math.min((long) Math.sqrt(distinct), repeatingCounts.length);
        Arrays.sort(repeatingCounts);
        long top = 0;
        for (int j = 0; j < k; j++) {
            top += repeatingCounts[repeatingCounts.length - 1 - j];
        }
        return (double) top / grams;
    }

    /**
     * The share of occurrences of repeating n-grams among the n-grams at {@code 0..grams()-2}, that is, without the
     * last one: ChineseWebText's repetition ratio ({@code range(0, len - n)}); 0 with fewer than two n-grams.
     */
    double repeatedShareWithoutLast() {
        int grams = grams() - 1;
        if (grams <= 0) {
            return 0;
        }
        long occurrences = repeatedCount;
        if (repeatedCount > 0 && repeated[repeatedCount - 1] == grams) {
            // the last n-gram repeats (the last position repeating is the list's last)
            occurrences -= counts[classes[grams]] == 2 ? 2 : 1;
        }
        return (double) occurrences / grams;
    }

    /** The counts of the classes that repeat, one per class. */
    private int[] repeatedClassCounts() {
        int distinct = 0;
        for (int j = 0; j < repeatedCount; j++) {
            int i = repeated[j];
            distinct += classes[i] == i ? 1 : 0;
        }
        int[] out = new int[distinct];
        int d = 0;
        for (int j = 0; j < repeatedCount; j++) {
            int i = repeated[j];
            if (classes[i] == i) {
                out[d++] = counts[i];
            }
        }
        return out;
    }

    /**
     * Lists the positions below {@code grams} whose class repeats in {@link #repeated}. Without branches: whether an
     * n-gram repeats is as good as random, and a mispredicted branch costs more than the work.
     */
    private void keepRepeatedOfAll(int grams) {
        int kept = 0;
        for (int i = 0; i < grams; i++) {
            repeated[kept] = i;
            kept += counts[classes[i]] > 1 ? 1 : 0;
        }
        repeatedCount = kept;
    }

    /** As {@link #keepRepeatedOfAll}, of the positions {@code repeated[0, candidates)}. */
    private void keepRepeatedOf(int candidates) {
        int kept = 0;
        for (int j = 0; j < candidates; j++) {
            int i = repeated[j];
            repeated[kept] = i;
            kept += counts[classes[i]] > 1 ? 1 : 0;
        }
        repeatedCount = kept;
    }

    /**
     * Counts an occurrence of class {@code first} at {@code at}: the first occurrence sets the count to 1, so counts
     * left from another n or sequence never need clearing.
     */
    private void count(int first, int at) {
        int before = first == at ? 0 : counts[first];
        counts[first] = before + 1;
    }

    /**
     * Empties the table, sized for {@code items} keys: at most 1/8 full up to {@link #SPARSE_ITEMS} keys (collisions,
     * not the cache, set the pace there: measured 1.1–1.25× faster than 1/2 full on news text), 1/2 full beyond.
     */
    private void reset(int items) {
        int capacity = Integer.highestOneBit(Math.max(8, items * 2 - 1)) << (items <= SPARSE_ITEMS ? 3 : 1);
        if (capacity > keys.length) {
            keys = new long[capacity];
            firsts = new int[capacity];
            generation = 0;
        }
        if (++generation > MAX_GENERATION) {
            Arrays.fill(keys, 0);
            generation = 1;
        }
        shift = Long.numberOfLeadingZeros(capacity) + 1;
    }

    /** The first position with {@code key} (exact: a class below 2^31 and a code point), {@code at} if none was. */
    private int firstOf(long key, int at) {
        long tagged = key | generation << KEY_BITS;
        int mask = (1 << (64 - shift)) - 1;
        int slot = (int) ((key * SPREAD) >>> shift);
        long k = keys[slot];
        while (k != tagged && k >>> KEY_BITS == generation) {
            slot = (slot + 1) & mask;
            k = keys[slot];
        }
        // found or free: one path without a branch on which, as that is as good as random
        int first = k == tagged ? firsts[slot] : at;
        keys[slot] = tagged;
        firsts[slot] = first;
        return first;
    }

    /**
     * As {@link #firstOf} for the n-gram at {@code at} whose hash is {@code hash}: the table keeps the hash's high
     * bits, and equal ones are confirmed code point by code point.
     */
    private int firstOfHashed(long hash, int at) {
        long tagged = (hash >>> (64 - KEY_BITS)) | generation << KEY_BITS;
        int mask = (1 << (64 - shift)) - 1;
        int slot = (int) ((hash * SPREAD) >>> shift);
        long k = keys[slot];
        while (k >>> KEY_BITS == generation && (k != tagged || !same(firsts[slot], at))) {
            slot = (slot + 1) & mask;
            k = keys[slot];
        }
        // found (a free slot is of another generation, so never equal to the tag) or free, as in firstOf
        int first = k == tagged ? firsts[slot] : at;
        keys[slot] = tagged;
        firsts[slot] = first;
        return first;
    }

    private boolean same(int a, int b) {
        for (int k = 0; k < n; k++) {
            if (units[a + k] != units[b + k]) {
                return false;
            }
        }
        return true;
    }
}

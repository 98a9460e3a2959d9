package org.zhpipe.internal.trie;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Dictionary keys as ranges of one char array ({@code chars[from[i], to[i])} is key {@code i}), so that loading a
 * large dictionary makes no string per key. A low-level carrier between a parser and {@link DoubleArrayTrie}: the
 * arrays are shared, not copied, and must not change once the keys are handed on.
 */
public final class KeyRanges {
    public final char[] chars;
    public final int[] from;
    public final int[] to;
    public final int count;

    /** Key {@code i} is {@code chars[from[i], to[i])}; the arrays are taken, not copied. */
    public KeyRanges(char[] chars, int[] from, int[] to, int count) {
        this.chars = chars;
        this.from = from;
        this.to = to;
        this.count = count;
    }

    /** The keys as ranges. */
    public static KeyRanges of(String... keys) {
        int total = 0;
        for (String key : keys) {
            total += key.length();
        }
        char[] chars = new char[total];
        int[] from = new int[keys.length];
        int[] to = new int[keys.length];
        int at = 0;
        for (int i = 0; i < keys.length; i++) {
            keys[i].getChars(0, keys[i].length(), chars, at);
            from[i] = at;
            at += keys[i].length();
            to[i] = at;
        }
        return new KeyRanges(chars, from, to, keys.length);
    }

    public int length(int i) {
        return to[i] - from[i];
    }

    public char charAt(int i, int index) {
        return chars[from[i] + index];
    }

    public String key(int i) {
        return new String(chars, from[i], to[i] - from[i]);
    }

    /** Compares keys {@code i} and {@code j} as {@link String#compareTo} would. */
    public int compare(int i, int j) {
        return compare(this, i, this, j);
    }

    /**
     * Compares key {@code i} of {@code a} with key {@code j} of {@code b} as {@link String#compareTo} would. A plain
     * loop: keys are short, and it is fast from the first call, which matters when a converter is first loaded.
     */
    public static int compare(KeyRanges a, int i, KeyRanges b, int j) {
        char[] x = a.chars;
        char[] y = b.chars;
        int p = a.from[i];
        int q = b.from[j];
        int lengthA = a.to[i] - p;
        int lengthB = b.to[j] - q;
        int n = Math.min(lengthA, lengthB);
        for (int k = 0; k < n; k++) {
            char c = x[p + k];
            char d = y[q + k];
            if (c != d) {
                return c - d;
            }
        }
        return lengthA - lengthB;
    }

    /** The same keys in a pool of their own, in order, dropping whatever else {@link #chars} holds. */
    public KeyRanges compact() {
        int total = 0;
        for (int i = 0; i < count; i++) {
            total += to[i] - from[i];
        }
        char[] pool = new char[total];
        int[] f = new int[count];
        int[] t = new int[count];
        int at = 0;
        for (int i = 0; i < count; i++) {
            int n = to[i] - from[i];
            System.arraycopy(chars, from[i], pool, at, n);
            f[i] = at;
            at += n;
            t[i] = at;
        }
        return new KeyRanges(pool, f, t, count);
    }

    /** The same keys in the order {@code order} gives (key {@code i} is this key {@code order[i]}), sharing chars. */
    public KeyRanges permuted(int[] order) {
        int[] f = new int[order.length];
        int[] t = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            f[i] = from[order[i]];
            t[i] = to[order[i]];
        }
        return new KeyRanges(chars, f, t, order.length);
    }

    /**
     * Keys {@code order[0]} to {@code order[count - 1]}, in that order (keys 0 to {@code count - 1} when
     * {@code order} is null), in a pool of their own of {@code length} chars, their total length.
     */
    public KeyRanges select(int @Nullable [] order, int count, int length) {
        char[] pool = new char[length];
        int[] f = new int[count];
        int[] t = new int[count];
        int at = 0;
        for (int i = 0; i < count; i++) {
            int k = order == null ? i : order[i];
            f[i] = at;
            // a loop, not System.arraycopy: keys are a few chars, and a native call per key is slow until compiled
            for (int c = from[k], end = to[k]; c < end; c++) {
                pool[at++] = chars[c];
            }
            t[i] = at;
        }
        return new KeyRanges(pool, f, t, count);
    }

    /** Whether every key is before the next one in {@link String#compareTo} order: sorted, and no key twice. */
    public boolean isStrictlySorted() {
        for (int k = 1; k < count; k++) {
            // compare(k - 1, k) written out: this runs once over a whole dictionary, often before it is compiled
            int p = from[k - 1];
            int q = from[k];
            int n = Math.min(to[k - 1] - p, to[k] - q);
            int i = 0;
            while (i < n && chars[p + i] == chars[q + i]) {
                i++;
            }
            if (i < n ? chars[p + i] > chars[q + i] : to[k - 1] - p >= to[k] - q) {
                return false;
            }
        }
        return true;
    }

    /** Each key reversed char by char, in a pool of their own, in the same order. */
    public KeyRanges reversed() {
        KeyRanges r = compact();
        char[] c = r.chars;
        for (int k = 0; k < count; k++) {
            for (int i = r.from[k], j = r.to[k] - 1; i < j; i++, j--) {
                char x = c[i];
                c[i] = c[j];
                c[j] = x;
            }
        }
        return r;
    }

    /**
     * The key indices in {@link String#compareTo} order; equal keys keep their order (the sort is stable), with no
     * boxing: this runs when a dictionary loads, often before the JIT has compiled anything. Keys nearly in order, as
     * word lists usually are, cost little more than one comparison each: the runs of keys in order are merged, each
     * merge first skipping by binary search what is in place already (as TimSort does). Keys with many runs go to a
     * counting sort on the first char, then a merge sort of each group.
     */
    public int[] sortedOrder() {
        // where each run of keys in order starts, and where the last ends
        int[] runs = new int[17];
        int runCount = 0;
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = k;
            boolean inOrder = false;
            if (k > 0) {
                // compare(k - 1, k) <= 0 written out: one pass over a whole dictionary
                int p = from[k - 1];
                int q = from[k];
                int n = Math.min(to[k - 1] - p, to[k] - q);
                int i = 0;
                while (i < n && chars[p + i] == chars[q + i]) {
                    i++;
                }
                inOrder = i < n ? chars[p + i] < chars[q + i] : to[k - 1] - p <= to[k] - q;
            }
            if (!inOrder) {
                if (runCount + 1 == runs.length) {
                    if (runCount > count / 64) {
                        return groupSortedOrder();
                    }
                    runs = Arrays.copyOf(runs, runs.length * 2);
                }
                runs[runCount++] = k;
            }
        }
        runs[runCount] = count;
        // merge neighbouring runs, pass after pass
        int[] buffer = new int[count];
        while (runCount > 1) {
            int merged = 0;
            for (int r = 0; r < runCount; r += 2) {
                if (r + 1 < runCount) {
                    mergeRuns(order, buffer, runs[r], runs[r + 1], runs[r + 2]);
                }
                runs[merged++] = runs[r];
            }
            runs[merged] = count;
            runCount = merged;
        }
        return order;
    }

    /**
     * Merges the sorted {@code order[lo, mid)} and {@code order[mid, hi)}, stably, as TimSort does when one run is
     * much shorter: the keys of the first run that are before the whole second run, and those of the second after
     * the whole first, stay where they are (found by binary search); of the rest, each key of the shorter side is put
     * in its place in the longer side by binary search, the keys in between moved as blocks. A few misplaced lines
     * of a word list then cost a few searches, not a pass over the list.
     */
    private void mergeRuns(int[] order, int[] buffer, int lo, int mid, int hi) {
        int start = firstAfter(order, lo, mid, order[mid], false);
        if (start == mid) {
            return;
        }
        int end = firstAfter(order, mid, hi, order[mid - 1], true);
        if (mid - start <= end - mid) {
            // the first side is shorter: from the front, each of its keys before the equal and greater of the second
            System.arraycopy(order, start, buffer, 0, mid - start);
            int out = start;
            int j = mid;
            for (int i = 0; i < mid - start; i++) {
                int key = buffer[i];
                int p = firstAfter(order, j, end, key, true);
                System.arraycopy(order, j, order, out, p - j);
                out += p - j;
                j = p;
                order[out++] = key;
            }
        } else {
            // the second side is shorter: from the back, each of its keys after the equal and smaller of the first
            System.arraycopy(order, mid, buffer, 0, end - mid);
            int out = end;
            int i = mid;
            for (int j = end - mid - 1; j >= 0; j--) {
                int key = buffer[j];
                int p = firstAfter(order, start, i, key, false);
                out -= i - p;
                System.arraycopy(order, p, order, out, i - p);
                i = p;
                order[--out] = key;
            }
        }
    }

    /**
     * The first position in the sorted {@code order[lo, hi)} whose key is after key {@code k}, or, when
     * {@code orEqual}, not before it.
     */
    private int firstAfter(int[] order, int lo, int hi, int k, boolean orEqual) {
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            int c = compare(order[m], k);
            if (c < 0 || c == 0 && !orEqual) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    /** {@link #sortedOrder} by a counting sort on the first char, then a merge sort of each group not in order. */
    private int[] groupSortedOrder() {
        // group by first char + 1, empty keys (group 0) first
        int[] start = new int[Character.MAX_VALUE + 3];
        for (int k = 0; k < count; k++) {
            start[(from[k] < to[k] ? chars[from[k]] + 1 : 0) + 1]++;
        }
        for (int g = 1; g < start.length; g++) {
            start[g] += start[g - 1];
        }
        int[] order = new int[count];
        int[] next = start.clone();
        for (int k = 0; k < count; k++) {
            order[next[from[k] < to[k] ? chars[from[k]] + 1 : 0]++] = k;
        }
        int[] buffer = null;
        for (int g = 0; g + 1 < start.length; g++) {
            int lo = start[g];
            int hi = start[g + 1];
            if (hi - lo > 1 && !inOrder(order, lo, hi)) {
                if (buffer == null) {
                    buffer = new int[count];
                }
                mergeSort(order, buffer, lo, hi);
            }
        }
        return order;
    }

    private boolean inOrder(int[] order, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            if (compare(order[i - 1], order[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Stable merge sort of {@code order[lo, hi)} by key; runs already in order are not merged. */
    private void mergeSort(int[] order, int[] buffer, int lo, int hi) {
        if (hi - lo <= 12) {
            for (int i = lo + 1; i < hi; i++) {
                int key = order[i];
                int j = i;
                while (j > lo && compare(order[j - 1], key) > 0) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = key;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(order, buffer, lo, mid);
        mergeSort(order, buffer, mid, hi);
        if (compare(order[mid - 1], order[mid]) <= 0) {
            return;
        }
        System.arraycopy(order, lo, buffer, lo, mid - lo);
        int i = lo;
        int j = mid;
        int out = lo;
        while (i < mid && j < hi) {
            order[out++] = compare(order[j], buffer[i]) < 0 ? order[j++] : buffer[i++];
        }
        System.arraycopy(buffer, i, order, out, mid - i);
    }

    /** Whether the keys are in {@link String#compareTo} order (equal neighbours allowed). */
    public boolean isSorted() {
        for (int i = 1; i < count; i++) {
            if (compare(i - 1, i) > 0) {
                return false;
            }
        }
        return true;
    }
}

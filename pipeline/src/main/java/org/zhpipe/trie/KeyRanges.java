package org.zhpipe.trie;

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

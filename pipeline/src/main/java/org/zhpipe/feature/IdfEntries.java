package org.zhpipe.feature;

import java.util.Arrays;

/**
 * The lines of an IDF table as parallel arrays, in file order, duplicates kept: term {@code i} is
 * {@code pool[starts[i], starts[i + 1])}, its value {@code values[i]}. What {@link IdfTableReader} fills and
 * {@link IdfTable} compiles, so that reading 270k lines makes no object per line. Filled once, then read; not
 * thread-safe.
 */
final class IdfEntries {
    char[] pool;
    int[] starts;
    double[] values;
    int size;

    /** An empty list with room for about {@code entries} terms of {@code chars} chars in all. */
    IdfEntries(int entries, int chars) {
        int capacity = Math.max(16, entries);
        pool = new char[Math.max(64, chars)];
        starts = new int[capacity + 1];
        values = new double[capacity];
    }

    /** Adds the term {@code text[from, to)}, copied, with {@code value}. */
    void add(char[] text, int from, int to, double value) {
        int at = starts[size];
        int length = to - from;
        if (at + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, at + length));
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            starts = Arrays.copyOf(starts, size * 2 + 1);
        }
        // a loop, not System.arraycopy: a term is a few chars, and a native call per term is slow until compiled
        for (int i = from; i < to; i++) {
            pool[at++] = text[i];
        }
        values[size++] = value;
        starts[size] = at;
    }

    void add(String term, double value) {
        add(term.toCharArray(), 0, term.length(), value);
    }
}

package org.zhpipe.bench.dedup;

import java.util.Arrays;

/**
 * Pairs of documents {@code a < b} with a similarity, sorted by {@code (a, b)}; a pair not in the table has a
 * similarity below the table's floor. Immutable.
 */
final class PairTable {
    private final long[] keys;
    private final double[] values;

    private PairTable(long[] keys, double[] values) {
        this.keys = keys;
        this.values = values;
    }

    static long key(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | hi;
    }

    static int first(long key) {
        return (int) (key >>> 32);
    }

    static int second(long key) {
        return (int) key;
    }

    int size() {
        return keys.length;
    }

    long key(int i) {
        return keys[i];
    }

    double value(int i) {
        return values[i];
    }

    /** The similarity of {@code a} and {@code b}, or {@code 0} when the pair is not in the table. */
    double get(int a, int b) {
        int i = Arrays.binarySearch(keys, key(a, b));
        return i >= 0 ? values[i] : 0;
    }

    /** Pairs with a similarity of at least {@code t}. */
    long countAtLeast(double t) {
        long n = 0;
        for (double v : values) {
            if (v >= t) {
                n++;
            }
        }
        return n;
    }

    /** Collects pairs in any order. Mutable. */
    static final class Builder {
        private long[] keys = new long[1024];
        private double[] values = new double[1024];
        private int size;

        void add(int a, int b, double value) {
            if (a == b) {
                throw new IllegalArgumentException("a pair of one document " + a);
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key(a, b);
            values[size] = value;
            size++;
        }

        PairTable build() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
            long[] k = new long[size];
            double[] v = new double[size];
            for (int i = 0; i < size; i++) {
                k[i] = keys[order[i]];
                v[i] = values[order[i]];
                if (i > 0 && k[i] == k[i - 1]) {
                    throw new IllegalArgumentException("the pair " + first(k[i]) + ", " + second(k[i]) + " twice");
                }
            }
            return new PairTable(k, v);
        }
    }
}

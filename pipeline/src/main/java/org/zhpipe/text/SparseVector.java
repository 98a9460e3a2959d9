package org.zhpipe.text;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a feature stage makes of one document: a sparse vector of {@code dimension} dimensions, as entries (index,
 * value), each optionally with the term it stands for and the {@code [start, end)} of the term's first occurrence in
 * the original input. Vectors from {@code bow}, {@code tfidf} and {@code hashing_tf} list their entries by increasing
 * index; {@code keywords} lists them by decreasing weight. A hashed vector has no terms (a bucket is shared by every
 * term that hashes to it).
 *
 * <p>Immutable and thread-safe.
 */
public final class SparseVector {
    private final int dimension;
    private final int[] indices;
    private final double[] values;
    private final String @Nullable [] terms;
    private final int @Nullable [] starts;
    private final int @Nullable [] ends;

    private SparseVector(int dimension, int[] indices, double[] values, String @Nullable [] terms,
                         int @Nullable [] starts, int @Nullable [] ends) {
        this.dimension = dimension;
        this.indices = indices;
        this.values = values;
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * A vector whose entries are given by parallel arrays, which the vector takes over: the caller must not change
     * them afterwards.
     *
     * @param terms  each entry's term, or {@code null} when entries have none
     * @param starts each entry's first start in the original input, or {@code null}; given together with {@code ends}
     * @throws IllegalArgumentException when the arrays differ in length or an index is outside {@code [0, dimension)}
     */
    public static SparseVector of(int dimension, int[] indices, double[] values, String @Nullable [] terms,
                                  int @Nullable [] starts, int @Nullable [] ends) {
        Objects.requireNonNull(indices, "indices");
        Objects.requireNonNull(values, "values");
        int n = indices.length;
        if (values.length != n || (terms != null && terms.length != n) || (starts == null) != (ends == null)
                || (starts != null && (starts.length != n || ends.length != n))) {
            throw new IllegalArgumentException("entry arrays differ in length");
        }
        for (int index : indices) {
            if (index < 0 || index >= dimension) {
                throw new IllegalArgumentException("index " + index + " outside [0, " + dimension + ")");
            }
        }
        return new SparseVector(dimension, indices, values, terms, starts, ends);
    }

    /** A vector with entries by index and value only. */
    public static SparseVector of(int dimension, int[] indices, double[] values) {
        return of(dimension, indices, values, null, null, null);
    }

    /** The number of dimensions: the vocabulary's size, or the number of hash buckets. */
    public int dimension() {
        return dimension;
    }

    /** The number of entries (non-zero dimensions). */
    public int size() {
        return indices.length;
    }

    public int index(int i) {
        return indices[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** Whether entries carry their terms. */
    public boolean hasTerms() {
        return terms != null;
    }

    /** The term of entry {@code i}, or {@code null} when entries carry none. */
    public @Nullable String term(int i) {
        Objects.checkIndex(i, indices.length);
        return terms == null ? null : terms[i];
    }

    /** Whether entries carry the offsets of their term's first occurrence. */
    public boolean hasSpans() {
        return starts != null;
    }

    /** Start of the first occurrence of entry {@code i}'s term in the original input (UTF-16), or -1. */
    public int start(int i) {
        Objects.checkIndex(i, indices.length);
        return starts == null ? -1 : starts[i];
    }

    /** End of the first occurrence of entry {@code i}'s term in the original input (UTF-16), or -1. */
    public int end(int i) {
        Objects.checkIndex(i, indices.length);
        return ends == null ? -1 : ends[i];
    }

    /**
     * A value as its shortest decimal that reads back as the same double: {@code 2} for a count,
     * {@code 0.4472135954999579} for a weight.
     */
    public static String formatValue(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // Jackson's Schubfach writer: the shortest decimal, as Double.toString gives it from Java 19 on (and faster)
        return com.fasterxml.jackson.core.io.NumberOutput.toString(value, true);
    }

    /** The vector as a dense array of {@link #dimension()} values (for tests and small vocabularies). */
    public double[] toDense() {
        double[] dense = new double[dimension];
        for (int i = 0; i < indices.length; i++) {
            dense[indices[i]] += values[i];
        }
        return dense;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < indices.length; i++) {
            sb.append(i == 0 ? "" : ", ");
            if (terms != null) {
                sb.append(terms[i]).append('@');
            }
            sb.append(indices[i]).append('=').append(values[i]);
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SparseVector v && dimension == v.dimension && Arrays.equals(indices, v.indices)
                && Arrays.equals(values, v.values) && Arrays.equals(terms, v.terms)
                && Arrays.equals(starts, v.starts) && Arrays.equals(ends, v.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }
}

package org.zhpipe.stage;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link FitAccumulator} counted, as a plain value: the number of documents, and for every term its document
 * frequency and total frequency, terms sorted by {@link String#compareTo} (UTF-16 order). For engines that count
 * parts of a corpus on other machines (Spark partitions): the value is {@link Serializable}, holds no estimator, and
 * {@link #merge} needs none, so partial counts can be merged anywhere, in any tree, and then loaded into the
 * estimator's accumulator with {@link FitAccumulator#add(CorpusCounts)}.
 *
 * <p>{@link #merge} adds the counts term by term: it is commutative and associative, so exact counts do not depend
 * on how the corpus was split or in which order the parts were merged. Counts from an accumulator whose memory cap
 * dropped terms ({@link #prunedTerms()} &gt; 0) are approximate, as they are in {@code zhpipe fit}. Immutable and
 * thread-safe.
 */
public final class CorpusCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No documents, no terms: the neutral element of {@link #merge}. */
    public static final CorpusCounts EMPTY = new CorpusCounts(new String[0], new long[0], new long[0], 0, 0);

    private final String[] terms;
    private final long[] documentFrequencies;
    private final long[] termFrequencies;
    private final long documents;
    private final long prunedTerms;

    private CorpusCounts(String[] terms, long[] documentFrequencies, long[] termFrequencies, long documents,
                         long prunedTerms) {
        this.terms = terms;
        this.documentFrequencies = documentFrequencies;
        this.termFrequencies = termFrequencies;
        this.documents = documents;
        this.prunedTerms = prunedTerms;
    }

    /**
     * Counts from parallel arrays, which are copied; the terms in any order.
     *
     * @throws IllegalArgumentException when the arrays differ in length, a term repeats, or a count is negative
     */
    public static CorpusCounts of(String[] terms, long[] documentFrequencies, long[] termFrequencies, long documents,
                                  long prunedTerms) {
        int n = terms.length;
        if (documentFrequencies.length != n || termFrequencies.length != n) {
            throw new IllegalArgumentException("terms and their frequencies differ in number");
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> terms[a].compareTo(terms[b]));
        String[] sortedTerms = new String[n];
        long[] df = new long[n];
        long[] tf = new long[n];
        for (int i = 0; i < n; i++) {
            sortedTerms[i] = terms[order[i]];
            df[i] = documentFrequencies[order[i]];
            tf[i] = termFrequencies[order[i]];
        }
        CorpusCounts counts = new CorpusCounts(sortedTerms, df, tf, documents, prunedTerms);
        counts.check();
        return counts;
    }

    /** These counts plus {@code other}'s: the same whichever is {@code this}. */
    public CorpusCounts merge(CorpusCounts other) {
        int capacity = terms.length + other.terms.length;
        String[] mergedTerms = new String[capacity];
        long[] df = new long[capacity];
        long[] tf = new long[capacity];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < terms.length || j < other.terms.length) {
            int c = i == terms.length ? 1 : j == other.terms.length ? -1 : terms[i].compareTo(other.terms[j]);
            if (c <= 0) {
                mergedTerms[n] = terms[i];
                df[n] = documentFrequencies[i];
                tf[n] = termFrequencies[i];
                i++;
            }
            if (c >= 0) {
                mergedTerms[n] = other.terms[j];
                df[n] += other.documentFrequencies[j];
                tf[n] += other.termFrequencies[j];
                j++;
            }
            n++;
        }
        return new CorpusCounts(Arrays.copyOf(mergedTerms, n), Arrays.copyOf(df, n), Arrays.copyOf(tf, n),
                documents + other.documents, prunedTerms + other.prunedTerms);
    }

    /** The number of distinct terms. */
    public int size() {
        return terms.length;
    }

    /** The {@code i}-th term in UTF-16 order. */
    public String term(int i) {
        return terms[i];
    }

    /** In how many documents the {@code i}-th term occurs. */
    public long documentFrequency(int i) {
        return documentFrequencies[i];
    }

    /** How often the {@code i}-th term occurs in all. */
    public long termFrequency(int i) {
        return termFrequencies[i];
    }

    /** The number of documents counted. */
    public long documents() {
        return documents;
    }

    /** How many times a memory cap dropped a term while counting; 0 when every count is exact. */
    public long prunedTerms() {
        return prunedTerms;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CorpusCounts c && documents == c.documents && prunedTerms == c.prunedTerms
                && Arrays.equals(terms, c.terms) && Arrays.equals(documentFrequencies, c.documentFrequencies)
                && Arrays.equals(termFrequencies, c.termFrequencies);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(terms) * 31 + Long.hashCode(documents);
    }

    @Override
    public String toString() {
        return "CorpusCounts[" + terms.length + " terms, " + documents + " documents]";
    }

    private void check() {
        if (terms.length != documentFrequencies.length || terms.length != termFrequencies.length) {
            throw new IllegalArgumentException("terms and their frequencies differ in number");
        }
        if (documents < 0 || prunedTerms < 0) {
            throw new IllegalArgumentException("negative document or pruned-term count");
        }
        for (int i = 0; i < terms.length; i++) {
            if (i > 0 && terms[i - 1].compareTo(terms[i]) >= 0) {
                throw new IllegalArgumentException("the term \"" + terms[i] + "\" is listed twice");
            }
            if (documentFrequencies[i] < 0 || termFrequencies[i] < documentFrequencies[i]) {
                throw new IllegalArgumentException("the term \"" + terms[i] + "\" has impossible counts: df "
                        + documentFrequencies[i] + ", tf " + termFrequencies[i]);
            }
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            check();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidObjectException("corrupt corpus counts: " + e.getMessage());
        }
    }
}

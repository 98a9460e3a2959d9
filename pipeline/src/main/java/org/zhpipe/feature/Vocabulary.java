package org.zhpipe.feature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhpipe.stage.FitException;

/**
 * The terms a fitted vector stage knows, each with its index (its dimension) and its document frequency in the
 * corpus it was fitted on, and that corpus's number of documents. Immutable and thread-safe.
 *
 * <p>{@link #select} picks the terms exactly as scikit-learn's {@code CountVectorizer.fit} does: every counted term,
 * sorted by code point; those whose document frequency lies outside [{@code minDf}, {@code maxDf}] dropped; of the
 * rest, the {@code maxFeatures} with the highest total frequency kept (with {@code binary}, the highest document
 * frequency, as scikit-learn counts after binarizing; ties by term order, where scikit-learn 1.2's unstable sort
 * leaves them to chance); indices numbered in term order.
 */
public final class Vocabulary {
    private final String[] terms;
    private final long[] documentFrequencies;
    private final long documents;
    private final long prunedTerms;
    /**
     * Open addressing over the terms: {@code slots[s]} is a term's index + 1 (0: free), {@code hashes[s]} its hash,
     * so a lookup reads two int arrays and compares one string, with no boxed index and no node per term.
     */
    private final int[] slots;
    private final int[] hashes;

    /**
     * @param terms               terms in index order, without duplicates
     * @param documentFrequencies each term's document frequency
     * @param documents           the number of documents fitted on
     * @param prunedTerms         how many times the memory cap dropped a term while counting (0: every count is exact)
     */
    public Vocabulary(List<String> terms, long[] documentFrequencies, long documents, long prunedTerms) {
        if (terms.size() != documentFrequencies.length) {
            throw new IllegalArgumentException("terms and document frequencies differ in number");
        }
        this.terms = terms.toArray(String[]::new);
        this.documentFrequencies = documentFrequencies.clone();
        this.documents = documents;
        this.prunedTerms = prunedTerms;
        int capacity = Integer.highestOneBit(Math.max(4, this.terms.length * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.hashes = new int[capacity];
        for (int i = 0; i < this.terms.length; i++) {
            String term = this.terms[i];
            int hash = mix(term.hashCode());
            int mask = capacity - 1;
            int slot = hash & mask;
            while (slots[slot] != 0) {
                if (hashes[slot] == hash && this.terms[slots[slot] - 1].equals(term)) {
                    throw new IllegalArgumentException("the term \"" + term + "\" occurs twice");
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
            hashes[slot] = hash;
        }
    }

    /**
     * The vocabulary scikit-learn would learn from {@code counts} (see the class comment).
     *
     * @param maxFeatures the most terms kept, 0 for all
     * @param binary      whether documents count each term once, so that {@code maxFeatures} ranks by document
     *                    frequency
     * @throws FitException when there are no documents, no terms, or none is left after pruning
     */
    public static Vocabulary select(TermCounts counts, DfBound minDf, DfBound maxDf, int maxFeatures,
                                    boolean binary) {
        long n = counts.documents();
        if (n == 0) {
            throw new FitException("the corpus has no documents: give at least one");
        }
        if (counts.size() == 0) {
            throw new FitException("the corpus has no terms: every document came out of the pipeline without "
                    + "tokens (are all its words stopwords?)");
        }
        double high = maxDf.limit(n);
        double low = minDf.limit(n);
        if (high < low) {
            throw new FitException("maxDf (" + maxDf + ", i.e. " + high + " of " + n + " documents) is below minDf ("
                    + minDf + ", i.e. " + low + "): raise maxDf or lower minDf");
        }
        String[] sorted = new String[counts.size()];
        int[] k = {0};
        counts.forEach((term, d, t) -> sorted[k[0]++] = term);
        Arrays.sort(sorted, CodePointOrder::compare);
        long[] df = new long[sorted.length];
        long[] tf = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            int slot = counts.slotOf(sorted[i]);
            df[i] = counts.documentFrequencyAt(slot);
            tf[i] = binary ? df[i] : counts.termFrequencyAt(slot);
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            if (df[i] >= low && df[i] <= high) {
                kept.add(i);
            }
        }
        if (maxFeatures > 0 && kept.size() > maxFeatures) {
            List<Integer> byFrequency = new ArrayList<>(kept);
            byFrequency.sort((a, b) -> Long.compare(tf[b], tf[a])); // stable: ties stay in term order
            boolean[] keep = new boolean[sorted.length];
            for (int i = 0; i < maxFeatures; i++) {
                keep[byFrequency.get(i)] = true;
            }
            kept.removeIf(i -> !keep[i]);
        }
        if (kept.isEmpty()) {
            throw new FitException("no term is left after pruning by document frequency (minDf " + minDf + ", maxDf "
                    + maxDf + ", over " + n + " documents): lower minDf or raise maxDf");
        }
        List<String> selected = new ArrayList<>(kept.size());
        long[] selectedDf = new long[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            selected.add(sorted[kept.get(i)]);
            selectedDf[i] = df[kept.get(i)];
        }
        return new Vocabulary(selected, selectedDf, n, counts.prunedTerms());
    }

    /** A vocabulary given by the user, in its order, with document frequencies from {@code counts}. */
    public static Vocabulary fixed(List<String> terms, TermCounts counts) {
        if (counts.documents() == 0) {
            throw new FitException("the corpus has no documents: give at least one");
        }
        long[] df = new long[terms.size()];
        for (int i = 0; i < df.length; i++) {
            df[i] = counts.documentFrequency(terms.get(i));
        }
        return new Vocabulary(terms, df, counts.documents(), counts.prunedTerms());
    }

    /** The number of terms (dimensions). */
    public int size() {
        return terms.length;
    }

    public String term(int index) {
        return terms[index];
    }

    /** The index of {@code term}, or -1. */
    public int indexOf(String term) {
        int hash = mix(term.hashCode());
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int index = slots[slot];
            if (index == 0) {
                return -1;
            }
            if (hashes[slot] == hash && terms[index - 1].equals(term)) {
                return index - 1;
            }
        }
    }

    /** Spreads a string hash's high bits into the low ones that pick a slot. */
    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    public long documentFrequency(int index) {
        return documentFrequencies[index];
    }

    /** The number of documents the vocabulary was fitted on. */
    public long documents() {
        return documents;
    }

    /** How many times the memory cap dropped a term while counting; 0 when every count is exact. */
    public long prunedTerms() {
        return prunedTerms;
    }

    /** The terms in index order. */
    public List<String> terms() {
        return List.of(terms);
    }
}

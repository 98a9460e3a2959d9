package org.zhpipe.feature;

import java.util.Arrays;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.CorpusCounts;
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * Counts, for every term (n-gram) of a corpus, its document frequency (in how many documents it occurs) and its
 * total frequency, plus the number of documents: what {@code bow}, {@code tfidf} and {@code keywords} learn. Memory
 * grows with the vocabulary, not the corpus: an open-addressing table of terms and primitive counters.
 *
 * <p><b>Memory cap.</b> When more than {@code pruneAt} distinct terms are held, those in the fewest documents are
 * dropped until three quarters of {@code pruneAt} remain (ties in the table's order, the same on every run) —
 * gensim's {@code prune_at}. A dropped term that comes back starts from zero, so counts are then approximate for rare terms
 * and depend on how the corpus was split into parts (the batch size, never the number of threads, in
 * {@code zhpipe fit}); {@link #prunedTerms()} says how many times a term was dropped.
 *
 * <p>Mergeable: count parts of a corpus in separate instances (one per thread) and {@link #merge} them in corpus
 * order, or ship them to another JVM as {@link #counts()} and {@link #add(CorpusCounts) add} them there. Not
 * thread-safe.
 */
public final class TermCounts implements FitAccumulator {
    private final Object owner;
    private final NGrams ngrams;
    private final int pruneAt;
    /** An odd multiplier, a bijection on slots modulo any power of two, and its inverse. */
    private static final long SCRAMBLE = 0x9E3779B97F4A7C15L;
    private static final long UNSCRAMBLE = inverse(SCRAMBLE);

    private final Consumer<String> counter = this::count;

    /** Open addressing: the term in each slot, null when the slot is free. */
    private @Nullable String[] keys = new String[16];
    private long[] df = new long[16];
    private long[] tf = new long[16];
    private long[] lastDocument = new long[16];
    private int size;
    private long documents;
    private long prunedTerms;

    /**
     * @param owner   the estimator the counts are for: only counts with the same owner merge
     * @param ngrams  the terms counted
     * @param pruneAt the most distinct terms held, at least 1
     */
    public TermCounts(Object owner, NGrams ngrams, int pruneAt) {
        if (pruneAt < 1) {
            throw new IllegalArgumentException("pruneAt must be at least 1, not " + pruneAt);
        }
        this.owner = owner;
        this.ngrams = ngrams;
        this.pruneAt = pruneAt;
    }

    @Override
    public void add(Tokens tokens, Text text) {
        documents++;
        ngrams.forEach(tokens, counter);
        if (size > pruneAt) {
            prune();
        }
    }

    private void count(String term) {
        int slot = slot(term);
        if (keys[slot] == null) {
            slot = insert(slot, term);
        }
        tf[slot]++;
        if (lastDocument[slot] != documents) {
            lastDocument[slot] = documents;
            df[slot]++;
        }
    }

    @Override
    public void merge(FitAccumulator later) {
        if (!(later instanceof TermCounts other) || other.owner != owner) {
            throw new IllegalArgumentException("counts of another estimator cannot be merged");
        }
        for (int i = 0; i < other.keys.length; i++) {
            String term = other.keys[i];
            if (term == null) {
                continue;
            }
            int slot = slot(term);
            if (keys[slot] == null) {
                slot = insert(slot, term);
            }
            df[slot] += other.df[i];
            tf[slot] += other.tf[i];
        }
        documents += other.documents;
        prunedTerms += other.prunedTerms;
        if (size > pruneAt) {
            prune();
        }
    }

    @Override
    public CorpusCounts counts() {
        String[] terms = new String[size];
        long[] documentFrequencies = new long[size];
        long[] termFrequencies = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                terms[n] = keys[i];
                documentFrequencies[n] = df[i];
                termFrequencies[n] = tf[i];
                n++;
            }
        }
        return CorpusCounts.of(terms, documentFrequencies, termFrequencies, documents, prunedTerms);
    }

    @Override
    public void add(CorpusCounts later) {
        for (int i = 0; i < later.size(); i++) {
            String term = later.term(i);
            int slot = slot(term);
            if (keys[slot] == null) {
                slot = insert(slot, term);
            }
            df[slot] += later.documentFrequency(i);
            tf[slot] += later.termFrequency(i);
        }
        documents += later.documents();
        prunedTerms += later.prunedTerms();
        if (size > pruneAt) {
            prune();
        }
    }

    /** Whether these are counts for {@code estimator}. */
    public boolean countsFor(Object estimator) {
        return owner == estimator;
    }

    @Override
    public long documents() {
        return documents;
    }

    /** Distinct terms held. */
    public int size() {
        return size;
    }

    /**
     * How many times the memory cap dropped a term so far (a term that comes back and is dropped again counts again);
     * 0 means every count is exact.
     */
    public long prunedTerms() {
        return prunedTerms;
    }

    /** The document frequency of {@code term}, 0 when it was not seen. */
    public long documentFrequency(String term) {
        int slot = slot(term);
        return keys[slot] == null ? 0 : df[slot];
    }

    /** The longest run of occupied slots: what a lookup may have to walk (for tests). */
    int longestRun() {
        int longest = 0;
        int run = 0;
        for (String key : keys) {
            run = key == null ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The slot of a term that was counted. */
    int slotOf(String term) {
        int slot = slot(term);
        if (keys[slot] == null) {
            throw new IllegalArgumentException("not counted: " + term);
        }
        return slot;
    }

    long documentFrequencyAt(int slot) {
        return df[slot];
    }

    long termFrequencyAt(int slot) {
        return tf[slot];
    }

    /** Calls {@code sink} once per distinct term, in no particular order. */
    public void forEach(TermSink sink) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                sink.accept(keys[i], df[i], tf[i]);
            }
        }
    }

    /** Receives a term with its document frequency and total frequency. */
    @FunctionalInterface
    public interface TermSink {
        void accept(String term, long documentFrequency, long termFrequency);
    }

    private int slot(String term) {
        int mask = keys.length - 1;
        int slot = mix(term.hashCode()) & mask;
        while (keys[slot] != null && !keys[slot].equals(term)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The inverse of an odd number modulo 2^64, by Newton's iteration. */
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    /** MurmurHash3's finalizer: every bit of the hash code moves every bit of the slot. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** Stores {@code term} in the empty {@code slot}; returns its slot, which moves when the table grows. */
    private int insert(int slot, String term) {
        keys[slot] = term;
        size++;
        if (size * 4 > keys.length * 3) {
            rehash(keys.length * 2);
            return slot(term);
        }
        return slot;
    }

    private void rehash(int capacity) {
        @Nullable String[] oldKeys = keys;
        long[] oldDf = df;
        long[] oldTf = tf;
        long[] oldLast = lastDocument;
        keys = new String[capacity];
        df = new long[capacity];
        tf = new long[capacity];
        lastDocument = new long[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                df[slot] = oldDf[i];
                tf[slot] = oldTf[i];
                lastDocument[slot] = oldLast[i];
            }
        }
    }

    /**
     * Keeps the three quarters of {@code pruneAt} terms in the most documents: one primitive sort of (document
     * frequency, scrambled slot) keys. Ties go by the scrambled slot, an order that is the same on every run but
     * unrelated to where terms sit in the table: keeping the terms of the highest slots would pack them into one end
     * of the table, and linear probing would crawl through that cluster.
     */
    private void prune() {
        int keep = Math.max(1, pruneAt - pruneAt / 4);
        int slotBits = Integer.numberOfTrailingZeros(keys.length); // the capacity is a power of two
        long slotMask = (1L << slotBits) - 1;
        long maxDf = (1L << (63 - slotBits)) - 1;
        long[] order = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                order[n++] = Math.min(df[i], maxDf) << slotBits | (i * SCRAMBLE & slotMask);
            }
        }
        Arrays.sort(order);
        @Nullable String[] oldKeys = keys;
        long[] oldDf = df;
        long[] oldTf = tf;
        long[] oldLast = lastDocument;
        int capacity = Integer.highestOneBit(Math.max(16, keep * 2 - 1)) << 1;
        keys = new String[capacity];
        df = new long[capacity];
        tf = new long[capacity];
        lastDocument = new long[capacity];
        for (int k = n - keep; k < n; k++) {
            int i = (int) ((order[k] & slotMask) * UNSCRAMBLE & slotMask);
            int slot = slot(oldKeys[i]);
            keys[slot] = oldKeys[i];
            df[slot] = oldDf[i];
            tf[slot] = oldTf[i];
            lastDocument[slot] = oldLast[i];
        }
        prunedTerms += size - keep;
        size = keep;
    }
}

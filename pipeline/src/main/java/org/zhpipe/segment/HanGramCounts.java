package org.zhpipe.segment;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.CorpusCounts;
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.text.Scripts;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * The counts new-word discovery learns from: for every string of 1 to {@code maxLength + 1} code points inside a run
 * of Han characters of a document's current text (never across a non-Han character: punctuation, Latin, digits,
 * white space), how often it occurs and in how many documents; and the number of Han characters. The strings one
 * longer than a candidate give its neighbours, the single characters its parts' probabilities.
 *
 * <p><b>Memory cap.</b> When more than {@code pruneAt} distinct strings are held, those occurring least are dropped
 * until three quarters of {@code pruneAt} remain (gensim's {@code prune_at}, as TF-IDF's counts do); counts of rare
 * strings are then approximate, and {@link #prunedTerms()} says how many were dropped.
 *
 * <p>Mergeable: count parts of a corpus in separate instances and {@link #merge} them in corpus order. Not
 * thread-safe.
 */
public final class HanGramCounts implements FitAccumulator {
    private static final long SCRAMBLE = 0x9E3779B97F4A7C15L;

    private final Object owner;
    private final int longest;
    private final int pruneAt;
    private @Nullable String[] keys = new String[1024];
    private long[] counts = new long[1024];
    private long[] documentCounts = new long[1024];
    private long[] lastDocument = new long[1024];
    private int size;
    private long documents;
    private long hanCharacters;
    private long prunedTerms;

    /**
     * @param owner    what the counts are for: only counts with the same owner merge
     * @param settings the longest candidate (strings one longer are counted) and the memory cap
     */
    public HanGramCounts(Object owner, DiscoverySettings settings) {
        this.owner = owner;
        this.longest = settings.maxLength() + 1;
        this.pruneAt = settings.pruneAt();
    }

    /** Whether these counts were made for {@code estimator}. */
    public boolean countsFor(Object estimator) {
        return owner == estimator;
    }

    @Override
    public void add(Tokens tokens, Text text) {
        add(text.current());
    }

    /** Counts one document's text. */
    public void add(String text) {
        documents++;
        int[] run = new int[64];
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Scripts.isHan(cp)) {
                if (length == run.length) {
                    run = Arrays.copyOf(run, length * 2);
                }
                run[length++] = cp;
            } else if (length > 0) {
                countRun(run, length);
                length = 0;
            }
        }
        if (length > 0) {
            countRun(run, length);
        }
        if (size > pruneAt) {
            prune();
        }
    }

    private void countRun(int[] run, int length) {
        hanCharacters += length;
        for (int start = 0; start < length; start++) {
            int end = Math.min(length, start + longest);
            for (int stop = start + 1; stop <= end; stop++) {
                count(new String(run, start, stop - start), 1, 1, documents);
            }
        }
    }

    private void count(String gram, long count, long documentCount, long document) {
        int slot = slot(gram);
        if (keys[slot] == null) {
            if (size + 1 > keys.length / 2) {
                grow();
                slot = slot(gram);
            }
            keys[slot] = gram;
            size++;
        }
        counts[slot] += count;
        if (document < 0) {
            documentCounts[slot] += documentCount;
        } else if (lastDocument[slot] != document) {
            lastDocument[slot] = document;
            documentCounts[slot]++;
        }
    }

    private int slot(String gram) {
        int mask = keys.length - 1;
        int slot = (int) ((gram.hashCode() * SCRAMBLE) >>> 40) & mask;
        while (true) {
            String key = keys[slot];
            if (key == null || key.equals(gram)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldCounts = counts;
        long[] oldDocuments = documentCounts;
        long[] oldLast = lastDocument;
        int capacity = oldKeys.length * 2;
        keys = new String[capacity];
        counts = new long[capacity];
        documentCounts = new long[capacity];
        lastDocument = new long[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            String key = oldKeys[i];
            if (key != null) {
                int slot = slot(key);
                keys[slot] = key;
                counts[slot] = oldCounts[i];
                documentCounts[slot] = oldDocuments[i];
                lastDocument[slot] = oldLast[i];
            }
        }
    }

    /** Drops the rarest strings until three quarters of {@code pruneAt} remain. */
    private void prune() {
        int target = pruneAt / 4 * 3;
        long floor = 1;
        while (size > target) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != null && counts[i] <= floor) {
                    keys[i] = null;
                    size--;
                    prunedTerms++;
                }
            }
            floor++;
        }
        rehash();
    }

    private void rehash() {
        String[] oldKeys = keys;
        long[] oldCounts = counts;
        long[] oldDocuments = documentCounts;
        long[] oldLast = lastDocument;
        keys = new String[oldKeys.length];
        counts = new long[oldKeys.length];
        documentCounts = new long[oldKeys.length];
        lastDocument = new long[oldKeys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            String key = oldKeys[i];
            if (key != null) {
                int slot = slot(key);
                keys[slot] = key;
                counts[slot] = oldCounts[i];
                documentCounts[slot] = oldDocuments[i];
                lastDocument[slot] = oldLast[i];
            }
        }
    }

    /** How often {@code gram} occurred, 0 when never (or pruned). */
    public long count(String gram) {
        int slot = slot(gram);
        return keys[slot] == null ? 0 : counts[slot];
    }

    /** In how many documents {@code gram} occurred. */
    public long documentCount(String gram) {
        int slot = slot(gram);
        return keys[slot] == null ? 0 : documentCounts[slot];
    }

    /** The number of Han characters counted: the denominator of every probability. */
    public long hanCharacters() {
        return hanCharacters;
    }

    /** Calls {@code visitor} with every string held and its count, in no particular order. */
    public void forEach(GramVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            if (key != null) {
                visitor.visit(key, counts[i]);
            }
        }
    }

    /** A string and its count. */
    @FunctionalInterface
    public interface GramVisitor {
        void visit(String gram, long count);
    }

    /** The number of distinct strings held. */
    public int size() {
        return size;
    }

    /** How many times a string was dropped by the memory cap. */
    public long prunedTerms() {
        return prunedTerms;
    }

    @Override
    public long documents() {
        return documents;
    }

    @Override
    public void merge(FitAccumulator later) {
        if (!(later instanceof HanGramCounts other) || other.owner != owner) {
            throw new IllegalArgumentException("counts of another estimator: merge accumulators that the same "
                    + "estimator made");
        }
        for (int i = 0; i < other.keys.length; i++) {
            String key = other.keys[i];
            if (key != null) {
                count(key, other.counts[i], other.documentCounts[i], -1);
            }
        }
        documents += other.documents;
        hanCharacters += other.hanCharacters;
        prunedTerms += other.prunedTerms;
        if (size > pruneAt) {
            prune();
        }
    }

    /**
     * What was counted, as terms with their document and total counts; the number of Han characters travels as the
     * empty term's count.
     */
    @Override
    public CorpusCounts counts() {
        String[] terms = new String[size + 1];
        long[] df = new long[size + 1];
        long[] tf = new long[size + 1];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            if (key != null) {
                terms[n] = key;
                df[n] = documentCounts[i];
                tf[n] = counts[i];
                n++;
            }
        }
        terms[n] = "";
        tf[n] = hanCharacters;
        return CorpusCounts.of(terms, df, tf, documents, prunedTerms);
    }

    @Override
    public void add(CorpusCounts later) {
        for (int i = 0; i < later.size(); i++) {
            String term = later.term(i);
            if (term.isEmpty()) {
                hanCharacters += later.termFrequency(i);
            } else {
                count(term, later.termFrequency(i), later.documentFrequency(i), -1);
            }
        }
        documents += later.documents();
        prunedTerms += later.prunedTerms();
        if (size > pruneAt) {
            prune();
        }
    }
}

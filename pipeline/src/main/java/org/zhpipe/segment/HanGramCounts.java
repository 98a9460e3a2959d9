package org.zhpipe.segment;

import java.util.Arrays;
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
 * <p>A string is held as its code points packed 18 bits each into 128 bits (Han code points lie below 2<sup>18</sup>;
 * 0 marks the end), in an open-addressing table of one primitive array, each slot's key and counts side by side (one
 * cache line per probe): no object per string.
 *
 * <p><b>Memory cap.</b> When more than {@code pruneAt} distinct strings are held, those occurring least are dropped
 * until three quarters of {@code pruneAt} remain (gensim's {@code prune_at}, as TF-IDF's counts do); counts of rare
 * strings are then approximate, and {@link #prunedTerms()} says how many were dropped.
 *
 * <p>Mergeable: count parts of a corpus in separate instances and {@link #merge} them in corpus order. Not
 * thread-safe.
 */
public final class HanGramCounts implements FitAccumulator {
    /** Bits per code point in a key. */
    static final int BITS = 18;
    /** The most code points a key holds. */
    static final int MAX_LENGTH = 7;
    private static final long MASK = (1L << BITS) - 1;

    private final Object owner;
    private final int longest;
    private final int pruneAt;
    /** Longs per slot: the key's two halves, the count, the document count, the last document counted. */
    private static final int STRIDE = 5;
    private static final int LOW = 0;
    private static final int HIGH = 1;
    private static final int COUNT = 2;
    private static final int DOCUMENTS = 3;
    private static final int LAST = 4;
    /** Open addressing, {@link #STRIDE} longs per slot; a slot is free when its count is 0. */
    private long[] table = new long[1024 * STRIDE];
    private int capacity = 1024;
    private int size;
    private long documents;
    private long hanCharacters;
    private long prunedTerms;
    private int[] run = new int[64];

    /**
     * @param owner    what the counts are for: only counts with the same owner merge
     * @param settings the longest candidate (strings one longer are counted) and the memory cap
     */
    public HanGramCounts(Object owner, DiscoverySettings settings) {
        this.owner = owner;
        this.longest = settings.maxLength() + 1;
        this.pruneAt = settings.pruneAt();
        if (longest > MAX_LENGTH) {
            throw new IllegalArgumentException("maxLength must be at most " + (MAX_LENGTH - 1));
        }
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
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp <= MASK && Scripts.isHan(cp)) {
                if (length == run.length) {
                    run = Arrays.copyOf(run, length * 2);
                }
                run[length++] = cp;
            } else if (length > 0) {
                countRun(length);
                length = 0;
            }
        }
        if (length > 0) {
            countRun(length);
        }
        if (size > pruneAt) {
            prune();
        }
    }

    private void countRun(int length) {
        hanCharacters += length;
        for (int start = 0; start < length; start++) {
            int end = Math.min(length, start + longest);
            long k0 = 0;
            long k1 = 0;
            for (int at = start, field = 0; at < end; at++, field++) {
                long cp = run[at];
                int bit = field * BITS;
                if (bit + BITS <= 64) {
                    k0 |= cp << bit;
                } else if (bit >= 64) {
                    k1 |= cp << (bit - 64);
                } else {
                    k0 |= cp << bit;
                    k1 |= cp >>> (64 - bit);
                }
                count(k0, k1, 1, 1, documents);
            }
        }
    }

    private void count(long k0, long k1, long count, long documentCount, long document) {
        int at = slot(k0, k1) * STRIDE;
        long[] t = table;
        if (t[at + COUNT] == 0) {
            if (size + 1 > capacity / 2) {
                rehash(capacity * 2);
                t = table;
                at = slot(k0, k1) * STRIDE;
            }
            t[at + LOW] = k0;
            t[at + HIGH] = k1;
            size++;
        }
        t[at + COUNT] += count;
        if (document < 0) {
            t[at + DOCUMENTS] += documentCount;
        } else if (t[at + LAST] != document) {
            t[at + LAST] = document;
            t[at + DOCUMENTS]++;
        }
    }

    /** The slot of a key: where it is, or the free slot where it would go. */
    private int slot(long k0, long k1) {
        int mask = capacity - 1;
        long h = (k0 * 0x9E3779B97F4A7C15L) ^ (k1 * 0xC2B2AE3D27D4EB4FL);
        int slot = (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
        long[] t = table;
        while (true) {
            int at = slot * STRIDE;
            if (t[at + COUNT] == 0 || t[at + LOW] == k0 && t[at + HIGH] == k1) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void rehash(int newCapacity) {
        long[] old = table;
        table = new long[newCapacity * STRIDE];
        capacity = newCapacity;
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at + COUNT] != 0) {
                System.arraycopy(old, at, table, slot(old[at + LOW], old[at + HIGH]) * STRIDE, STRIDE);
            }
        }
    }

    /** Drops the rarest strings until three quarters of {@code pruneAt} remain. */
    private void prune() {
        int target = pruneAt / 4 * 3;
        long floor = 1;
        while (size > target) {
            for (int at = COUNT; at < table.length; at += STRIDE) {
                if (table[at] != 0 && table[at] <= floor) {
                    table[at] = 0;
                    size--;
                    prunedTerms++;
                }
            }
            floor++;
        }
        rehash(capacity);
    }

    // ---- keys

    /** The key of {@code gram}, or null when it is not 1 to {@link #MAX_LENGTH} Han code points. */
    private static long @org.jspecify.annotations.Nullable [] key(String gram) {
        long k0 = 0;
        long k1 = 0;
        int field = 0;
        for (int i = 0; i < gram.length(); field++) {
            int cp = gram.codePointAt(i);
            i += Character.charCount(cp);
            if (field >= MAX_LENGTH || cp > MASK || cp == 0) {
                return null;
            }
            int bit = field * BITS;
            if (bit + BITS <= 64) {
                k0 |= (long) cp << bit;
            } else if (bit >= 64) {
                k1 |= (long) cp << (bit - 64);
            } else {
                k0 |= (long) cp << bit;
                k1 |= (long) cp >>> (64 - bit);
            }
        }
        return field == 0 ? null : new long[] {k0, k1};
    }

    /** The code point in field {@code field} of a key, 0 past its end. */
    static int field(long k0, long k1, int field) {
        int bit = field * BITS;
        if (bit + BITS <= 64) {
            return (int) ((k0 >>> bit) & MASK);
        } else if (bit >= 64) {
            return (int) ((k1 >>> (bit - 64)) & MASK);
        }
        return (int) (((k0 >>> bit) | (k1 << (64 - bit))) & MASK);
    }

    /** The number of code points of a key. */
    static int length(long k0, long k1) {
        int n = 0;
        while (n < MAX_LENGTH && field(k0, k1, n) != 0) {
            n++;
        }
        return n;
    }

    /** The low 64 bits of the key of the first {@code length} code points. */
    static long prefixLow(long k0, int length) {
        int bits = length * BITS;
        return bits >= 64 ? k0 : k0 & ((1L << bits) - 1);
    }

    /** The high 64 bits of the key of the first {@code length} code points. */
    static long prefixHigh(long k1, int length) {
        int bits = length * BITS - 64;
        return bits <= 0 ? 0 : k1 & ((1L << bits) - 1);
    }

    /** The low 64 bits of the key without its first {@code drop} code points. */
    static long suffixLow(long k0, long k1, int drop) {
        int s = drop * BITS;
        if (s == 0) {
            return k0;
        }
        return s < 64 ? (k0 >>> s) | (k1 << (64 - s)) : k1 >>> (s - 64);
    }

    /** The high 64 bits of the key without its first {@code drop} code points. */
    static long suffixHigh(long k1, int drop) {
        int s = drop * BITS;
        return s < 64 ? k1 >>> s : 0;
    }

    /** The string of a key. */
    static String gram(long k0, long k1) {
        StringBuilder s = new StringBuilder(14);
        for (int f = 0; f < MAX_LENGTH; f++) {
            int cp = field(k0, k1, f);
            if (cp == 0) {
                break;
            }
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    // ---- reading, for WordDiscovery

    /** The table's capacity: slots are 0 to capacity − 1. */
    int capacity() {
        return capacity;
    }

    /** The count at {@code slot}, 0 for a free slot. */
    long countAt(int slot) {
        return table[slot * STRIDE + COUNT];
    }

    long lowAt(int slot) {
        return table[slot * STRIDE + LOW];
    }

    long highAt(int slot) {
        return table[slot * STRIDE + HIGH];
    }

    long documentsAt(int slot) {
        return table[slot * STRIDE + DOCUMENTS];
    }

    /** The slot holding the key, or -1. */
    int find(long k0, long k1) {
        int slot = slot(k0, k1);
        return countAt(slot) == 0 ? -1 : slot;
    }

    /** How often a key occurred, 0 when never (or pruned). */
    long count(long k0, long k1) {
        return countAt(slot(k0, k1));
    }

    /** How often {@code gram} occurred, 0 when never (or pruned). */
    public long count(String gram) {
        long[] key = key(gram);
        return key == null ? 0 : count(key[0], key[1]);
    }

    /** In how many documents {@code gram} occurred. */
    public long documentCount(String gram) {
        long[] key = key(gram);
        return key == null ? 0 : documentsAt(slot(key[0], key[1]));
    }

    /** The number of Han characters counted: the denominator of every probability. */
    public long hanCharacters() {
        return hanCharacters;
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
        long[] t = other.table;
        for (int at = 0; at < t.length; at += STRIDE) {
            if (t[at + COUNT] != 0) {
                count(t[at + LOW], t[at + HIGH], t[at + COUNT], t[at + DOCUMENTS], -1);
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
        for (int at = 0; at < table.length; at += STRIDE) {
            if (table[at + COUNT] != 0) {
                terms[n] = gram(table[at + LOW], table[at + HIGH]);
                df[n] = table[at + DOCUMENTS];
                tf[n] = table[at + COUNT];
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
                continue;
            }
            long[] key = key(term);
            if (key == null) {
                throw new IllegalArgumentException("\"" + term + "\" is not a string of 1 to " + MAX_LENGTH
                        + " Han characters: counts of another kind");
            }
            count(key[0], key[1], later.termFrequency(i), later.documentFrequency(i), -1);
        }
        documents += later.documents();
        prunedTerms += later.prunedTerms();
        if (size > pruneAt) {
            prune();
        }
    }
}

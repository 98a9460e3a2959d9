package org.zhpipe.feature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Inverse document frequencies by term, for weighing a document's terms by tf × idf as jieba's keyword extraction
 * does ({@code jieba.analyse.extract_tags}). A term the table lacks gets the table's {@link #median()}, jieba's rule
 * for unknown words ({@code jieba/analyse/tfidf.py}: {@code idf_freq.get(w, median_idf)}).
 *
 * <p>Sources: the bundled table ({@link #bundled}: {@code jieba}, jieba 0.42.1's {@code idf.txt}, 270,132 terms,
 * MIT; provenance in the project's {@code dictionaries/jieba/README.md}), a file in jieba's format ({@link #load}:
 * one {@code term value} per line, UTF-8, {@code #} comments; the value is the last white-space-separated field, so
 * a term may contain spaces), or a map ({@link #of}). Of several entries for one term the last wins, as in jieba
 * (its loader fills a dict line by line). Values are finite and not negative.
 *
 * <p>Immutable and thread-safe; load once and share. The terms are kept in one char pool, found through an
 * open-addressing hash table of ints keyed by {@link String#hashCode} (which a string computes once and caches):
 * jieba's 270k terms take 6.8 MB of heap, where a {@code HashMap<String, Double>} of them takes some 50 MB.
 *
 * <pre>{@code
 * IdfTable idf = IdfTable.bundled("jieba");
 * idf.idf("人工智能");     // 9.45802639549
 * idf.idf("没见过的词");   // not in the table: the median, 11.9547675029
 * IdfTable mine = IdfTable.load(Path.of("my-idf.txt"));
 * }</pre>
 */
public final class IdfTable {
    /** The bundled tables by name, and where they live on the class path. */
    private static final Map<String, String> BUNDLED = Map.of("jieba", "/org/zhpipe/feature/jieba/idf.txt");
    private static final List<String> BUNDLED_NAMES = List.of("jieba");
    /** 2^32 / φ: Fibonacci hashing spreads {@link String#hashCode} over the slots by its high bits. */
    private static final int PHI = 0x9E3779B9;

    /** Term {@code i} is {@code pool[starts[i], starts[i + 1])}, in order of first appearance. */
    private final char[] pool;
    private final int[] starts;
    private final double[] values;
    /** Term index + 1 by hash slot, 0 for an empty slot; a power of two in length, at most three quarters full. */
    private final int[] slots;
    private final int shift;
    private final double median;

    private IdfTable(char[] pool, int[] starts, double[] values, int[] slots, int shift) {
        this.pool = pool;
        this.starts = starts;
        this.values = values;
        this.slots = slots;
        this.shift = shift;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        // jieba: sorted(self.idf_freq.values())[len(self.idf_freq) // 2], the upper middle for an even count
        this.median = sorted[sorted.length / 2];
    }

    /** The names of the bundled tables: {@code jieba}. */
    public static List<String> bundledNames() {
        return BUNDLED_NAMES;
    }

    /**
     * A bundled table, read from the class path: {@code jieba} (jieba 0.42.1's {@code idf.txt}: 270,132 words, values
     * from 0.885 for 的 to 13.9; median 11.9547675029).
     *
     * @throws IllegalArgumentException if {@code name} is not one of {@link #bundledNames()}
     */
    public static IdfTable bundled(String name) {
        String resource = BUNDLED.get(name);
        if (resource == null) {
            throw new IllegalArgumentException("no bundled IDF table \"" + name + "\"; bundled: "
                    + String.join(", ", BUNDLED_NAMES));
        }
        try (InputStream in = IdfTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled IDF table " + resource + " is missing from the jar");
            }
            return of(IdfTableReader.read(in, "bundled IDF table " + name));
        } catch (IOException e) {
            throw new IdfTableException("bundled IDF table " + name, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The table in {@code file}: jieba's format, one {@code term value} per line (see the class comment).
     *
     * @throws IdfTableException naming the file and line, when the file cannot be read, is not UTF-8, has a line
     *     without a value or with one that is not a finite number of 0 or more, or has no entries
     */
    public static IdfTable load(Path file) {
        return of(IdfTableReader.read(file));
    }

    /** The table in the bytes of a file; {@code name} names it in errors, as {@link #load} does the path. */
    static IdfTable parse(byte[] bytes, String name) {
        return of(IdfTableReader.read(bytes, name));
    }

    /**
     * The table of {@code idf}, term → value.
     *
     * @throws IllegalArgumentException if {@code idf} is empty, or has an empty term or a value that is negative,
     *     NaN or infinite
     * @throws NullPointerException if a term or value is null
     */
    public static IdfTable of(Map<String, Double> idf) {
        if (idf.isEmpty()) {
            throw new IllegalArgumentException("an empty IDF table");
        }
        IdfEntries entries = new IdfEntries(idf.size(), idf.size() * 4);
        idf.forEach((term, value) -> {
            if (term.isEmpty()) {
                throw new IllegalArgumentException("an empty term");
            }
            if (!(value >= 0) || value.isInfinite()) {
                throw new IllegalArgumentException("the IDF value of \"" + term + "\" is " + value
                        + "; an IDF is a finite number of 0 or more");
            }
            entries.add(term, value + 0.0);
        });
        return of(entries);
    }

    /** The table of the entries, the last of a term kept (at the place of its first). */
    private static IdfTable of(IdfEntries entries) {
        int[] slots = new int[tableSize(entries.size)];
        int shift = Integer.numberOfLeadingZeros(slots.length) + 1;
        int duplicates = 0;
        for (int i = 0; i < entries.size; i++) {
            int id = insert(entries.pool, entries.starts, i, slots, shift);
            if (id != i) {
                // the term again: its last value wins; this entry is dropped
                entries.values[id] = entries.values[i];
                entries.values[i] = Double.NaN;
                duplicates++;
            }
        }
        int n = entries.size - duplicates;
        char[] pool;
        int[] starts;
        double[] values;
        if (duplicates == 0) {
            pool = Arrays.copyOf(entries.pool, entries.starts[n]);
            starts = Arrays.copyOf(entries.starts, n + 1);
            values = Arrays.copyOf(entries.values, n);
        } else {
            pool = new char[entries.starts[entries.size]];
            starts = new int[n + 1];
            values = new double[n];
            int kept = 0;
            for (int i = 0; i < entries.size; i++) {
                if (!Double.isNaN(entries.values[i])) {
                    int from = entries.starts[i];
                    int length = entries.starts[i + 1] - from;
                    System.arraycopy(entries.pool, from, pool, starts[kept], length);
                    values[kept] = entries.values[i];
                    starts[kept + 1] = starts[kept] + length;
                    kept++;
                }
            }
            pool = Arrays.copyOf(pool, starts[n]);
            slots = new int[tableSize(n)];
            shift = Integer.numberOfLeadingZeros(slots.length) + 1;
            for (int i = 0; i < n; i++) {
                insert(pool, starts, i, slots, shift);
            }
        }
        return new IdfTable(pool, starts, values, slots, shift);
    }

    /** Slots for {@code n} terms: a power of two, at least 2, at most three quarters full. */
    private static int tableSize(int n) {
        long wanted = Math.max(2, n + (n + 2) / 3);
        if (wanted > 1 << 30) {
            throw new IllegalArgumentException("too many terms: " + n);
        }
        return Integer.highestOneBit((int) wanted - 1) << 1;
    }

    /**
     * Puts term {@code i} of {@code pool} in {@code slots}, unless an equal term is there already; returns the index
     * of the term in its slot ({@code i} when it was new).
     */
    private static int insert(char[] pool, int[] starts, int i, int[] slots, int shift) {
        int from = starts[i];
        int to = starts[i + 1];
        int hash = 0;
        for (int c = from; c < to; c++) {
            hash = 31 * hash + pool[c];
        }
        int mask = slots.length - 1;
        for (int s = (hash * PHI) >>> shift; ; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (id < 0) {
                slots[s] = i + 1;
                return i;
            }
            if (starts[id + 1] - starts[id] == to - from && Arrays.equals(pool, starts[id], starts[id + 1], pool,
                    from, to)) {
                return id;
            }
        }
    }

    /** The index of {@code term}, or -1. */
    private int find(String term) {
        int length = term.length();
        int mask = slots.length - 1;
        for (int s = (term.hashCode() * PHI) >>> shift; ; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (id < 0) {
                return -1;
            }
            int from = starts[id];
            if (starts[id + 1] - from == length && matches(from, term, length)) {
                return id;
            }
        }
    }

    private boolean matches(int from, String term, int length) {
        for (int i = 0; i < length; i++) {
            if (pool[from + i] != term.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The IDF of {@code term}, or {@link #median()} when the table lacks it (jieba's rule for unknown words). */
    public double idf(String term) {
        int id = find(term);
        return id < 0 ? median : values[id];
    }

    /** Whether the table has {@code term} (exactly: no case folding or normalization). */
    public boolean contains(String term) {
        return find(term) >= 0;
    }

    /**
     * The median of the values, as jieba computes it: the element at index {@code size() / 2} of the values sorted
     * in ascending order (so the upper of the two middle ones for an even count).
     */
    public double median() {
        return median;
    }

    /** The number of distinct terms. */
    public int size() {
        return values.length;
    }

    /** Bytes of the arrays, roughly. */
    long footprintBytes() {
        return pool.length * 2L + starts.length * 4L + values.length * 8L + slots.length * 4L;
    }

    @Override
    public String toString() {
        return "IdfTable[" + size() + " terms, median " + median + "]";
    }
}

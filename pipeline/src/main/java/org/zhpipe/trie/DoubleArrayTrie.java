package org.zhpipe.trie;

import java.util.Arrays;

/**
 * An immutable double-array trie (Aoe, 1989) over UTF-16 code units: maps each key to an index, and walks a text
 * position in one pass, one char after another, to find the keys that are prefixes of it. Keys never contain
 * unpaired surrogates, so a match never ends inside a surrogate pair of the text. Thread-safe.
 *
 * <p>Layout. Chars are first renumbered ({@code codes}; 0 for chars no key has): those that start a key get 1 to
 * {@code firstChars}, the others the next numbers, each group most frequent first; so a node's children lie close
 * together although CJK chars are far apart, and the root's children are exactly cells {@code ROOT_BASE + 1} to
 * {@code ROOT_BASE + firstChars}, found without a check. {@code cells[4s]} is the base of node {@code s} (0 when it
 * has no children, else at least 1), {@code cells[4s + 1]} its parent (the check), {@code cells[4s + 2]} the index
 * of the key ending there or -1, {@code cells[4s + 3]} a payload given with that key; the child of {@code s} on char
 * {@code c} is cell {@code base(s) + codes[c]} when its check is {@code s}. A cell takes 16 bytes, so a step reads
 * {@code codes} and one cache line.
 *
 * <p>Built breadth first, placing each node's children at the first free cells that fit them, as Darts does.
 */
public final class DoubleArrayTrie {
    /** Most chars a key may have: lengths share a long with the entry index in match results. */
    public static final int MAX_KEY_LENGTH = (1 << 19) - 1;
    /** Where a match result keeps the length; bits 0-31 hold the index, 32-43 are left for the caller. */
    public static final int LENGTH_SHIFT = 44;

    /** Char → label, for every char (65,536 entries). */
    private final char[] codes;
    /** Base, check, key index and payload of each cell. */
    private final int[] cells;
    /**
     * The check of every cell again ({@code checks[s] == cells[4s + 1]}), densely: a walk's most common step is a
     * failed transition, which then reads 4 bytes per cell instead of a 16-byte cell's cache line share. Padded
     * with -1 past {@link #size} so that {@code base + codes[c]} is always an index: a walk needs no range test.
     */
    private final int[] checks;
    /** Number of cells. */
    private final int size;
    /**
     * Codes 1 to this are the chars that start a key: the root's children, at cell {@code ROOT_BASE + code}, so
     * the first step of a walk needs no check.
     */
    private final int firstChars;
    /** The root's base: its children take cells 2 to {@code firstChars + 1}. */
    private static final int ROOT_BASE = 1;
    /** The smallest and largest chars that start a key: a quick test before reading {@link #codes}. */
    private final char minFirst;
    private final char maxFirst;

    private DoubleArrayTrie(char[] codes, int[] cells, int[] checks, int size, int firstChars, char minFirst,
                            char maxFirst) {
        this.codes = codes;
        this.cells = cells;
        this.checks = checks;
        this.size = size;
        this.firstChars = firstChars;
        this.minFirst = minFirst;
        this.maxFirst = maxFirst;
    }

    /** The smallest char that starts a key (65535 when there is no key). */
    public char minFirst() {
        return minFirst;
    }

    /** The largest char that starts a key (0 when there is no key). */
    public char maxFirst() {
        return maxFirst;
    }

    /** Number of distinct chars that start a key: {@link #firstCode} returns 1 to this. */
    public int firstChars() {
        return firstChars;
    }

    /** A number from 1 to {@link #firstChars()} for a char that starts a key, else 0. */
    public int firstCode(char c) {
        int code = codes[c];
        return code <= firstChars ? code : 0;
    }

    /** The node reached from the root by the char of {@code firstCode} (from {@link #firstCode}, not 0). */
    public int firstNode(int firstCode) {
        return ROOT_BASE + firstCode;
    }

    /** The node reached from the root by {@code c}, or -1. */
    public int rootChild(char c) {
        int code = firstCode(c);
        return code == 0 ? -1 : ROOT_BASE + code;
    }

    /** The node reached from {@code node} by {@code c}, or -1. */
    public int child(int node, char c) {
        int t = cells[node * 4] + codes[c];
        return checks[t] == node ? t : -1;
    }

    /**
     * {@link #child} for a walk that keeps the node's {@link #base}: the node reached from {@code node} (whose base
     * is {@code base}) by {@code c}, or -1. Needs no test that the node has children: a leaf is nobody's check.
     */
    public int next(int base, int node, char c) {
        int t = base + codes[c];
        return checks[t] == node ? t : -1;
    }

    /** Where the children of {@code node} start; 0 when it has none. */
    public int base(int node) {
        return cells[node * 4];
    }

    /** Whether some key continues past {@code node}. */
    public boolean hasChildren(int node) {
        return cells[node * 4] != 0;
    }

    /** The index of the key that ends at {@code node}, or -1. */
    public int keyIndex(int node) {
        return cells[node * 4 + 2];
    }

    /** The payload given with the key that ends at {@code node} (0 when none was given). */
    public int payload(int node) {
        return cells[node * 4 + 3];
    }

    /** Number of cells, used and unused; a measure of the memory it takes. */
    public int cellCount() {
        return size;
    }

    /** Bytes of the arrays, roughly. */
    public long footprintBytes() {
        return size * 20L + codes.length * 2L;
    }

    /**
     * The longest key that is a prefix of {@code text[from, to)}: {@code (length << LENGTH_SHIFT) | index}, or -1
     * when no key is.
     */
    public long longestPrefix(char[] text, int from, int to) {
        final char[] map = codes;
        final int[] c = cells;
        if (from >= to) {
            return -1;
        }
        int code = map[text[from]];
        if ((char) (code - 1) >= firstChars) {
            return -1;
        }
        int s = ROOT_BASE + code;
        long best = -1;
        for (int i = from; ; ) {
            int e = c[s * 4 + 2];
            if (e >= 0) {
                best = ((long) (i + 1 - from) << LENGTH_SHIFT) | e;
            }
            int base = c[s * 4];
            if (base == 0 || ++i >= to) {
                return best;
            }
            int t = base + map[text[i]];
            if (checks[t] != s) {
                return best;
            }
            s = t;
        }
    }

    /** The index of {@code key}, or -1. */
    public int get(CharSequence key) {
        int s = 0;
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (codes[ch] == 0) {
                return -1;
            }
            int t = cells[s * 4] + codes[ch];
            if (t >= size || checks[t] != s) {
                return -1;
            }
            s = t;
        }
        return cells[s * 4 + 2];
    }

    /**
     * Builds the trie of {@code keys}, which must be non-empty, distinct and sorted by {@link String#compareTo}; key
     * {@code i} maps to {@code i}.
     */
    public static DoubleArrayTrie build(KeyRanges keys) {
        return new Builder(keys, null, null).build();
    }

    /** Builds the trie of {@code keys}, key {@code i} mapping to {@code indexes[i]} with {@code payloads[i]}. */
    public static DoubleArrayTrie build(KeyRanges keys, int[] indexes, int[] payloads) {
        return new Builder(keys, indexes, payloads).build();
    }

    /** Breadth-first placement; free cells are found with a union-find "next free cell" array. Single use. */
    private static final class Builder {
        private final KeyRanges keys;
        private final int[] indexes;
        private final int[] payloads;
        private final char[] codes;
        private int[] base;
        private int[] check;
        private int[] entry;
        private int[] nextFree;
        private int capacity;
        /** Every cell at or past this one is free. */
        private int frontier = 1;
        /** How many distinct chars start a key: the root's children have codes 1 to this. */
        private int firstChars;
        /** Tries after which a search starts further on next time. */
        private static final int MANY_TRIES = 16;
        /** By {@code 32 - numberOfLeadingZeros(children)}: where the search for a node's cells starts. */
        private final int[] scanFrom = new int[33];

        Builder(KeyRanges keys, int[] indexes, int[] payloads) {
            this.keys = keys;
            this.indexes = indexes;
            this.payloads = payloads;
            this.codes = codes(keys);
            capacity = Math.max(1024, keys.count * 2 + 1024);
            base = new int[capacity];
            check = new int[capacity];
            entry = new int[capacity];
            nextFree = new int[capacity + 1];
            Arrays.fill(check, -1);
            Arrays.fill(entry, -1);
            for (int i = 0; i <= capacity; i++) {
                nextFree[i] = i;
            }
            occupy(0);
            check[0] = 0;
        }

        DoubleArrayTrie build() {
            // breadth first, one depth at a time
            Level level = new Level(1);
            level.add(0, 0, keys.count);
            int[] labels = new int[64];
            int[] starts = new int[65];
            for (int depth = 0; level.size > 0; depth++) {
                Level next = new Level(level.size);
                for (int q = 0; q < level.size; q++) {
                    int node = level.node[q];
                    int lo = level.lo[q];
                    int hi = level.hi[q];
                    if (lo < hi && keys.length(lo) == depth) {
                        entry[node] = lo++;
                    }
                    int count = 0;
                    for (int i = lo; i < hi; ) {
                        char c = keys.charAt(i, depth);
                        if (count == labels.length) {
                            labels = Arrays.copyOf(labels, count * 2);
                            starts = Arrays.copyOf(starts, count * 2 + 1);
                        }
                        labels[count] = codes[c];
                        starts[count++] = i;
                        i++;
                        while (i < hi && keys.charAt(i, depth) == c) {
                            i++;
                        }
                    }
                    if (count == 0) {
                        continue;
                    }
                    starts[count] = hi;
                    int b = findBase(labels, count);
                    assert node != 0 || b == ROOT_BASE : "the root's children are codes 1.." + count;
                    base[node] = b;
                    for (int k = 0; k < count; k++) {
                        int cell = b + labels[k];
                        occupy(cell);
                        check[cell] = node;
                        next.add(cell, starts[k], starts[k + 1]);
                    }
                }
                level = next;
            }
            int size = frontier;
            int[] cells = new int[size * 4];
            for (int s = 0; s < size; s++) {
                int e = entry[s];
                cells[s * 4] = base[s];
                cells[s * 4 + 1] = check[s];
                cells[s * 4 + 2] = e < 0 || indexes == null ? e : indexes[e];
                cells[s * 4 + 3] = e < 0 || payloads == null ? 0 : payloads[e];
            }
            char minFirst = Character.MAX_VALUE;
            char maxFirst = 0;
            for (int k = 0; k < keys.count; k++) {
                char c = keys.charAt(k, 0);
                minFirst = c < minFirst ? c : minFirst;
                maxFirst = c > maxFirst ? c : maxFirst;
            }
            // no base + label reaches past the last base + the largest label
            int largestCode = 0;
            for (char code : codes) {
                largestCode = Math.max(largestCode, code);
            }
            int[] checks = Arrays.copyOf(check, size + largestCode + 1);
            Arrays.fill(checks, size, checks.length, -1);
            return new DoubleArrayTrie(codes, cells, checks, size, firstChars, minFirst, maxFirst);
        }

        /** The nodes of one depth: cell and key range. */
        private static final class Level {
            int[] node;
            int[] lo;
            int[] hi;
            int size;

            Level(int capacity) {
                node = new int[Math.max(4, capacity)];
                lo = new int[node.length];
                hi = new int[node.length];
            }

            void add(int cell, int from, int to) {
                if (size == node.length) {
                    node = Arrays.copyOf(node, size * 2);
                    lo = Arrays.copyOf(lo, size * 2);
                    hi = Arrays.copyOf(hi, size * 2);
                }
                node[size] = cell;
                lo[size] = from;
                hi[size] = to;
                size++;
            }
        }

        private int findBase(int[] labels, int count) {
            int first = Integer.MAX_VALUE;
            for (int k = 0; k < count; k++) {
                first = Math.min(first, labels[k]);
            }
            // first fit, starting where nodes with as many children last needed many tries (as Darts does
            // with one such position): wide nodes move on to sparse cells, narrow ones fill the gaps behind
            int width = 32 - Integer.numberOfLeadingZeros(count);
            int p = free(Math.max(first + 1, scanFrom[width]));
            int tries = 1;
            while (!fits(p - first, labels, count)) {
                p = free(p + 1);
                tries++;
            }
            if (tries > MANY_TRIES) {
                scanFrom[width] = p;
            }
            return p - first;
        }

        private boolean fits(int b, int[] labels, int count) {
            for (int k = 0; k < count; k++) {
                int cell = b + labels[k];
                if (cell < capacity && check[cell] != -1) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Chars numbered from 1: first those that start a key, then the others, each group by how often they occur
         * in the keys, the most frequent first; 0 for chars no key has. The root's children are then exactly codes
         * 1 to {@link #firstChars}.
         */
        private char[] codes(KeyRanges keys) {
            int[] frequency = new int[65536];
            boolean[] first = new boolean[65536];
            int max = -1;
            char[] chars = keys.chars;
            for (int k = 0; k < keys.count; k++) {
                first[chars[keys.from[k]]] = true;
                for (int i = keys.from[k]; i < keys.to[k]; i++) {
                    char c = chars[i];
                    frequency[c]++;
                    if (c > max) {
                        max = c;
                    }
                }
            }
            int distinct = 0;
            for (int c = 0; c <= max; c++) {
                if (frequency[c] > 0) {
                    distinct++;
                    if (first[c]) {
                        firstChars++;
                    }
                }
            }
            if (distinct > Character.MAX_VALUE) {
                throw new IllegalArgumentException("keys use every UTF-16 code unit");
            }
            // sort (not first, frequency, char) packed in longs
            long[] order = new long[distinct];
            int k = 0;
            for (int c = 0; c <= max; c++) {
                if (frequency[c] > 0) {
                    order[k++] = (first[c] ? 0L : 1L << 62) | ((long) (Integer.MAX_VALUE - frequency[c]) << 16) | c;
                }
            }
            Arrays.sort(order);
            char[] codes = new char[Character.MAX_VALUE + 1];
            for (int i = 0; i < distinct; i++) {
                codes[(int) (order[i] & 0xFFFF)] = (char) (i + 1);
            }
            return codes;
        }

        /** The first free cell at or after {@code i}. */
        private int free(int i) {
            ensure(i);
            int r = i;
            while (nextFree[r] != r) {
                nextFree[r] = nextFree[nextFree[r]];
                r = nextFree[r];
                if (r >= capacity) {
                    ensure(r);
                }
            }
            return r;
        }

        private void occupy(int cell) {
            ensure(cell + 1);
            nextFree[cell] = cell + 1;
            if (cell >= frontier) {
                frontier = cell + 1;
            }
        }

        private void ensure(int cell) {
            if (cell < capacity) {
                return;
            }
            int old = capacity;
            capacity = Math.max(cell + 1, capacity * 2);
            base = Arrays.copyOf(base, capacity);
            check = Arrays.copyOf(check, capacity);
            entry = Arrays.copyOf(entry, capacity);
            nextFree = Arrays.copyOf(nextFree, capacity + 1);
            Arrays.fill(check, old, capacity, -1);
            Arrays.fill(entry, old, capacity, -1);
            for (int i = old + 1; i <= capacity; i++) {
                nextFree[i] = i;
            }
        }
    }
}

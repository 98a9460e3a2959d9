package org.zhpipe.internal.trie;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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
        return cells.length * 4L + checks.length * 4L + codes.length * 2L;
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

    /**
     * Builds the trie of {@code keys}, key {@code i} mapping to {@code indexes[i]} (or {@code i} when
     * {@code indexes} is null) with {@code payloads[i]} (or 0 when {@code payloads} is null).
     */
    public static DoubleArrayTrie build(KeyRanges keys, int @Nullable [] indexes, int @Nullable [] payloads) {
        return new Builder(keys, indexes, payloads).build();
    }

    /**
     * Breadth-first placement, each node's children at the first base that fits them (as Darts does). Free cells are
     * found in a bitset of the taken cells, full words skipped with a union-find; a node with several children tests
     * 64 bases at once against the bitset, which gives the same first fit as testing one base after another without
     * the cell-by-cell scan that dominated building large dictionaries. Written for a fresh JVM, where it runs mostly
     * interpreted at first: plain loops over the key arrays, no per-node objects, arrays filled by native copies, hot
     * loops in small methods of their own (the JIT compiles a method with each of its loops). Single use.
     */
    private static final class Builder {
        private final KeyRanges keys;
        private final int @Nullable [] indexes;
        private final int @Nullable [] payloads;
        private final char[] codes;
        /** Base, check, key index and payload of each cell, as in the trie; (0, -1, -1, 0) when free. */
        private int[] cells;
        /** The check of each cell again, -1 when free: the trie's dense checks, copied out at the end (then null). */
        private int @Nullable [] check;
        /** Bit {@code s & 63} of word {@code s >>> 6}: cell {@code s} is taken. */
        private long[] used;
        /**
         * 0 for a word of {@link #used} with a free cell; for a full one, a later word at or before the next word with
         * a free cell (union-find with path halving). Both arrays are small enough to stay in the cache, unlike one
         * link per cell, and zero-filled means all free: no initialization pass.
         */
        private int[] fullLink;
        private int capacity;
        /** Every cell at or past this one is free. */
        private int frontier = 1;
        /** How many distinct chars start a key: the root's children have codes 1 to this. */
        private int firstChars;
        private int largestCode;
        private char minFirst = Character.MAX_VALUE;
        private char maxFirst;
        /** Total chars of the keys. */
        private long totalChars;
        /** Tries after which a search starts further on next time. */
        private static final int MANY_TRIES = 16;
        /** By {@code 32 - numberOfLeadingZeros(children)}: where the search for a node's cells starts. */
        private final int[] scanFrom = new int[33];
        /** The nodes of the next depth: cell and key range; null before and after {@link #build()}. */
        private int @Nullable [] nextNode;
        private int @Nullable [] nextLo;
        private int @Nullable [] nextHi;
        private int nextSize;
        /** A node's children: label and first key. */
        private int[] labels = new int[64];
        private int[] starts = new int[65];

        Builder(KeyRanges keys, int @Nullable [] indexes, int @Nullable [] payloads) {
            this.keys = keys;
            this.indexes = indexes;
            this.payloads = payloads;
            this.codes = codes(keys);
            // a node per key char at most, and the layout is usually dense: room for every char, grown if not
            capacity = (int) Math.min(Integer.MAX_VALUE / 8, Math.max(1024, totalChars + 1024));
            cells = new int[capacity * 4];
            fillFree(cells, 0, capacity);
            check = new int[capacity];
            fill(check, 0, capacity, -1);
            used = new long[(capacity >>> 6) + 2];
            fullLink = new int[used.length + 1];
            occupy(0);
            // the root is its own parent
            cells[1] = 0;
            check[0] = 0;
        }

        /**
         * Sets cells {@code from} to {@code to} (exclusive) to a free cell's (0, -1, -1, 0), by doubling copies:
         * native copying, not a loop the JIT would have to compile first.
         */
        private static void fillFree(int[] cells, int from, int to) {
            if (from >= to) {
                return;
            }
            int at = from * 4;
            cells[at + 1] = -1;
            cells[at + 2] = -1;
            int total = (to - from) * 4;
            for (int done = 4; done < total; done *= 2) {
                System.arraycopy(cells, at, cells, at + done, Math.min(done, total - done));
            }
        }

        /** {@code a[from, to) = value}, by doubling copies as {@link #fillFree}. */
        private static void fill(int[] a, int from, int to, int value) {
            if (from >= to) {
                return;
            }
            a[from] = value;
            for (int done = 1; done < to - from; done *= 2) {
                System.arraycopy(a, from, a, from + done, Math.min(done, to - from - done));
            }
        }

        DoubleArrayTrie build() {
            // breadth first, one depth at a time; a node at most per key on each
            int levelCapacity = Math.max(1, keys.count);
            int[] node = new int[levelCapacity];
            int[] lo = new int[levelCapacity];
            int[] hi = new int[levelCapacity];
            nextNode = new int[levelCapacity];
            nextLo = new int[levelCapacity];
            nextHi = new int[levelCapacity];
            int levelSize = 1;
            hi[0] = keys.count;
            for (int depth = 0; levelSize > 0; depth++) {
                nextSize = 0;
                for (int q = 0; q < levelSize; q++) {
                    place(node[q], lo[q], hi[q], depth);
                }
                int[] t = node;
                node = nextNode;
                nextNode = t;
                t = lo;
                lo = nextLo;
                nextLo = t;
                t = hi;
                hi = nextHi;
                nextHi = t;
                levelSize = nextSize;
            }
            // the level arrays are a key count each: let them go before the arrays below, at the peak of a build
            nextNode = null;
            nextLo = null;
            nextHi = null;
            node = null;
            lo = null;
            hi = null;
            return finish();
        }

        /** The trie of the cells placed, the dense checks copied out. */
        private DoubleArrayTrie finish() {
            int size = frontier;
            // no base + label reaches past the last base + the largest label
            int[] checks = Arrays.copyOf(check, size + largestCode + 1);
            fill(checks, size, checks.length, -1);
            check = null;
            // the free cells past the last one used are kept when they are few: no second copy of a large trie at
            // the peak of a load (its cells take 15 MB for jieba's dictionary)
            int[] trieCells = capacity - size <= capacity / 8 ? cells : Arrays.copyOf(cells, size * 4);
            return new DoubleArrayTrie(codes, trieCells, checks, size, firstChars, minFirst, maxFirst);
        }

        /**
         * Fills in node {@code s}, whose keys are {@code [l, h)} and share their first {@code depth} chars: the key
         * that ends there, and cells for its children, which go on the next level. One call per node, so that the
         * JIT compiles it early and once, not as one large loop replaced on the stack again and again.
         */
        private void place(int s, int l, int h, int depth) {
            if (l < h && keys.to[l] - keys.from[l] == depth) {
                cells[s * 4 + 2] = indexes == null ? l : indexes[l];
                cells[s * 4 + 3] = payloads == null ? 0 : payloads[l];
                l++;
            }
            if (l == h) {
                return;
            }
            int count = children(l, h, depth);
            int[] labels = this.labels;
            int[] starts = this.starts;
            int b;
            if (count == 1) {
                // one child, the most common case: the first free cell for it, often in the same word of the bitset
                int i = labels[0] + 1;
                long free = ~used[i >>> 6] & (-1L << i);
                b = (free != 0 ? (i & ~63) + Long.numberOfTrailingZeros(free) : free(i)) - labels[0];
            } else {
                b = findBase(labels, count);
            }
            assert s != 0 || b == ROOT_BASE : "the root's children are codes 1.." + count;
            // small helpers written out: the JIT's first tier inlines only tiny methods
            int next = nextSize;
            for (int k = 0; k < count; k++) {
                int cell = b + labels[k];
                if (cell + 1 >= capacity) {
                    ensure(cell + 1);
                }
                int w = cell >>> 6;
                long taken = used[w] | 1L << cell;
                used[w] = taken;
                if (taken == -1L) {
                    fullLink[w] = w + 1;
                }
                if (cell >= frontier) {
                    frontier = cell + 1;
                }
                cells[cell * 4 + 1] = s;
                check[cell] = s;
                nextNode[next] = cell;
                nextLo[next] = starts[k];
                nextHi[next++] = starts[k + 1];
            }
            cells[s * 4] = b;
            nextSize = next;
        }

        /**
         * The children of a node whose keys are {@code [l, h)}, none ending at {@code depth}: one per distinct char
         * at {@code depth} (keys are sorted), its label in {@link #labels}, its first key in {@link #starts}; returns
         * how many. A method of its own, so that the root's long loop is compiled on the stack without
         * {@link #place}.
         */
        private int children(int l, int h, int depth) {
            final char[] chars = keys.chars;
            final int[] keyFrom = keys.from;
            int[] labels = this.labels;
            int[] starts = this.starts;
            char c = chars[keyFrom[l] + depth];
            labels[0] = codes[c];
            starts[0] = l;
            int count = 1;
            for (int i = l + 1; i < h; i++) {
                char d = chars[keyFrom[i] + depth];
                if (d != c) {
                    if (count == labels.length) {
                        labels = this.labels = Arrays.copyOf(labels, count * 2);
                        starts = this.starts = Arrays.copyOf(starts, count * 2 + 1);
                    }
                    labels[count] = codes[d];
                    starts[count++] = i;
                    c = d;
                }
            }
            starts[count] = h;
            return count;
        }

        private int findBase(int[] labels, int count) {
            int smallest = 0;
            int largest = labels[0];
            for (int k = 1; k < count; k++) {
                if (labels[k] < labels[smallest]) {
                    smallest = k;
                }
                largest = Math.max(largest, labels[k]);
            }
            int first = labels[smallest];
            // first fit, starting where nodes with as many children last needed many tries (as Darts does
            // with one such position): wide nodes move on to sparse cells, narrow ones fill the gaps behind
            int width = 32 - Integer.numberOfLeadingZeros(count);
            int p = free(Math.max(first + 1, scanFrom[width]));
            // from the next free cell for the smallest label on, 64 bases at a time: bit j of fit says whether
            // base b + j leaves every child's cell free; a try is a base whose smallest label's cell is free
            int tries = 0;
            for (; ; ) {
                int b = p - first;
                // bits past the capacity are free: the bitset reaches past every window read below
                if (((b + largest) >>> 6) + 2 > used.length) {
                    growUsed(((b + largest) >>> 6) + 2);
                }
                long[] u = used;
                long freeFirst = ~window(u, p);
                long fit = freeFirst;
                for (int k = 0; k < count && fit != 0; k++) {
                    int cell = b + labels[k];
                    int w = cell >>> 6;
                    int shift = cell & 63;
                    // the 64 bits from cell on; (x << 1) << (63 - shift) is 0 for shift 0, where x << 64 is x
                    fit &= ~(u[w] >>> shift | (u[w + 1] << 1) << (63 - shift));
                }
                if (fit != 0) {
                    int j = Long.numberOfTrailingZeros(fit);
                    tries += Long.bitCount(freeFirst & ((2L << j) - 1));
                    if (tries > MANY_TRIES) {
                        scanFrom[width] = p + j;
                    }
                    return b + j;
                }
                tries += Long.bitCount(freeFirst);
                p = free(p + 64);
            }
        }

        /** Bit j: whether cell {@code cell + j} is taken; the bitset must reach past the word after the cell's. */
        private static long window(long[] used, int cell) {
            int w = cell >>> 6;
            int shift = cell & 63;
            return used[w] >>> shift | (used[w + 1] << 1) << (63 - shift);
        }

        /**
         * Chars numbered from 1: first those that start a key, then the others, each group by how often they occur
         * in the keys, the most frequent first; 0 for chars no key has. The root's children are then exactly codes
         * 1 to {@link #firstChars}.
         */
        private char[] codes(KeyRanges keys) {
            int[] frequency = new int[65536];
            boolean[] first = new boolean[65536];
            char[] seen = new char[65536];
            int distinct = count(keys, frequency, first, seen);
            if (distinct > Character.MAX_VALUE) {
                throw new IllegalArgumentException("keys use every UTF-16 code unit");
            }
            // sort (not first, frequency, char) packed in longs
            long[] order = new long[distinct];
            for (int k = 0; k < distinct; k++) {
                char c = seen[k];
                boolean starts = first[c];
                order[k] = (starts ? 0L : 1L << 62) | ((long) (Integer.MAX_VALUE - frequency[c]) << 16) | c;
                if (starts) {
                    firstChars++;
                    minFirst = (char) Math.min(minFirst, c);
                    maxFirst = (char) Math.max(maxFirst, c);
                }
            }
            largestCode = distinct;
            Arrays.sort(order);
            char[] codes = new char[Character.MAX_VALUE + 1];
            for (int i = 0; i < distinct; i++) {
                codes[(int) (order[i] & 0xFFFF)] = (char) (i + 1);
            }
            return codes;
        }

        /**
         * Counts how often each char occurs in the keys, marks those that start one, lists the distinct ones in
         * {@code seen} (so that no loop over all 65,536 chars follows) and adds up {@link #totalChars}; returns how
         * many distinct chars there are. A loop of its own, so that the JIT compiles it apart from {@link #codes}.
         */
        private int count(KeyRanges keys, int[] frequency, boolean[] first, char[] seen) {
            char[] chars = keys.chars;
            int[] from = keys.from;
            int[] to = keys.to;
            long total = 0;
            int distinct = 0;
            for (int k = 0; k < keys.count; k++) {
                int f = from[k];
                int t = to[k];
                if (f < t) {
                    first[chars[f]] = true;
                }
                for (int i = f; i < t; i++) {
                    char c = chars[i];
                    if (frequency[c]++ == 0) {
                        seen[distinct++] = c;
                    }
                }
                total += t - f;
            }
            totalChars = total;
            return distinct;
        }

        /** The first free cell at or after {@code i}. */
        private int free(int i) {
            ensure(i);
            int w = i >>> 6;
            long free = ~used[w] & (-1L << i);
            if (free == 0) {
                // the next word with a free cell; there is one: the last words hold no cell below the capacity
                int[] next = fullLink;
                w++;
                while (next[w] != 0) {
                    // path halving: w skips to its successor's successor
                    int t = next[w];
                    int u = next[t] == 0 ? t : next[t];
                    next[w] = u;
                    w = u;
                }
                free = ~used[w];
            }
            int cell = (w << 6) + Long.numberOfTrailingZeros(free);
            ensure(cell);
            return cell;
        }

        private void occupy(int cell) {
            ensure(cell + 1);
            int w = cell >>> 6;
            long taken = used[w] | 1L << cell;
            used[w] = taken;
            if (taken == -1L) {
                fullLink[w] = w + 1;
            }
            if (cell >= frontier) {
                frontier = cell + 1;
            }
        }

        /** Makes room for cells up to {@code cell}. */
        private void ensure(int cell) {
            if (cell < capacity) {
                return;
            }
            capacity = (int) Math.min(Integer.MAX_VALUE / 8, Math.max(cell + 1L, capacity * 2L));
            int old = cells.length / 4;
            cells = Arrays.copyOf(cells, capacity * 4);
            fillFree(cells, old, capacity);
            check = Arrays.copyOf(check, capacity);
            fill(check, old, capacity, -1);
            growUsed((capacity >>> 6) + 2);
        }

        /** Makes the bitset (and the union-find over its words) at least {@code words} long. */
        private void growUsed(int words) {
            if (words > used.length) {
                used = Arrays.copyOf(used, Math.max(words, used.length * 2));
                fullLink = Arrays.copyOf(fullLink, used.length + 1);
            }
        }
    }
}

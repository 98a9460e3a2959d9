package org.zhpipe.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the match at a text position in a dictionary or a group of dictionaries, with OpenCC 1.4.1's semantics
 * ({@code PrefixMatch.cpp}: {@code LeafMatcher} and {@code GroupMatcher}):
 * <ul>
 *   <li>a dictionary: its longest key that is a prefix of the text;</li>
 *   <li>a {@code short_circuit} group: the match of the first member that has one, even when a later member has a
 *       longer one;</li>
 *   <li>a {@code union} group: the longest match of any member, the earlier member winning a tie.</li>
 * </ul>
 * One walk of the {@link DictionarySet}'s trie finds every dictionary's longest match at once, and the group
 * policies pick among them. A result packs the match length (bits 44-62) and the record of the
 * {@link DictionarySet} (bits 0-31: its offset in the pool); -1 is no match. Immutable and thread-safe.
 */
final class DictionaryMatcher {
    static final int MAX_DICTIONARIES = 1 << 12;
    private static final byte DICTIONARY = 0;
    private static final byte SHORT_CIRCUIT = 1;
    private static final byte UNION = 2;

    private final DictionarySet set;
    /** The policy tree, node 0 the root: what each node is, and its dictionary or its members. */
    private final byte[] kind;
    private final int[] dictionary;
    private final int[][] members;
    /** The tier of each dictionary when the tree is simple enough for {@link #matchByTier}, else {@code null}. */
    private final int[] tiers;
    /** The trie's, for the first step. */
    private final char[] codes;
    private final int firstChars;
    private final char minFirst;
    private final char maxFirst;

    private DictionaryMatcher(DictionarySet set, byte[] kind, int[] dictionary, int[][] members) {
        this.set = set;
        this.kind = kind;
        this.dictionary = dictionary;
        this.members = members;
        this.tiers = tiers(set.dictionaryCount());
        this.codes = set.trie.codes;
        this.firstChars = set.trie.firstChars;
        this.minFirst = set.trie.minFirst;
        this.maxFirst = set.trie.maxFirst;
    }

    /**
     * Tiers: 0 for all under a root dictionary or union; the member's position under a root short-circuit; -1 for
     * the set's dictionaries the tree does not use. A dictionary the tree names twice keeps its first (lowest) tier.
     */
    private int[] tiers(int dictionaries) {
        int[] tier = new int[dictionaries];
        Arrays.fill(tier, -1);
        if (kind[0] == DICTIONARY) {
            tier[dictionary[0]] = 0;
            return tier;
        }
        for (int m = 0; m < members[0].length; m++) {
            int member = members[0][m];
            int level = kind[0] == SHORT_CIRCUIT ? m : 0;
            if (kind[member] == DICTIONARY) {
                setTier(tier, dictionary[member], level);
            } else if (kind[0] == SHORT_CIRCUIT && kind[member] == UNION) {
                for (int leaf : members[member]) {
                    if (kind[leaf] != DICTIONARY) {
                        return null;
                    }
                    setTier(tier, dictionary[leaf], level);
                }
            } else {
                return null;
            }
        }
        return tier;
    }

    private static void setTier(int[] tier, int dictionary, int level) {
        if (tier[dictionary] < 0) {
            tier[dictionary] = level;
        }
    }

    /**
     * The matcher of {@code tree} over {@code set}, made of {@code setTables}, which must include every table of the
     * tree (and may have others, which the matcher ignores).
     */
    static DictionaryMatcher of(DictionaryTree tree, DictionarySet set, List<DictionaryTable> setTables) {
        List<Byte> kinds = new ArrayList<>();
        List<Integer> dictionaries = new ArrayList<>();
        List<int[]> members = new ArrayList<>();
        add(tree, kinds, dictionaries, members, setTables);
        byte[] kind = new byte[kinds.size()];
        int[] dictionary = new int[kinds.size()];
        for (int i = 0; i < kind.length; i++) {
            kind[i] = kinds.get(i);
            dictionary[i] = dictionaries.get(i);
        }
        return new DictionaryMatcher(set, kind, dictionary, members.toArray(int[][]::new));
    }

    /** Appends {@code tree}'s nodes depth first; a group of one is its member, as in OpenCC. */
    private static int add(DictionaryTree tree, List<Byte> kinds, List<Integer> dictionaries, List<int[]> members,
                           List<DictionaryTable> setTables) {
        if (tree instanceof DictionaryTree.Group group && group.members().size() == 1) {
            return add(group.members().get(0), kinds, dictionaries, members, setTables);
        }
        int node = kinds.size();
        if (tree instanceof DictionaryTree.Single single) {
            int d = setTables.indexOf(single.table());
            if (d < 0) {
                throw new IllegalArgumentException("the set lacks " + single.table());
            }
            kinds.add(DICTIONARY);
            dictionaries.add(d);
            members.add(null);
            return node;
        }
        DictionaryTree.Group group = (DictionaryTree.Group) tree;
        kinds.add(group.union() ? UNION : SHORT_CIRCUIT);
        dictionaries.add(-1);
        members.add(null);
        int[] children = new int[group.members().size()];
        for (int i = 0; i < children.length; i++) {
            children[i] = add(group.members().get(i), kinds, dictionaries, members, setTables);
        }
        members.set(node, children);
        return node;
    }

    DictionarySet set() {
        return set;
    }

    /** Length of the scratch array {@link #match} needs. */
    int scratchSize() {
        return set.dictionaryCount();
    }

    /** Whether {@link #match} uses the tier walk; for tests. */
    boolean isTiered() {
        return tiers != null;
    }

    static int length(long match) {
        return (int) (match >>> DoubleArrayTrie.LENGTH_SHIFT);
    }

    static int record(long match) {
        return (int) match;
    }

    /**
     * The match at {@code text[from, to)}, or -1.
     *
     * @param best scratch of {@link #scratchSize()} longs: each dictionary's longest match
     */
    long match(char[] text, int from, int to, long[] best) {
        // the common miss, no key starting with the char, stays small enough to be inlined into the callers' loops
        char ch = text[from];
        if (ch < minFirst || ch > maxFirst) {
            return -1;
        }
        int code = codes[ch];
        if ((char) (code - 1) >= firstChars) {
            return -1; // code 0 (no key has the char) wraps around
        }
        return tiers != null ? matchByTier(text, from, to, code) : matchByTree(text, from, to, code, best);
    }

    /**
     * For a dictionary, a group of dictionaries, or a {@code short_circuit} group of dictionaries and {@code union}
     * groups of dictionaries (every bundled configuration): the match of the lowest tier, the longest in it, the
     * first dictionary on a tie. The walk sees matches by increasing length and, at one length, by dictionary.
     */
    private long matchByTier(char[] text, int from, int to, int firstCode) {
        final DoubleArrayTrie trie = set.trie;
        final char[] codes = trie.codes;
        final int[] cells = trie.cells;
        final int[] checks = trie.checks;
        final int[] tier = tiers;
        int node = DoubleArrayTrie.ROOT_BASE + firstCode;
        long best = -1;
        int bestTier = Integer.MAX_VALUE;
        for (int i = from; ; ) {
            int record = cells[node * 4 + 2];
            if (record >= 0) {
                long length = (long) (i + 1 - from) << DoubleArrayTrie.LENGTH_SHIFT;
                int payload = cells[node * 4 + 3];
                int d = payload & 0xFFFF;
                int count = payload >>> 16;
                for (int k = 0; ; ) {
                    int level = tier[d];
                    if (level >= 0 && (level < bestTier || level == bestTier && length > (best & ~0xFFFFFFFFL))) {
                        best = length | record;
                        bestTier = level;
                    }
                    if (++k == count) {
                        break;
                    }
                    record = set.nextRecord(record);
                    d = set.pool[record];
                }
            }
            int base = cells[node * 4];
            if (base == 0 || ++i >= to) {
                return best; // no children, or the end of the text
            }
            char ch = text[i];
            if (ch >= codes.length) {
                return best;
            }
            int code = codes[ch];
            int t = base + code;
            if (code == 0 || t >= trie.size || checks[t] != node) {
                return best;
            }
            node = t;
        }
    }

    /** Any policy tree: each dictionary's longest match, then the tree's choice. */
    private long matchByTree(char[] text, int from, int to, int firstCode, long[] best) {
        final DoubleArrayTrie trie = set.trie;
        final char[] codes = trie.codes;
        final int[] cells = trie.cells;
        final int[] checks = trie.checks;
        Arrays.fill(best, -1);
        int node = DoubleArrayTrie.ROOT_BASE + firstCode;
        for (int i = from; ; ) {
            int record = cells[node * 4 + 2];
            if (record >= 0) {
                long length = (long) (i + 1 - from) << DoubleArrayTrie.LENGTH_SHIFT;
                int count = cells[node * 4 + 3] >>> 16;
                for (int k = 0; k < count; k++, record = set.nextRecord(record)) {
                    best[set.pool[record]] = length | record;
                }
            }
            int base = cells[node * 4];
            if (base == 0 || ++i >= to) {
                break;
            }
            char ch = text[i];
            if (ch >= codes.length) {
                break;
            }
            int code = codes[ch];
            int t = base + code;
            if (code == 0 || t >= trie.size || checks[t] != node) {
                break;
            }
            node = t;
        }
        return evaluate(0, best);
    }

    private long evaluate(int node, long[] best) {
        switch (kind[node]) {
            case DICTIONARY:
                return best[dictionary[node]];
            case SHORT_CIRCUIT:
                for (int member : members[node]) {
                    long m = evaluate(member, best);
                    if (m >= 0) {
                        return m;
                    }
                }
                return -1;
            default:
                long longest = -1;
                for (int member : members[node]) {
                    long m = evaluate(member, best);
                    if (m >= 0 && (longest < 0 || length(m) > length(longest))) {
                        longest = m;
                    }
                }
                return longest;
        }
    }
}

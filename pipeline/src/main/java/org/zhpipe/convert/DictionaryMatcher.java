package org.zhpipe.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.internal.trie.DoubleArrayTrie;

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
    private static final long LENGTH_MASK = -1L << DoubleArrayTrie.LENGTH_SHIFT;
    private static final long TIER_BITS = 0xFFFL << 32;
    private static final byte DICTIONARY = 0;
    private static final byte SHORT_CIRCUIT = 1;
    private static final byte UNION = 2;

    private final DictionarySet set;
    /** The policy tree, node 0 the root: what each node is, and its dictionary or its members. */
    private final byte[] kind;
    private final int[] dictionary;
    private final int[] @Nullable [] members;
    /** The tier of each dictionary when the tree is simple enough for {@link #matchByTier}, else {@code null}. */
    private final int @Nullable [] tiers;
    private final DoubleArrayTrie trie;
    /** The trie's, for the first step. */
    private final char minFirst;
    private final char maxFirst;
    /**
     * For {@link #matchByTier}, by the code of a text position's first char (a root child): the child's base, and
     * the match of that char alone with its tier in bits 32-43 (or -1). Small and dense, so the common walk, which
     * ends at the second char, reads no cell of the trie but the failed check.
     */
    private final int @Nullable [] rootBase;
    private final long @Nullable [] rootBest;

    private DictionaryMatcher(DictionarySet set, byte[] kind, int[] dictionary, int[] @Nullable [] members) {
        this.set = set;
        this.kind = kind;
        this.dictionary = dictionary;
        this.members = members;
        this.tiers = tiers(set.dictionaryCount());
        this.trie = set.trie;
        this.minFirst = trie.minFirst();
        this.maxFirst = trie.maxFirst();
        if (tiers != null) {
            int firstChars = trie.firstChars();
            rootBase = new int[firstChars + 1];
            rootBest = new long[firstChars + 1];
            for (int code = 1; code <= firstChars; code++) {
                int node = trie.firstNode(code);
                rootBase[code] = trie.base(node);
                rootBest[code] = bestAt(node, 1, -1, Integer.MAX_VALUE);
            }
        } else {
            rootBase = null;
            rootBest = null;
        }
    }

    /**
     * The tier walk's choice at trie node {@code node}, reached after {@code chars} chars, given the best so far
     * ({@code best} of tier {@code bestTier}): the result with its tier in bits 32-43, or -1.
     */
    private long bestAt(int node, int chars, long best, int bestTier) {
        int record = trie.keyIndex(node);
        if (record < 0) {
            return best;
        }
        long length = (long) chars << DoubleArrayTrie.LENGTH_SHIFT;
        int payload = trie.payload(node);
        int d = payload & 0xFFFF;
        int count = payload >>> 16;
        for (int k = 0; ; ) {
            int level = tiers[d];
            if (level >= 0 && (level < bestTier || level == bestTier && length > (best & LENGTH_MASK))) {
                best = length | (long) level << 32 | record & 0xFFFFFFFFL;
                bestTier = level;
            }
            if (++k == count) {
                return best;
            }
            record = set.nextRecord(record);
            d = set.pool[record];
        }
    }

    /**
     * Tiers: 0 for all under a root dictionary or union; the member's position under a root short-circuit; -1 for
     * the set's dictionaries the tree does not use. A dictionary the tree names twice keeps its first (lowest) tier.
     */
    private int @Nullable [] tiers(int dictionaries) {
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
        List<int @Nullable []> members = new ArrayList<>();
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
    private static int add(DictionaryTree tree, List<Byte> kinds, List<Integer> dictionaries,
                           List<int @Nullable []> members,
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
        int code = trie.firstCode(ch);
        if (code == 0) {
            return -1;
        }
        return tiers != null ? matchByTier(text, from, to, code) : matchByTree(text, from, to, code, best);
    }

    /**
     * For a dictionary, a group of dictionaries, or a {@code short_circuit} group of dictionaries and {@code union}
     * groups of dictionaries (every bundled configuration): the match of the lowest tier, the longest in it, the
     * first dictionary on a tie. The walk sees matches by increasing length and, at one length, by dictionary.
     */
    private long matchByTier(char[] text, int from, int to, int firstCode) {
        long best = rootBest[firstCode];
        int base = rootBase[firstCode];
        int node = trie.firstNode(firstCode);
        for (int i = from + 1; base != 0 && i < to; ) {
            node = trie.next(base, node, text[i]);
            if (node < 0) {
                break;
            }
            i++;
            best = bestAt(node, i - from, best, best < 0 ? Integer.MAX_VALUE : (int) (best >>> 32) & 0xFFF);
            base = trie.base(node);
        }
        return best < 0 ? -1 : best & ~TIER_BITS;
    }

    /** Any policy tree: each dictionary's longest match, then the tree's choice. */
    private long matchByTree(char[] text, int from, int to, int firstCode, long[] best) {
        Arrays.fill(best, -1);
        int node = trie.firstNode(firstCode);
        for (int i = from; ; ) {
            int record = trie.keyIndex(node);
            if (record >= 0) {
                long length = (long) (i + 1 - from) << DoubleArrayTrie.LENGTH_SHIFT;
                int count = trie.payload(node) >>> 16;
                for (int k = 0; k < count; k++, record = set.nextRecord(record)) {
                    best[set.pool[record]] = length | record;
                }
            }
            if (++i >= to) {
                break;
            }
            node = trie.child(node, text[i]);
            if (node < 0) {
                break;
            }
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

package org.zhpipe.dedup;

/**
 * Which documents sharing one sort key ({@link DedupIndex#sortKeys}) are verified against each other: every document
 * of the group, in ascending order, against each of the group's first {@code partners} distinct documents before it.
 * The rule depends only on the group's documents, so a distributed run that groups the same (key, document) entries
 * finds the same pairs as {@link BandKeySorter#forEachGroup}, which applies it while merging sorted runs.
 */
public final class CandidatePairs {
    private CandidatePairs() {
    }

    /** Sees one candidate pair. */
    @FunctionalInterface
    public interface PairVisitor {
        /** {@code earlier} is verified against the later document {@code later}. */
        void visit(int earlier, int later);
    }

    /**
     * The candidate pairs of one group.
     *
     * @param docs     the documents with the key, ascending (a document may repeat: it pairs with no one twice)
     * @param count    how many of {@code docs} to read
     * @param partners how many of the group's first distinct documents each later one is verified against
     */
    public static void forGroup(int[] docs, int count, int partners, PairVisitor visitor) {
        int[] first = new int[Math.max(1, partners)];
        int firsts = 0;
        for (int j = 0; j < count; j++) {
            int doc = docs[j];
            for (int k = 0; k < firsts; k++) {
                if (first[k] != doc) {
                    visitor.visit(first[k], doc);
                }
            }
            if (firsts < partners && (firsts == 0 || first[firsts - 1] != doc)) {
                first[firsts++] = doc;
            }
        }
    }
}

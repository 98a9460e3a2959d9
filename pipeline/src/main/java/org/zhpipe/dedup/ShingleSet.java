package org.zhpipe.dedup;

import java.util.Arrays;

/**
 * A text's shingle set as the sorted distinct 64-bit hashes of its shingles ({@link MinHasher#shingleHashes}), and the
 * Jaccard similarity of two such sets by one merge of the sorted arrays. Two different shingles count as one only
 * when their 64-bit hashes collide (about {@code n² / 2⁶⁵} for {@code n} distinct shingles in a corpus), so the
 * similarity is the true Jaccard similarity of the shingle sets up to such collisions.
 *
 * <pre>{@code
 * MinHasher hasher = new MinHasher(5, 128, 1);
 * double j = ShingleSet.jaccard(ShingleSet.of(hasher.shingleHashes("今天天气很好我们去公园")),
 *         ShingleSet.of(hasher.shingleHashes("今天天气很好我们去动物园")));
 * }</pre>
 */
public final class ShingleSet {
    private ShingleSet() {
    }

    /** The distinct values of {@code hashes} in ascending (signed) order, in a new array. */
    public static long[] of(long[] hashes) {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
    }

    /**
     * |a ∩ b| / |a ∪ b| of two sets made by {@link #of} (ascending, distinct); 1 when both are empty.
     */
    public static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        long common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        long union = (long) a.length + b.length - common;
        return union == 0 ? 1 : (double) common / union;
    }
}

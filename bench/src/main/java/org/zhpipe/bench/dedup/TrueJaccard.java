package org.zhpipe.bench.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact Jaccard similarity of the shingle sets of every pair of documents, by brute force: the shingles of
 * {@link org.zhpipe.dedup.MinHasher} (every run of {@code n} consecutive code points; a text shorter than {@code n} is
 * its one shingle), interned as exact strings (no hashing, so no collisions), and an inverted index from each shingle
 * to the documents that hold it. Every pair that shares a shingle has its intersection counted exactly; a pair that
 * shares none has similarity 0, so nothing is missed. Cost: the sum over shingles of (documents holding it)², fine
 * for a few thousand documents.
 */
final class TrueJaccard {
    private TrueJaccard() {
    }

    /** Each text's shingle set as sorted, distinct ids (equal ids: equal shingles). */
    static int[][] shingleSets(List<String> texts, int n) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] sets = new int[texts.size()][];
        for (int d = 0; d < sets.length; d++) {
            String text = texts.get(d);
            int[] cps = text.codePoints().toArray();
            int count = Math.max(1, cps.length - n + 1);
            int width = Math.min(n, cps.length);
            int[] set = new int[count];
            for (int s = 0; s < count; s++) {
                String shingle = new String(cps, s, width);
                set[s] = ids.computeIfAbsent(shingle, k -> ids.size());
            }
            sets[d] = Arrays.stream(set).sorted().distinct().toArray();
        }
        return sets;
    }

    /** {@code |a ∩ b| / |a ∪ b|} of two sorted, distinct sets, by merging. */
    static double jaccard(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 1 : (double) common / union;
    }

    /** Every pair of {@code sets} whose Jaccard similarity is at least {@code min} (above 0). */
    static PairTable pairsAtLeast(int[][] sets, double min) {
        if (!(min > 0)) {
            throw new IllegalArgumentException("min must be above 0, not " + min);
        }
        int shingles = 0;
        for (int[] set : sets) {
            for (int s : set) {
                shingles = Math.max(shingles, s + 1);
            }
        }
        int[] df = new int[shingles];
        for (int[] set : sets) {
            for (int s : set) {
                df[s]++;
            }
        }
        int[][] postings = new int[shingles][];
        for (int s = 0; s < shingles; s++) {
            postings[s] = new int[df[s]];
        }
        int[] filled = new int[shingles];
        for (int d = 0; d < sets.length; d++) {
            for (int s : sets[d]) {
                postings[s][filled[s]++] = d;
            }
        }
        PairTable.Builder pairs = new PairTable.Builder();
        int[] common = new int[sets.length];
        int[] touched = new int[sets.length];
        for (int a = 0; a < sets.length; a++) {
            int seen = 0;
            for (int s : sets[a]) {
                int[] docs = postings[s];
                int from = Arrays.binarySearch(docs, a) + 1;
                for (int k = from; k < docs.length; k++) {
                    int b = docs[k];
                    if (common[b]++ == 0) {
                        touched[seen++] = b;
                    }
                }
            }
            for (int k = 0; k < seen; k++) {
                int b = touched[k];
                double j = (double) common[b] / (sets[a].length + sets[b].length - common[b]);
                if (j >= min) {
                    pairs.add(a, b, j);
                }
                common[b] = 0;
            }
        }
        return pairs.build();
    }
}

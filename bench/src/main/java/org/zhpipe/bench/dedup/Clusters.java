package org.zhpipe.bench.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Clusters from each document's cluster root. */
final class Clusters {
    private Clusters() {
    }

    /** The members of each cluster of two or more, in ascending order, clusters by root. */
    static List<int[]> of(int[] root) {
        Integer[] order = new Integer[root.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> root[a] != root[b] ? Integer.compare(root[a], root[b]) : Integer.compare(a, b));
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (from < order.length) {
            int to = from + 1;
            while (to < order.length && root[order[to]] == root[order[from]]) {
                to++;
            }
            if (to - from > 1) {
                out.add(Arrays.stream(order, from, to).mapToInt(Integer::intValue).toArray());
            }
            from = to;
        }
        return out;
    }
}

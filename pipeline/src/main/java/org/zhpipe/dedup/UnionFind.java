package org.zhpipe.dedup;

/**
 * Disjoint sets over the documents {@code 0 .. size - 1} in which the root of every set is its smallest member, so
 * that the root is the first document of a cluster in input order: the one deduplication keeps. Union by smallest
 * index with path halving (Tarjan and van Leeuwen, 1984): not the best bound in theory (no union by rank), but the
 * root rule is what the clusters need, and the paths stay short in practice.
 *
 * <p>Mutable and not thread-safe: one clustering fills it on one thread. Four bytes per document.
 */
public final class UnionFind {
    private final int[] parent;

    public UnionFind(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size + " < 0");
        }
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    public int size() {
        return parent.length;
    }

    /** The root of {@code x}'s set: its smallest member. */
    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /**
     * Joins the sets of {@code a} and {@code b}; the smaller root becomes the root of both.
     *
     * @return whether they were in different sets
     */
    public boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (ra < rb) {
            parent[rb] = ra;
        } else {
            parent[ra] = rb;
        }
        return true;
    }
}

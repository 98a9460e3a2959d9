package org.zhpipe.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The connected components of an undirected graph, distributed: the alternating large-star / small-star algorithm of
 * Kiveris, Lattanzi, Mirrokni, Rastogi and Vassilvitskii, "Connected Components in MapReduce and Beyond" (SoCC
 * 2014), written here from the paper. Each round is two shuffles over the edges; the edge set shrinks to one star per
 * component, centred on the component's smallest node, in O(log² n) rounds (in practice a handful). It needs no
 * state on the driver and no library beyond Spark core; GraphFrames' {@code connectedComponents} implements the same
 * algorithm but would add a package that must match the cluster's Spark and Scala versions.
 *
 * <p>Edges are kept as (larger, smaller) pairs without duplicates or self-loops. Large-star: every node {@code u}
 * links each larger neighbour to the smallest node of {@code u}'s closed neighbourhood. Small-star: every node
 * {@code u} links itself and its smaller neighbours to the smallest of them. A round that leaves the edge set as it
 * was ends the iteration.
 */
final class StarComponents {
    private StarComponents() {
    }

    /**
     * Each node of {@code edges} that is not the smallest of its component, with the smallest: nodes that are alone
     * (in no edge) or the smallest of their component are not listed.
     *
     * @param edges undirected edges, in either direction, duplicates and self-loops allowed
     */
    static JavaPairRDD<Integer, Integer> smallestMembers(JavaPairRDD<Integer, Integer> edges) {
        JavaPairRDD<Integer, Integer> current = edges.filter(e -> !e._1().equals(e._2()))
                .mapToPair(e -> e._1() > e._2() ? e : e.swap())
                .distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        long size = current.count();
        while (true) {
            JavaPairRDD<Integer, Integer> next = smallStar(largeStar(current)).persist(StorageLevel.MEMORY_AND_DISK());
            long nextSize = next.count();
            boolean same = nextSize == size && next.subtract(current).isEmpty();
            current.unpersist(false);
            current = next;
            size = nextSize;
            if (same) {
                return current;
            }
        }
    }

    /** Large-star on (larger, smaller) edges; gives (larger, smaller) edges. */
    static JavaPairRDD<Integer, Integer> largeStar(JavaPairRDD<Integer, Integer> edges) {
        return edges.flatMapToPair(e -> List.of(e, e.swap()).iterator())
                .groupByKey()
                .flatMapToPair(node -> {
                    int u = node._1();
                    int smallest = u;
                    for (int v : node._2()) {
                        smallest = Math.min(smallest, v);
                    }
                    List<Tuple2<Integer, Integer>> out = new ArrayList<>();
                    for (int v : node._2()) {
                        if (v > u) {
                            out.add(new Tuple2<>(v, smallest));
                        }
                    }
                    return out.iterator();
                })
                .distinct();
    }

    /** Small-star on (larger, smaller) edges; gives (larger, smaller) edges. */
    static JavaPairRDD<Integer, Integer> smallStar(JavaPairRDD<Integer, Integer> edges) {
        return edges.groupByKey()
                .flatMapToPair(node -> {
                    int u = node._1();
                    int smallest = u;
                    for (int v : node._2()) {
                        smallest = Math.min(smallest, v);
                    }
                    List<Tuple2<Integer, Integer>> out = new ArrayList<>();
                    out.add(new Tuple2<>(u, smallest));
                    for (int v : node._2()) {
                        if (v != smallest) {
                            out.add(new Tuple2<>(v, smallest));
                        }
                    }
                    return out.iterator();
                })
                .distinct();
    }
}

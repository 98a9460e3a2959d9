package org.zhpipe.bench.dedup;

import java.util.List;
import org.zhpipe.dedup.LshParameters;

/**
 * What one deduplication run reported, judged against the true similarities at its threshold {@code t}; counts of
 * several runs add up ({@link #plus}).
 *
 * @param lsh              the banding used (1 × 1 for exact mode)
 * @param joins            verified pairs that joined two clusters
 * @param goodJoins        of them, those with true Jaccard ≥ t
 * @param clusterPairs     pairs of documents in one cluster
 * @param goodClusterPairs of them, those with true Jaccard ≥ t
 * @param removed          documents removed (every cluster member but the kept one)
 * @param goodRemoved      of them, those with true Jaccard ≥ t with the document kept for their cluster
 * @param truePairs        pairs with true Jaccard ≥ t
 * @param foundTruePairs   of them, those in one cluster
 */
record Judged(LshParameters lsh, long joins, long goodJoins, long clusterPairs, long goodClusterPairs, long removed,
              long goodRemoved, long truePairs, long foundTruePairs) {

    /** Judges a run: its joins and each document's cluster (the document kept for it). */
    static Judged of(LshParameters lsh, List<Long> joins, int[] kept, PairTable truth, double t) {
        long goodJoins = joins.stream().filter(k -> truth.get(PairTable.first(k), PairTable.second(k)) >= t).count();
        long clusterPairs = 0;
        long goodClusterPairs = 0;
        for (int[] members : Clusters.of(kept)) {
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    clusterPairs++;
                    if (truth.get(members[i], members[j]) >= t) {
                        goodClusterPairs++;
                    }
                }
            }
        }
        long removed = 0;
        long goodRemoved = 0;
        for (int d = 0; d < kept.length; d++) {
            if (kept[d] != d) {
                removed++;
                if (truth.get(kept[d], d) >= t) {
                    goodRemoved++;
                }
            }
        }
        long truePairs = 0;
        long found = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (truth.value(i) >= t) {
                truePairs++;
                long k = truth.key(i);
                if (kept[PairTable.first(k)] == kept[PairTable.second(k)]) {
                    found++;
                }
            }
        }
        return new Judged(lsh, joins.size(), goodJoins, clusterPairs, goodClusterPairs, removed, goodRemoved,
                truePairs, found);
    }

    /** The counts of both runs added (the banding is this one's). */
    Judged plus(Judged o) {
        return new Judged(lsh, joins + o.joins, goodJoins + o.goodJoins, clusterPairs + o.clusterPairs,
                goodClusterPairs + o.goodClusterPairs, removed + o.removed, goodRemoved + o.goodRemoved,
                truePairs + o.truePairs, foundTruePairs + o.foundTruePairs);
    }

    double joinPrecision() {
        return ratio(goodJoins, joins);
    }

    double clusterPrecision() {
        return ratio(goodClusterPairs, clusterPairs);
    }

    double removalPrecision() {
        return ratio(goodRemoved, removed);
    }

    double recall() {
        return ratio(foundTruePairs, truePairs);
    }

    /** {@code a / b}, or 1 when {@code b} is 0 (nothing reported, nothing wrong). */
    static double ratio(long a, long b) {
        return b == 0 ? 1 : (double) a / b;
    }
}

package org.zhpipe.bench.dedup;

import java.util.List;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.dedup.LshParameters;
import org.zhpipe.dedup.MinHasher;
import org.zhpipe.dedup.Sketcher;

/**
 * Why a run erred at its threshold {@code t}: each wrong join (true Jaccard below {@code t}) and each missed true
 * pair (true Jaccard ≥ {@code t}, not in one cluster) classified by its MinHash estimate and whether the pair shares an
 * LSH band. Counts of several runs add up.
 *
 * @param wrongJoins          joins of a pair with true Jaccard below t
 * @param wrongJoinGap        the sum over wrong joins of {@code t - true J}
 * @param missed              true pairs not in one cluster
 * @param missedBelow         of them, those whose estimate is below t (exact verification: below
 *                            {@link DedupSettings#exactCheckFloor()}, so never compared exactly)
 * @param missedNoBand        of them, those whose estimate reaches t but that share no band
 * @param missedOther         the rest (a shared band and an estimate ≥ t, yet apart: the partners limit)
 * @param missedGap           the sum over missed pairs of {@code true J - t}
 */
record ThresholdErrors(long wrongJoins, double wrongJoinGap, long missed, long missedBelow, long missedNoBand,
                       long missedOther, double missedGap) {
    static ThresholdErrors of(List<String> normalized, DedupSettings settings, Deduplicated run, PairTable truth) {
        double t = settings.threshold();
        double floor = settings.verifiesExactly() ? settings.exactCheckFloor() : t;
        Sketcher sketcher = new Sketcher(settings);
        int[][] signatures = normalized.stream().map(s -> sketcher.sketch(s).signature()).toArray(int[][]::new);
        LshParameters lsh = settings.lsh();
        long wrong = 0;
        double wrongGap = 0;
        for (long k : run.joins()) {
            double j = truth.get(PairTable.first(k), PairTable.second(k));
            if (j < t) {
                wrong++;
                wrongGap += t - j;
            }
        }
        long missed = 0;
        long below = 0;
        long noBand = 0;
        double missedGap = 0;
        for (int i = 0; i < truth.size(); i++) {
            long k = truth.key(i);
            int a = PairTable.first(k);
            int b = PairTable.second(k);
            if (truth.value(i) < t || run.kept()[a] == run.kept()[b]) {
                continue;
            }
            missed++;
            missedGap += truth.value(i) - t;
            if (MinHasher.estimatedJaccard(signatures[a], signatures[b]) < floor) {
                below++;
            } else if (!sharesBand(lsh, signatures[a], signatures[b])) {
                noBand++;
            }
        }
        return new ThresholdErrors(wrong, wrongGap, missed, below, noBand, missed - below - noBand, missedGap);
    }

    private static boolean sharesBand(LshParameters lsh, int[] a, int[] b) {
        for (int band = 0; band < lsh.bands(); band++) {
            if (lsh.bandKey(a, band) == lsh.bandKey(b, band)) {
                return true;
            }
        }
        return false;
    }

    ThresholdErrors plus(ThresholdErrors o) {
        return new ThresholdErrors(wrongJoins + o.wrongJoins, wrongJoinGap + o.wrongJoinGap, missed + o.missed,
                missedBelow + o.missedBelow, missedNoBand + o.missedNoBand, missedOther + o.missedOther,
                missedGap + o.missedGap);
    }

    /** One line of Markdown prose. */
    String describe(double t) {
        return String.format(java.util.Locale.ROOT, "At t = %.2f: %d wrong joins, true Jaccard %.3f below t on "
                        + "average; %d missed true pairs, %.3f above t on average (%d estimated below t or, verifying exactly, "
                        + "below its floor, %d sharing "
                        + "no band, %d other).", t, wrongJoins, wrongJoins == 0 ? 0 : wrongJoinGap / wrongJoins,
                missed, missed == 0 ? 0 : missedGap / missed, missedBelow, missedNoBand, missedOther);
    }
}

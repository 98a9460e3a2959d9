package org.zhpipe.dedup;

/**
 * Locality-sensitive hashing of MinHash signatures by banding (Leskovec, Rajaraman and Ullman, <i>Mining of Massive
 * Datasets</i>, ch. 3.4): a signature is cut into {@code bands} bands of {@code rows} values; two documents are a
 * candidate pair when all the values of at least one band agree. For a pair of Jaccard similarity {@code s} that
 * happens with probability {@code P(s) = 1 - (1 - s^rows)^bands}, an S-curve whose steep part sits near
 * {@code (1 / bands)^(1 / rows)}.
 *
 * <p><b>Choosing bands and rows</b> ({@link #forThreshold}). For a threshold {@code t}, a pair below it that becomes a
 * candidate is a false positive, one above it that does not is a false negative. Averaged over similarities spread
 * evenly on [0, 1], their probabilities are the areas
 * <pre>
 *   FP(b, r) = ∫₀ᵗ 1 - (1 - s^r)^b ds        FN(b, r) = ∫ₜ¹ (1 - s^r)^b ds
 * </pre>
 * and the parameters are the {@code (b, r)} with {@code b × r ≤ permutations} that minimize
 * {@code falsePositiveWeight × FP + falseNegativeWeight × FN} (the criterion of datasketch's {@code _optimal_param};
 * derived and computed here independently, with Simpson's rule on 1,000 intervals). Candidates are verified before they
 * join a cluster, so a false positive costs a signature comparison while a false negative loses a duplicate:
 * the default weights are 0.2 and 0.8. Ties go to fewer bands. For t = 0.8 and 128 permutations this gives 12 bands
 * of 10 rows (a pair at J = 0.8 becomes a candidate with probability 0.74, at 0.85 with 0.93, at 0.7 with 0.29);
 * equal weights give 9 × 13, datasketch's choice.
 *
 * @param bands number of bands, at least 1
 * @param rows  values per band, at least 1
 */
public record LshParameters(int bands, int rows) {
    /** The weight of false positives in {@link #forThreshold(double, int)}. */
    public static final double FALSE_POSITIVE_WEIGHT = 0.2;
    /** The weight of false negatives in {@link #forThreshold(double, int)}. */
    public static final double FALSE_NEGATIVE_WEIGHT = 0.8;
    private static final int INTERVALS = 1000;

    public LshParameters {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be at least 1, not " + bands + " and " + rows);
        }
    }

    /** The parameters for {@code threshold} with the default weights. */
    public static LshParameters forThreshold(double threshold, int permutations) {
        return forThreshold(threshold, permutations, FALSE_POSITIVE_WEIGHT, FALSE_NEGATIVE_WEIGHT);
    }

    /**
     * The {@code (bands, rows)} that minimize the weighted false positive and false negative areas (see the class
     * comment).
     *
     * @param threshold    Jaccard similarity, in (0, 1)
     * @param permutations signature length, at least 1
     */
    public static LshParameters forThreshold(double threshold, int permutations, double falsePositiveWeight,
                                             double falseNegativeWeight) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), not " + threshold);
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, not " + permutations);
        }
        LshParameters best = null;
        double bestError = Double.POSITIVE_INFINITY;
        for (int b = 1; b <= permutations; b++) {
            for (int r = 1; b * r <= permutations; r++) {
                LshParameters p = new LshParameters(b, r);
                double error = falsePositiveWeight * p.falsePositiveArea(threshold)
                        + falseNegativeWeight * p.falseNegativeArea(threshold);
                if (error < bestError - 1e-15) {
                    bestError = error;
                    best = p;
                }
            }
        }
        return best;
    }

    /** The probability that a pair of Jaccard similarity {@code s} becomes a candidate. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /** {@code ∫₀ᵗ P(s) ds}. */
    public double falsePositiveArea(double threshold) {
        return simpson(0, threshold, false);
    }

    /** {@code ∫ₜ¹ 1 - P(s) ds}. */
    public double falseNegativeArea(double threshold) {
        return simpson(threshold, 1, true);
    }

    /** The signature values the bands use: {@code bands × rows}. */
    public int used() {
        return bands * rows;
    }

    private double simpson(double from, double to, boolean missed) {
        double h = (to - from) / INTERVALS;
        double sum = 0;
        for (int i = 0; i <= INTERVALS; i++) {
            double s = from + i * h;
            double p = candidateProbability(s);
            double y = missed ? 1 - p : p;
            sum += y * (i == 0 || i == INTERVALS ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }

    /**
     * The key of band {@code band} of a signature: a 64-bit hash of the band's number and values (the same hashing as
     * {@link MinHasher}'s shingles). Keys of different bands differ with overwhelming probability, so one sorted list
     * can hold all bands; a rare collision only makes a candidate that verification rejects.
     */
    public long bandKey(int[] signature, int band) {
        long h = MinHasher.mix(band + 0x5851F42D4C957F2DL);
        int from = band * rows;
        for (int i = from; i < from + rows; i++) {
            h = (h ^ (signature[i] & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
        }
        return MinHasher.fmix64(h);
    }
}

package org.zhpipe.dedup;

import java.util.Locale;

/**
 * How documents are compared.
 *
 * @param mode         {@link Mode#EXACT}: equal normalized texts only; {@link Mode#NEAR}: also MinHash near duplicates;
 *                     {@link Mode#LINES}: boilerplate lines removed from documents instead
 * @param threshold    near duplicates: the Jaccard similarity of character shingles (estimated, or true under
 *                     {@link Verification#EXACT}) a candidate pair must reach, in (0, 1); default 0.8
 * @param shingle      code points per shingle; default 5
 * @param permutations MinHash signature length; default 128
 * @param seed         picks the hash functions; default 1
 * @param memoryBytes  the budget of the LSH index's sort buffer (beyond it, sorted runs spill to disk); default 256 MiB
 * @param partners     how many of the first documents of a band key a later document with that key is verified
 *                     against; default 32
 * @param maxDocuments lines mode: a line in more than this many documents is boilerplate; at least 1, default 10
 * @param verification near mode: how a candidate pair is checked against the threshold; default
 *                     {@link Verification#ESTIMATE}
 */
public record DedupSettings(Mode mode, double threshold, int shingle, int permutations, long seed, long memoryBytes,
                            int partners, int maxDocuments, Verification verification) {
    /** The defaults: near duplicates at an estimated 0.8 with 5-code-point shingles and 128 permutations. */
    public static final DedupSettings DEFAULTS = new DedupSettings(Mode.NEAR, 0.8, 5, 128, 1, 256L << 20, 32, 10,
            Verification.ESTIMATE);

    /** What counts as a duplicate. */
    public enum Mode {
        /** The same text after normalization ({@link ExactKey}). */
        EXACT,
        /** The same text, or an estimated Jaccard similarity of at least the threshold ({@link MinHasher}). */
        NEAR,
        /**
         * Not documents but lines: a line (its normalized text, stripped) in more than
         * {@link DedupSettings#maxDocuments} documents is boilerplate and is removed from every document
         * ({@link LineIndex}, {@link BoilerplateRemover}); documents left blank are dropped.
         */
        LINES;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How near mode decides that a candidate pair (two documents sharing an LSH band) is similar enough to join a
     * cluster. The candidates are the same either way; so is the rule that equal texts always join.
     */
    public enum Verification {
        /** The estimated Jaccard similarity ({@link MinHasher#estimatedJaccard}) reaches the threshold. */
        ESTIMATE,
        /**
         * The true Jaccard similarity of the two shingle sets ({@link ShingleSet#jaccard}) reaches the threshold. Each
         * document's shingle set waits in a temporary file ({@link ShingleSetStore}: 8 bytes per distinct shingle);
         * only candidates whose estimate reaches {@link DedupSettings#exactCheckFloor()} are read and compared.
         */
        EXACT;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Standard errors below the threshold an estimate may fall and still have its pair checked exactly. Measured on
     * planted SIGHAN corpora ({@code DedupAccuracy --verify exact}): at 0.8, a margin of 0 (check estimates ≥ t only)
     * keeps the estimate's recall, 0.954; 3 gives 0.984, the recall of checking every candidate, with a tenth fewer
     * sets read. A pair at the threshold has its estimate fall more than 3σ below about once in 700 (normal
     * approximation).
     */
    public static final double EXACT_CHECK_MARGIN = 3;

    public DedupSettings {
        java.util.Objects.requireNonNull(mode, "mode");
        java.util.Objects.requireNonNull(verification, "verification");
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be above 0 and below 1, not " + threshold);
        }
        if (shingle < 1 || shingle > 64) {
            throw new IllegalArgumentException("shingle must be 1 to 64 code points, not " + shingle);
        }
        if (permutations < 1 || permutations > 1024) {
            throw new IllegalArgumentException("permutations must be 1 to 1024, not " + permutations);
        }
        if (memoryBytes < 1) {
            throw new IllegalArgumentException("memory must be positive, not " + memoryBytes);
        }
        if (partners < 1) {
            throw new IllegalArgumentException("partners must be at least 1, not " + partners);
        }
        if (maxDocuments < 1) {
            throw new IllegalArgumentException("maxDocuments must be at least 1, not " + maxDocuments);
        }
    }

    public DedupSettings withMode(Mode mode) {
        return new DedupSettings(mode, threshold, shingle, permutations, seed, memoryBytes, partners, maxDocuments,
                verification);
    }

    public DedupSettings withThreshold(double threshold) {
        return new DedupSettings(mode, threshold, shingle, permutations, seed, memoryBytes, partners, maxDocuments,
                verification);
    }

    public DedupSettings withShingle(int shingle) {
        return new DedupSettings(mode, threshold, shingle, permutations, seed, memoryBytes, partners, maxDocuments,
                verification);
    }

    public DedupSettings withPermutations(int permutations) {
        return new DedupSettings(mode, threshold, shingle, permutations, seed, memoryBytes, partners, maxDocuments,
                verification);
    }

    public DedupSettings withSeed(long seed) {
        return new DedupSettings(mode, threshold, shingle, permutations, seed, memoryBytes, partners, maxDocuments,
                verification);
    }

    public DedupSettings withMemoryBytes(long memoryBytes) {
        return new DedupSettings(mode, threshold, shingle, permutations, seed, memoryBytes, partners, maxDocuments,
                verification);
    }

    public DedupSettings withPartners(int partners) {
        return new DedupSettings(mode, threshold, shingle, permutations, seed, memoryBytes, partners, maxDocuments,
                verification);
    }

    public DedupSettings withMaxDocuments(int maxDocuments) {
        return new DedupSettings(mode, threshold, shingle, permutations, seed, memoryBytes, partners, maxDocuments,
                verification);
    }

    public DedupSettings withVerification(Verification verification) {
        return new DedupSettings(mode, threshold, shingle, permutations, seed, memoryBytes, partners, maxDocuments,
                verification);
    }

    /** Whether candidate pairs are verified by their true Jaccard similarity: near mode with exact verification. */
    public boolean verifiesExactly() {
        return mode == Mode.NEAR && verification == Verification.EXACT;
    }

    /**
     * Exact verification: the estimated Jaccard similarity below which a candidate pair is refused without reading
     * its shingle sets, {@code threshold - EXACT_CHECK_MARGIN × σ} with {@code σ = sqrt(t (1 - t) / permutations)}
     * the estimate's standard error at the threshold.
     */
    public double exactCheckFloor() {
        return threshold - EXACT_CHECK_MARGIN * Math.sqrt(threshold * (1 - threshold) / permutations);
    }

    /** The banding for the threshold ({@link LshParameters#forThreshold(double, int)}). */
    public LshParameters lsh() {
        return LshParameters.forThreshold(threshold, permutations);
    }

    /** The signature length stored per document: the permutations in near mode, 0 in exact mode. */
    public int storedPermutations() {
        return mode == Mode.NEAR ? permutations : 0;
    }
}

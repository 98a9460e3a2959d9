package org.zhpipe.dedup;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The duplicate clusters of a {@link DedupIndex}. A candidate pair (two documents sharing a sort key) joins a cluster
 * when its exact keys are equal or, in near mode, when its Jaccard similarity reaches the threshold: the estimate of
 * its signatures ({@link DedupSettings.Verification#ESTIMATE}), or the true similarity of its shingle sets
 * ({@link DedupSettings.Verification#EXACT}, read only for pairs whose estimate reaches
 * {@link DedupSettings#exactCheckFloor()}). Clusters are the connected components of the verified pairs
 * ({@link UnionFind}), so two members may be less similar than the threshold through a chain. Each cluster keeps its
 * first document in input order; every other member is a duplicate of it: exact when its exact key is the kept
 * document's, else near, with its similarity to the kept document, estimated or true as verified.
 *
 * <p>Mutable while the index fills it, then only read; one thread. Valid while its index is open.
 */
public final class Clustering {
    private final DedupSettings settings;
    private final SignatureStore store;
    private final @Nullable ShingleSetStore shingles;
    private final UnionFind sets;
    private final JoinListener listener;
    private long verified;
    private long comparedExactly;

    /** @param shingles the shingle sets when verifying exactly, else {@code null} */
    Clustering(DedupSettings settings, SignatureStore store, @Nullable ShingleSetStore shingles, UnionFind sets,
               JoinListener listener) {
        if (settings.verifiesExactly() != (shingles != null)) {
            throw new IllegalArgumentException("shingle sets are needed exactly when verifying exactly");
        }
        this.settings = settings;
        this.store = store;
        this.shingles = shingles;
        this.sets = sets;
        this.listener = listener;
    }

    /**
     * Sees each verified pair that joins two clusters, as it joins them: the edges of a spanning forest of the
     * clusters. A pair whose documents are already in one cluster is not verified, so it is not seen. For measuring
     * (which pairs did the deduplication decide on?); called on the clustering thread.
     */
    @FunctionalInterface
    public interface JoinListener {
        /** Ignores every join. */
        JoinListener NONE = (earlier, later) -> { };

        /** {@code earlier} (the smaller document number) and {@code later} were found similar and joined. */
        void joined(int earlier, int later);
    }

    /** What becomes of a document. */
    public enum Kind {
        /** The first of its cluster (or alone): kept. */
        KEPT,
        /** Removed: its normalized text equals the kept document's. */
        EXACT,
        /** Removed: a near duplicate. */
        NEAR
    }

    /**
     * @param kept       the document kept for its cluster (itself when kept)
     * @param kind       what becomes of it
     * @param similarity the Jaccard similarity with {@code kept} (1 for itself and exact duplicates): estimated, or
     *                   true when verifying exactly
     */
    public record Decision(int kept, Kind kind, double similarity) {
    }

    void verify(int doc, int[] partners, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            int partner = partners[i];
            if (sets.find(partner) == sets.find(doc)) {
                continue;
            }
            verified++;
            if (matches(partner, doc)) {
                sets.union(partner, doc);
                listener.joined(Math.min(partner, doc), Math.max(partner, doc));
            }
        }
    }

    private boolean matches(int a, int b) throws IOException {
        return matches(settings, store.exactKey(a), store.exactKey(b), store.signature(a), store.signature(b),
                () -> {
                    comparedExactly++;
                    ShingleSetStore sets = java.util.Objects.requireNonNull(shingles);
                    return ShingleSet.jaccard(sets.read(a), sets.read(b));
                });
    }

    /**
     * Whether a candidate pair joins a cluster: the verification every pair gets, a function of the two documents'
     * sketches alone, so that a distributed run that verifies the same pairs ({@link CandidatePairs}) and takes the
     * connected components, each kept by its smallest document number, gets the same clusters.
     *
     * @param a a sketch made by a {@link Sketcher} of {@code settings} (with its shingle set when verifying exactly)
     * @param b another
     */
    public static boolean matches(DedupSettings settings, Sketch a, Sketch b) {
        try {
            return matches(settings, a.exactKey(), b.exactKey(), a.signature(), b.signature(),
                    () -> ShingleSet.jaccard(a.shingles(), b.shingles()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // the sketches are in memory
        }
    }

    /** The true Jaccard of a pair's shingle sets, read when needed. */
    @FunctionalInterface
    private interface TrueJaccard {
        double get() throws IOException;
    }

    private static boolean matches(DedupSettings settings, ExactKey exactA, ExactKey exactB, int[] signatureA,
                                   int[] signatureB, TrueJaccard trueJaccard) throws IOException {
        if (exactA.equals(exactB)) {
            return true;
        }
        if (settings.mode() != DedupSettings.Mode.NEAR) {
            return false;
        }
        double estimate = MinHasher.estimatedJaccard(signatureA, signatureB);
        if (!settings.verifiesExactly()) {
            return estimate >= settings.threshold();
        }
        return estimate >= settings.exactCheckFloor() && trueJaccard.get() >= settings.threshold();
    }

    /** Candidate pairs verified (pairs already in one cluster are not). */
    public long verifiedPairs() {
        return verified;
    }

    /** Of the verified pairs, those whose shingle sets were compared (0 unless verifying exactly). */
    public long comparedExactly() {
        return comparedExactly;
    }

    public int documents() {
        return sets.size();
    }

    /** The document kept for {@code doc}'s cluster: its first member. */
    public int keptFor(int doc) {
        return sets.find(doc);
    }

    /** What becomes of {@code doc}. */
    public Decision decide(int doc) throws IOException {
        int kept = sets.find(doc);
        if (kept == doc) {
            return new Decision(doc, Kind.KEPT, 1);
        }
        if (store.exactKey(kept).equals(store.exactKey(doc))) {
            return new Decision(kept, Kind.EXACT, 1);
        }
        double similarity = shingles == null
                ? MinHasher.estimatedJaccard(store.signature(kept), store.signature(doc))
                : ShingleSet.jaccard(shingles.read(kept), shingles.read(doc));
        return new Decision(kept, Kind.NEAR, similarity);
    }

    /**
     * What becomes of {@code doc} when {@code kept} is the document kept for its cluster, from the two sketches alone:
     * what {@link #decide(int)} decides, for a distributed run that found {@code kept} as the smallest document of
     * {@code doc}'s connected component.
     *
     * @param keptSketch {@code kept}'s sketch, made by a {@link Sketcher} of {@code settings}
     * @param sketch     {@code doc}'s
     */
    public static Decision decide(DedupSettings settings, int kept, Sketch keptSketch, int doc, Sketch sketch) {
        if (kept == doc) {
            return new Decision(doc, Kind.KEPT, 1);
        }
        if (keptSketch.exactKey().equals(sketch.exactKey())) {
            return new Decision(kept, Kind.EXACT, 1);
        }
        double similarity = settings.verifiesExactly()
                ? ShingleSet.jaccard(keptSketch.shingles(), sketch.shingles())
                : MinHasher.estimatedJaccard(keptSketch.signature(), sketch.signature());
        return new Decision(kept, Kind.NEAR, similarity);
    }

    /** The size of every cluster by its kept document (0 for removed documents): 4 bytes per document. */
    public int[] clusterSizes() {
        int[] sizes = new int[sets.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[sets.find(i)]++;
        }
        return sizes;
    }
}

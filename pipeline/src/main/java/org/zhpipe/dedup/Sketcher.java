package org.zhpipe.dedup;

/**
 * Turns a normalized text into its {@link Sketch} under given {@link DedupSettings}, hashing each shingle once for
 * both the signature and the shingle set. Immutable and thread-safe: the batch workers share one.
 */
public final class Sketcher {
    private static final int[] NO_SIGNATURE = new int[0];
    private static final long[] NO_SHINGLES = new long[0];
    private final DedupSettings settings;
    private final MinHasher hasher;

    public Sketcher(DedupSettings settings) {
        this.settings = settings;
        this.hasher = new MinHasher(settings.shingle(), settings.permutations(), settings.seed());
    }

    public Sketch sketch(String normalized) {
        ExactKey key = ExactKey.of(normalized);
        if (settings.mode() != DedupSettings.Mode.NEAR) {
            return new Sketch(key, NO_SIGNATURE, NO_SHINGLES);
        }
        long[] hashes = hasher.shingleHashes(normalized);
        return new Sketch(key, hasher.signature(hashes),
                settings.verifiesExactly() ? ShingleSet.of(hashes) : NO_SHINGLES);
    }
}

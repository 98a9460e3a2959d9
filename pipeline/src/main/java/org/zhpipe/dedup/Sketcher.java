package org.zhpipe.dedup;

/**
 * Turns a normalized text into its {@link Sketch} under given {@link DedupSettings}. Immutable and thread-safe: the
 * batch workers share one.
 */
public final class Sketcher {
    private static final int[] NONE = new int[0];
    private final DedupSettings settings;
    private final MinHasher hasher;

    public Sketcher(DedupSettings settings) {
        this.settings = settings;
        this.hasher = new MinHasher(settings.shingle(), settings.permutations(), settings.seed());
    }

    public Sketch sketch(String normalized) {
        ExactKey key = ExactKey.of(normalized);
        return new Sketch(key, settings.mode() == DedupSettings.Mode.NEAR ? hasher.signature(normalized) : NONE);
    }
}

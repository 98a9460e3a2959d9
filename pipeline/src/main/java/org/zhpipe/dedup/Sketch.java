package org.zhpipe.dedup;

/**
 * What deduplication keeps of one document: its {@link ExactKey}; in near mode, its MinHash signature (else empty);
 * and, when near mode verifies exactly ({@link DedupSettings#verifiesExactly()}), its {@link ShingleSet} (else empty).
 * Computed on any thread ({@link Sketcher}), added to a {@link DedupIndex} in input order.
 */
public record Sketch(ExactKey exactKey, int[] signature, long[] shingles) {
}

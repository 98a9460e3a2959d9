package org.zhpipe.dedup;

/**
 * What deduplication keeps of one document: its {@link ExactKey} and, in near mode, its MinHash signature (empty in
 * exact mode). Computed on any thread ({@link Sketcher}), added to a {@link DedupIndex} in input order.
 */
public record Sketch(ExactKey exactKey, int[] signature) {
}

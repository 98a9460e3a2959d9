/**
 * Deduplication's building blocks, independent of how a corpus is read: {@link org.zhpipe.dedup.ExactKey} (a 128-bit
 * hash of a normalized text), {@link org.zhpipe.dedup.MinHasher} (MinHash signatures over code-point n-gram
 * shingles), {@link org.zhpipe.dedup.LshParameters} (bands × rows chosen from a Jaccard threshold),
 * {@link org.zhpipe.dedup.BandKeySorter} (an external sort of (band key, document) under a memory budget),
 * {@link org.zhpipe.dedup.SignatureStore} (signatures on disk, read back by document),
 * {@link org.zhpipe.dedup.ShingleSet} and {@link org.zhpipe.dedup.ShingleSetStore} (shingle sets and their true Jaccard
 * similarity, for exact verification), and
 * {@link org.zhpipe.dedup.Clustering} (candidate pairs from equal band keys, verified, joined by
 * {@link org.zhpipe.dedup.UnionFind} so that the first document of a cluster is the one kept).
 * Lines mode has its own: {@link org.zhpipe.dedup.DocumentLines} (a document's normalized lines as hashes with their
 * original spans), {@link org.zhpipe.dedup.LineIndex} (documents per line, counted by the same external sort),
 * {@link org.zhpipe.dedup.Boilerplate} and {@link org.zhpipe.dedup.BoilerplateRemover}.
 * {@code org.zhpipe.batch.BatchDeduplicator} runs them over a corpus.
 *
 * <p>Documents are numbered from 0 in input order; every decision depends only on those numbers and the texts, never on
 * threads, batch sizes or the memory budget. A distributed run gets the same clusters from explicit, mergeable state:
 * each document's {@link org.zhpipe.dedup.Sketch} (made anywhere by a {@link org.zhpipe.dedup.Sketcher}), its
 * {@link org.zhpipe.dedup.DedupIndex#sortKeys} (shuffled by key), the candidate pairs of each key's group
 * ({@link org.zhpipe.dedup.CandidatePairs}), the verification of a pair
 * ({@link org.zhpipe.dedup.Clustering#matches}), and the connected components of the verified pairs, each kept by its
 * smallest document number; a test checks that these reproduce {@link org.zhpipe.dedup.DedupIndex}'s clusters.
 */
@NullMarked
package org.zhpipe.dedup;

import org.jspecify.annotations.NullMarked;

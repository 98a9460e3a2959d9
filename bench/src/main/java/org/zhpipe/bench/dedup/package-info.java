/**
 * Measuring deduplication: a corpus of real Chinese sentences with planted near duplicates ({@link
 * org.zhpipe.bench.dedup.PlantedCorpus}), the true Jaccard similarity of every pair by brute force ({@link
 * org.zhpipe.bench.dedup.TrueJaccard}), precision and recall of zhpipe's deduplication against it ({@link
 * org.zhpipe.bench.dedup.DedupAccuracy}), and a large JSONL corpus for the scale run ({@link
 * org.zhpipe.bench.dedup.LargeCorpus}).
 */
@NullMarked
package org.zhpipe.bench.dedup;

import org.jspecify.annotations.NullMarked;

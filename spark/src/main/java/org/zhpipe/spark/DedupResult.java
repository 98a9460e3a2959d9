package org.zhpipe.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.zhpipe.batch.DedupSummary;

/**
 * What {@link SparkDedup#run} gives.
 *
 * @param kept    the kept records, as read (the input's schema), in input order
 * @param removed the removed duplicates, in input order: the input's columns and {@code duplicate_of} (string: the
 *                kept record's id as JSON, see {@link RecordFields#id}), {@code kind} ({@code exact} or
 *                {@code near}) and {@code similarity} (double: the Jaccard similarity with the kept record,
 *                estimated, or true under exact verification)
 * @param summary the counts, as {@code zhpipe dedup} gives them (no bytes read; the verified pairs are the distinct
 *                candidate pairs, all of which are verified)
 */
public record DedupResult(Dataset<Row> kept, Dataset<Row> removed, DedupSummary summary) {
}

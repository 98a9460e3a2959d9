package org.zhpipe.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link CorpusFilter#split} gives; both datasets keep the input's order.
 *
 * @param kept     the records the pipeline keeps: the input's columns and {@link ZhpipeTransformer}'s result columns
 *                 ({@code normalized}, {@code tokens}, {@code features}, {@code signals})
 * @param rejected the records it does not: the input's columns, {@code drops}
 *                 ({@code array<struct<stage, rule, detail>>}, the document stages' rules that dropped the record, in
 *                 pipeline order; {@code null} for a bad record), {@code signals} ({@code map<string,double>},
 *                 what the document stages measured; {@code null} for a bad record) and {@code problem} (why a bad
 *                 record has no text, or the pipeline failed on it; {@code null} for a dropped one)
 */
public record FilterResult(Dataset<Row> kept, Dataset<Row> rejected) {
}

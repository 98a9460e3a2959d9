package org.zhpipe.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * Runs a pipeline over one partition: each row's input column is processed by the executor's
 * {@link SharedPipeline} (built once per executor JVM, on the first row that needs it) and the result's columns
 * appended. Serializable as a broadcast's id and column names; never holds a built stage when shipped.
 */
final class PartitionTransform implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SharedPipeline> pipeline;
    private final int inputIndex;
    private final ResultColumns columns;

    PartitionTransform(Broadcast<SharedPipeline> pipeline, int inputIndex, ResultColumns columns) {
        this.pipeline = pipeline;
        this.inputIndex = inputIndex;
        this.columns = columns;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                String text = row.isNullAt(inputIndex) ? null : row.getString(inputIndex);
                if (text == null) {
                    return columns.append(row, null);
                }
                return columns.append(row, pipeline.value().get().process(text));
            }
        };
    }
}

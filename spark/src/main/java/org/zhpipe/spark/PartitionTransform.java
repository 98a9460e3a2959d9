package org.zhpipe.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.Pipeline;

/**
 * Runs a pipeline over one partition: the pipeline is built from its {@link PipelineSource} when the first row
 * arrives (an empty partition builds none), once per partition, then each row's input column is processed and the
 * result's columns appended. Serializable as its source and column names; never holds a built stage when shipped.
 */
final class PartitionTransform implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final PipelineSource source;
    private final int inputIndex;
    private final ResultColumns columns;

    PartitionTransform(PipelineSource source, int inputIndex, ResultColumns columns) {
        this.source = source;
        this.inputIndex = inputIndex;
        this.columns = columns;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            private @Nullable Pipeline pipeline;

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
                if (pipeline == null) {
                    pipeline = source.build();
                }
                return columns.append(row, pipeline.process(text));
            }
        };
    }
}

package org.zhpipe.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.zhpipe.stage.CorpusCounts;
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.stage.Pipeline;

/**
 * Counts one partition for fitting: with the executor's {@link SharedPipeline} (built once per executor JVM), runs
 * each row's text (column 0; {@code null} skipped) through the stages before the estimator
 * into one {@link FitAccumulator}, as {@code zhpipe fit} counts a batch, and returns its {@link CorpusCounts}.
 */
final class PartitionCounts implements FlatMapFunction<Iterator<Row>, CorpusCounts> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SharedPipeline> pipeline;

    PartitionCounts(Broadcast<SharedPipeline> pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Iterator<CorpusCounts> call(Iterator<Row> rows) {
        if (!rows.hasNext()) {
            return List.of(CorpusCounts.EMPTY).iterator();
        }
        Pipeline pipeline = this.pipeline.value().get();
        FitAccumulator counts = pipeline.newAccumulator();
        while (rows.hasNext()) {
            Row row = rows.next();
            if (!row.isNullAt(0)) {
                pipeline.accumulate(row.getString(0), counts);
            }
        }
        return List.of(counts.counts()).iterator();
    }
}

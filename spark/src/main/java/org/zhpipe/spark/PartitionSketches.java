package org.zhpipe.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.zhpipe.dedup.Sketcher;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.stage.Drop;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import scala.Tuple2;

/**
 * Sketches one partition of numbered records, as {@code zhpipe dedup}'s first pass does: each record's text runs
 * through the executor's {@link SharedPipeline}, and the text it leaves ({@code Text.current()}) becomes a
 * {@link DocSketch}; a record without text, or that the pipeline fails on, is bad, one a document stage drops is
 * dropped with its rules. Lazy: one record at a time.
 */
final class PartitionSketches implements FlatMapFunction<Iterator<Tuple2<Row, Long>>, DedupDoc> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SharedPipeline> pipeline;
    private final RecordFields fields;
    private final ShippedSettings settings;

    PartitionSketches(Broadcast<SharedPipeline> pipeline, RecordFields fields, ShippedSettings settings) {
        this.pipeline = pipeline;
        this.fields = fields;
        this.settings = settings;
    }

    @Override
    public Iterator<DedupDoc> call(Iterator<Tuple2<Row, Long>> records) {
        Sketcher sketcher = new Sketcher(settings.settings());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public DedupDoc next() {
                Tuple2<Row, Long> record = records.next();
                return sketch(sketcher, record._1(), record._2());
            }
        };
    }

    private DedupDoc sketch(Sketcher sketcher, Row row, long position) {
        if (position > Integer.MAX_VALUE) {
            throw new IllegalStateException("more than " + Integer.MAX_VALUE + " records to deduplicate at once: "
                    + "split the corpus");
        }
        Pipeline p = pipeline.value().get();
        try {
            String text = fields.text(row);
            Result result;
            try {
                result = p.process(text);
            } catch (RuntimeException e) {
                return new DedupDoc(position, row, "the pipeline failed: " + e, List.of(), null);
            }
            if (result.dropped()) {
                return new DedupDoc(position, row, null, result.drops().stream().map(Drop::key).toList(), null);
            }
            String id = fields.id(row, position);
            return new DedupDoc(position, row, null, List.of(),
                    DocSketch.of(id, sketcher.sketch(result.text().current())));
        } catch (RecordProblem e) {
            return new DedupDoc(position, row, e.getMessage(), List.of(), null);
        }
    }
}

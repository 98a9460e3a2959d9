package org.zhpipe.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.stage.Drop;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A corpus split by a spec's document stages ({@code quality}, {@code language}, …), as {@code zhpipe run
 * --rejects} splits it: each record runs through the pipeline once (on the executor's {@link SharedPipeline}); the
 * records it keeps come out with their results, the ones it drops with the rules that dropped them and the signals
 * it measured ({@link Result#dropped()}, {@link Result#drops()}, {@link Result#signals()}), and bad records (no text;
 * the pipeline failed) with their problem. Every record is in exactly one of the two. Immutable.
 *
 * <pre>{@code
 * FilterResult split = new CorpusFilter(PipelineSource.of(webQualitySpec)).split(pages, RecordFields.column("text", null));
 * split.rejected().groupBy(functions.col("drops").getItem(0).getField("rule")).count().show();
 * }</pre>
 */
public final class CorpusFilter {
    private static final String STATE = "__zhpipe_state";
    private static final byte KEPT = 0;
    private static final byte DROPPED = 1;
    private static final byte BAD = 2;
    private static final StructType DROP = new StructType()
            .add("stage", DataTypes.StringType, false)
            .add("rule", DataTypes.StringType, false)
            .add("detail", DataTypes.StringType, false);
    private static final ResultColumns RESULT = new ResultColumns(ColumnDocs.DEFAULT_TEXT, "tokens", "features",
            "signals", "");

    private final PipelineSource source;

    public CorpusFilter(PipelineSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Splits {@code records}. The records are processed once, when either dataset is first computed, and persisted.
     *
     * @throws IllegalArgumentException when the spec's feature stage is not fitted, or an output column exists
     */
    public FilterResult split(Dataset<Row> records, RecordFields fields) {
        StructType input = records.schema();
        StructType keptSchema = RESULT.appendTo(input);
        StructType all = keptSchema
                .add("drops", DataTypes.createArrayType(DROP, false), true)
                .add("problem", DataTypes.StringType, true)
                .add(STATE, DataTypes.ByteType, false);
        Broadcast<SharedPipeline> shared = SharedPipeline.broadcast(records.sparkSession(), source);
        Pipeline pipeline = shared.value().get();
        if (pipeline.needsFitting()) {
            Pipeline.NamedStage unfitted = pipeline.stageToFit().orElseThrow();
            throw new IllegalArgumentException("the spec's " + unfitted.stage().kind().word() + " \""
                    + unfitted.name() + "\" learns from a corpus and is not fitted: "
                    + "fit it first (zhpipe fit, or ZhpipeEstimator)");
        }
        Dataset<Row> processed = records.toDF().mapPartitions(new Split(shared, fields), Encoders.row(all))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Column state = functions.col(STATE);
        Dataset<Row> kept = processed.filter(state.equalTo(KEPT)).select(columns(keptSchema.fieldNames()));
        List<String> rejectedColumns = new ArrayList<>(Arrays.asList(input.fieldNames()));
        rejectedColumns.addAll(List.of("drops", "signals", "problem"));
        Dataset<Row> rejected = processed.filter(state.notEqual(KEPT))
                .select(columns(rejectedColumns.toArray(String[]::new)));
        return new FilterResult(kept, rejected);
    }

    private static Column[] columns(String[] names) {
        return Arrays.stream(names).map(functions::col).toArray(Column[]::new);
    }

    /** Processes one partition: each row gets its result columns, drops, problem and state. */
    private static final class Split implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<SharedPipeline> pipeline;
        private final RecordFields fields;

        Split(Broadcast<SharedPipeline> pipeline, RecordFields fields) {
            this.pipeline = pipeline;
            this.fields = fields;
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
                    return split(rows.next());
                }
            };
        }

        private Row split(Row row) {
            Result result;
            try {
                String text = fields.text(row);
                try {
                    result = pipeline.value().get().process(text);
                } catch (RuntimeException e) {
                    return with(RESULT.append(row, null), null, "the pipeline failed: " + e, BAD);
                }
            } catch (RecordProblem e) {
                return with(RESULT.append(row, null), null, e.getMessage(), BAD);
            }
            Row columns = RESULT.append(row, result);
            if (!result.dropped()) {
                return with(columns, null, null, KEPT);
            }
            List<Row> drops = new ArrayList<>();
            for (Drop d : result.drops()) {
                drops.add(RowFactory.create(d.stage(), d.rule(), d.detail()));
            }
            return with(columns, CollectionConverters.asScala(drops), null, DROPPED);
        }

        private static Row with(Row row, @Nullable Object drops, @Nullable String problem, byte state) {
            List<Object> values = new ArrayList<>(row.length() + 3);
            for (int i = 0; i < row.length(); i++) {
                values.add(row.get(i));
            }
            values.add(drops);
            values.add(problem);
            values.add(state);
            return RowFactory.create(values.toArray());
        }
    }
}

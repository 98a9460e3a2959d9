package org.zhpipe.spark;

import java.util.Arrays;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.zhpipe.stage.Pipeline;

/** What {@link ZhpipeTransformer} and {@link ZhpipeModel} share: the output schema and the transform itself. */
final class DatasetTransform {
    private DatasetTransform() {
    }

    /**
     * The input schema with the output columns appended.
     *
     * @throws IllegalArgumentException when the input column is missing or not a string, or an output column exists
     */
    static StructType schema(StructType input, String inputCol, ResultColumns columns) {
        StructField field = Arrays.stream(input.fields()).filter(f -> f.name().equals(inputCol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("input column \"" + inputCol + "\" not found; the "
                        + "columns are " + Arrays.toString(input.fieldNames()) + ": set inputCol to the text column"));
        if (!field.dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("input column \"" + inputCol + "\" holds " + field.dataType()
                    .simpleString() + ", not text (string): set inputCol to a string column, or cast it");
        }
        return columns.appendTo(input);
    }

    /**
     * The dataset with the result columns appended. The pipeline is built on the driver first, so that a bad spec or
     * an unfitted one fails here with its message, before any task starts; each executor builds its own once
     * ({@link SharedPipeline}).
     */
    static Dataset<Row> transform(Dataset<?> dataset, PipelineSource source, String inputCol, ResultColumns columns) {
        StructType output = schema(dataset.schema(), inputCol, columns);
        Broadcast<SharedPipeline> shared = SharedPipeline.broadcast(dataset.sparkSession(), source);
        Pipeline pipeline = shared.value().get();
        if (pipeline.needsFitting()) {
            Pipeline.NamedStage unfitted = pipeline.stageToFit().orElseThrow();
            throw new IllegalArgumentException("the spec's " + unfitted.stage().kind().word() + " \""
                    + unfitted.name() + "\" learns from a corpus and is not fitted: "
                    + "fit it with ZhpipeEstimator (or zhpipe fit, then use the fitted spec)");
        }
        int inputIndex = dataset.schema().fieldIndex(inputCol);
        return dataset.toDF().mapPartitions(new PartitionTransform(shared, inputIndex, columns),
                Encoders.row(output));
    }
}

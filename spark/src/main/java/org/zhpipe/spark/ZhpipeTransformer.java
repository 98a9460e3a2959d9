package org.zhpipe.spark;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark ML {@link Transformer} that runs a zhpipe spec over a string column and appends its results (the text,
 * the tokens with their offsets into the original input, the features, the signals, the drop reason: see
 * {@link #textCol()} and the columns after it). Each executor JVM builds the pipeline from the spec's JSON once,
 * lazily ({@link SharedPipeline}, a broadcast variable); no stage is serialized. It stands in a Spark ML {@code Pipeline} and saves and loads with it (its
 * parameters, the spec's text among them). A spec whose feature stage must be fitted needs {@link ZhpipeEstimator}.
 *
 * <pre>{@code
 * ZhpipeTransformer zh = new ZhpipeTransformer().setSpec(Files.readString(Path.of("clean.json")))
 *         .setInputCol("body");
 * Dataset<Row> out = zh.transform(documents);   // + normalized, tokens, features, signals, drop
 * }</pre>
 */
public final class ZhpipeTransformer extends Transformer implements DefaultParamsWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> spec;
    private final Param<String> inputCol;
    private final Param<String> textCol;
    private final Param<String> tokensCol;
    private final Param<String> featuresCol;
    private final Param<String> signalsCol;
    private final Param<String> dropCol;
    private final Param<String> dataFolder;

    public ZhpipeTransformer() {
        this(Identifiable.randomUID("zhpipe"));
    }

    /** With a given uid (Spark ML's loading and copying use this constructor). */
    public ZhpipeTransformer(String uid) {
        this.uid = uid;
        this.spec = new Param<>(this, "spec", "the zhpipe spec, as JSON text");
        this.inputCol = new Param<>(this, "inputCol", "the string column to process");
        this.textCol = new Param<>(this, "textCol", ColumnDocs.TEXT);
        this.tokensCol = new Param<>(this, "tokensCol", ColumnDocs.TOKENS);
        this.featuresCol = new Param<>(this, "featuresCol", ColumnDocs.FEATURES);
        this.signalsCol = new Param<>(this, "signalsCol", ColumnDocs.SIGNALS);
        this.dropCol = new Param<>(this, "dropCol", ColumnDocs.DROP);
        setDefault(inputCol, "text");
        setDefault(textCol, ColumnDocs.DEFAULT_TEXT);
        setDefault(tokensCol, "tokens");
        setDefault(featuresCol, "features");
        setDefault(signalsCol, "signals");
        this.dataFolder = new Param<>(this, "dataFolder", ColumnDocs.DATA_FOLDER);
        setDefault(dropCol, "drop");
        setDefault(dataFolder, DataFolder.WORKING_DIRECTORY.value());
    }

    @Override
    public String uid() {
        return uid;
    }

    public Param<String> spec() {
        return spec;
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> textCol() {
        return textCol;
    }

    public Param<String> tokensCol() {
        return tokensCol;
    }

    public Param<String> featuresCol() {
        return featuresCol;
    }

    public Param<String> signalsCol() {
        return signalsCol;
    }

    public Param<String> dropCol() {
        return dropCol;
    }

    public Param<String> dataFolder() {
        return dataFolder;
    }

    /** The spec's JSON text (not a path: read the file first, e.g. with {@code Files.readString}). */
    public ZhpipeTransformer setSpec(String value) {
        set(spec, value);
        return this;
    }

    /**
     * The spec read now, on the driver, from a Hadoop path (a local file, {@code hdfs://}, {@code s3a://}) through the
     * active session's configuration; the stage keeps its text, as {@link #setSpec} does.
     */
    public ZhpipeTransformer setSpecPath(String path) {
        return setSpec(SpecFile.read(path));
    }

    public ZhpipeTransformer setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public ZhpipeTransformer setTextCol(String value) {
        set(textCol, value);
        return this;
    }

    public ZhpipeTransformer setTokensCol(String value) {
        set(tokensCol, value);
        return this;
    }

    public ZhpipeTransformer setFeaturesCol(String value) {
        set(featuresCol, value);
        return this;
    }

    public ZhpipeTransformer setSignalsCol(String value) {
        set(signalsCol, value);
        return this;
    }

    public ZhpipeTransformer setDropCol(String value) {
        set(dropCol, value);
        return this;
    }

    /** Where the spec's relative data-file paths lead ({@link DataFolder}); the library's way by default. */
    public ZhpipeTransformer setDataFolder(DataFolder value) {
        set(dataFolder, value.value());
        return this;
    }

    private ResultColumns columns() {
        return new ResultColumns($(textCol), $(tokensCol), $(featuresCol), $(signalsCol), $(dropCol));
    }

    private String specText() {
        if (!isDefined(spec)) {
            throw new IllegalArgumentException("no spec: set one with setSpec(json)");
        }
        return $(spec);
    }

    @Override
    public StructType transformSchema(StructType schema) {
        specText();
        return DatasetTransform.schema(schema, $(inputCol), columns());
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        return DatasetTransform.transform(dataset,
                PipelineSource.of(specText()).withDataFolder(DataFolder.of($(dataFolder))), $(inputCol), columns());
    }

    @Override
    public ZhpipeTransformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    /** Spark ML's reader, for {@code Pipeline.load} and {@link #load}. */
    public static MLReader<ZhpipeTransformer> read() {
        return new DefaultParamsReader<>();
    }

    /** Loads a transformer saved with {@code write().save(path)}. */
    public static ZhpipeTransformer load(String path) {
        return read().load(path);
    }
}

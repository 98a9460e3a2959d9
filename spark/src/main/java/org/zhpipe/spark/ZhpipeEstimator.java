package org.zhpipe.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.StructType;
import org.zhpipe.spec.FittedSpec;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.CorpusCounts;
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.stage.Pipeline;

/**
 * A Spark ML {@link Estimator} for a spec whose feature stage learns from a corpus ({@code bow}, {@code tfidf},
 * {@code keywords} with {@code idfTable: fit}): fits it on a string column exactly as {@code zhpipe fit} does, and
 * gives a {@link ZhpipeModel}.
 *
 * <p>Each executor builds the pipeline from the spec's JSON once ({@link SharedPipeline}); each partition counts its
 * documents into zhpipe's mergeable
 * accumulator ({@link PartitionCounts}); the partitions' {@link CorpusCounts} are merged with {@code treeAggregate}
 * (a merge adds counts term by term, so neither the partitioning nor the order of the merges matters), loaded into
 * the driver's accumulator, and fitted. The model is then saved as {@code zhpipe fit} saves it
 * ({@link FittedSpec#write}): its fitted spec and vocabulary file are byte-identical to {@code zhpipe fit}'s on the
 * same documents, for any partitioning — unless the memory cap ({@code pruneAt}) dropped terms, when rare terms'
 * counts are approximate and depend on the split, as they depend on the batch size in {@code zhpipe fit}. A
 * {@code null} text is skipped (not counted).
 *
 * <pre>{@code
 * ZhpipeModel model = new ZhpipeEstimator().setSpec(Files.readString(Path.of("tfidf.json"))).fit(documents);
 * model.saveFitted(Path.of("fitted.json"));      // as zhpipe fit writes it
 * Dataset<Row> vectors = model.transform(documents);
 * }</pre>
 */
public final class ZhpipeEstimator extends Estimator<ZhpipeModel> implements DefaultParamsWritable {
    private static final long serialVersionUID = 1L;

    /** The name of the fitted spec in a model, as {@code zhpipe fit -o fitted.json} would name it. */
    static final String FITTED_SPEC = "fitted.json";

    private final String uid;
    private final Param<String> spec;
    private final Param<String> inputCol;
    private final Param<String> textCol;
    private final Param<String> tokensCol;
    private final Param<String> featuresCol;
    private final Param<String> signalsCol;
    private final Param<String> dropCol;
    private final Param<String> dataFolder;

    public ZhpipeEstimator() {
        this(Identifiable.randomUID("zhpipeEstimator"));
    }

    /** With a given uid (Spark ML's loading and copying use this constructor). */
    public ZhpipeEstimator(String uid) {
        this.uid = uid;
        this.spec = new Param<>(this, "spec", "the zhpipe spec, as JSON text, with a feature stage to fit");
        this.inputCol = new Param<>(this, "inputCol", "the string column to fit on and process");
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

    /** The spec's JSON text (not a path: read the file first). */
    public ZhpipeEstimator setSpec(String value) {
        set(spec, value);
        return this;
    }

    /**
     * The spec read now, on the driver, from a Hadoop path (a local file, {@code hdfs://}, {@code s3a://}) through the
     * active session's configuration; the stage keeps its text, as {@link #setSpec} does.
     */
    public ZhpipeEstimator setSpecPath(String path) {
        return setSpec(SpecFile.read(path));
    }

    public ZhpipeEstimator setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public ZhpipeEstimator setTextCol(String value) {
        set(textCol, value);
        return this;
    }

    public ZhpipeEstimator setTokensCol(String value) {
        set(tokensCol, value);
        return this;
    }

    public ZhpipeEstimator setFeaturesCol(String value) {
        set(featuresCol, value);
        return this;
    }

    public ZhpipeEstimator setSignalsCol(String value) {
        set(signalsCol, value);
        return this;
    }

    public ZhpipeEstimator setDropCol(String value) {
        set(dropCol, value);
        return this;
    }

    /** Where the spec's relative data-file paths lead ({@link DataFolder}); the library's way by default. */
    public ZhpipeEstimator setDataFolder(DataFolder value) {
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

    /**
     * @throws IllegalArgumentException when the spec has nothing to fit, or the input column is not text
     * @throws org.zhpipe.stage.FitException when the documents allow no model (none, or no term left)
     */
    @Override
    public ZhpipeModel fit(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        PipelineSource source = PipelineSource.of(specText()).withDataFolder(DataFolder.of($(dataFolder)));
        Broadcast<SharedPipeline> shared = SharedPipeline.broadcast(dataset.sparkSession(), source);
        Pipeline pipeline = shared.value().get();
        if (!pipeline.needsFitting()) {
            throw new IllegalArgumentException("the spec has no feature stage that learns from a corpus: use "
                    + "ZhpipeTransformer");
        }
        if (pipeline.stageToFit().orElseThrow().stage() instanceof org.zhpipe.stage.SegmenterEstimator) {
            throw new IllegalArgumentException("segment's discover learns words that a person reviews before they "
                    + "are used: fit it with zhpipe fit (or zhpipe words), review the word list, then give "
                    + "ZhpipeEstimator the fitted spec");
        }
        CorpusCounts counts = dataset.toDF().select($(inputCol)).javaRDD()
                .mapPartitions(new PartitionCounts(shared))
                .treeAggregate(CorpusCounts.EMPTY, CorpusCounts::merge, CorpusCounts::merge);
        FitAccumulator total = pipeline.newAccumulator();
        total.add(counts);
        ZhpipeModel model = new ZhpipeModel(uid, fitted(Spec.parse(source.specJson()), pipeline.fit(total)));
        copyValues(model, extractParamMap());
        return model.setParent(this);
    }

    /** The fitted pipeline saved as zhpipe fit saves it, read back as a spec with its vocabulary file. */
    private static PipelineSource fitted(Spec spec, Pipeline fitted) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("zhpipe-fit");
            FittedSpec.Saved saved = FittedSpec.write(spec, fitted, folder.resolve(FITTED_SPEC));
            PipelineSource source = PipelineSource.of(Files.readString(folder.resolve(FITTED_SPEC)),
                    Map.of(saved.model().getFileName().toString(), Files.readAllBytes(saved.model())));
            Files.delete(saved.model());
            Files.delete(folder.resolve(FITTED_SPEC));
            Files.delete(folder);
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fitted model to a temporary folder " + folder, e);
        }
    }

    @Override
    public ZhpipeEstimator copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    /** Spark ML's reader, for {@code Pipeline.load} and {@link #load}. */
    public static MLReader<ZhpipeEstimator> read() {
        return new DefaultParamsReader<>();
    }

    /** Loads an estimator saved with {@code write().save(path)}. */
    public static ZhpipeEstimator load(String path) {
        return read().load(path);
    }
}

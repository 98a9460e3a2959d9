package org.zhpipe.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.StageRegistry;

/**
 * What {@link ZhpipeEstimator} fits: a Spark ML {@link Model} that runs the fitted spec, as
 * {@link ZhpipeTransformer} runs a spec, with the same output columns. It carries the fitted spec and its vocabulary
 * file as {@code zhpipe fit} writes them ({@link #fittedSpec()}, {@link #saveFitted}), and each executor builds its
 * pipeline from them once. Saved and loaded with Spark ML ({@link ZhpipeModelWriter}: Spark's parameter
 * metadata plus the two files, unchanged, under {@code zhpipe/}).
 */
public final class ZhpipeModel extends Model<ZhpipeModel> implements MLWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final PipelineSource source;
    private final Param<String> inputCol;
    private final Param<String> textCol;
    private final Param<String> tokensCol;
    private final Param<String> featuresCol;
    private final Param<String> signalsCol;
    private final Param<String> dropCol;
    private final Param<String> dataFolder;

    ZhpipeModel(String uid, PipelineSource source) {
        this.uid = uid;
        this.source = source;
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

    /**
     * A model from a fitted spec that {@code zhpipe fit} (or {@link #saveFitted}) wrote: the spec and the model files
     * it names, which must lie beside it, are read now and carried to the executors, which need no access to them.
     * The spec is built once here, so that a bad spec, a changed vocabulary file (its SHA-256) or an unfitted
     * feature stage fails at once.
     *
     * <pre>{@code
     * // zhpipe fit -s samples/specs/tfidf.json -i corpus.txt -o /models/fitted.json
     * ZhpipeModel model = ZhpipeModel.fromFitted(Path.of("/models/fitted.json")).setInputCol("body");
     * }</pre>
     *
     * @throws org.zhpipe.spec.SpecException when the spec is not valid or its model file does not match it
     * @throws IllegalArgumentException      when the spec names a model file elsewhere, or still needs fitting
     */
    public static ZhpipeModel fromFitted(Path fittedSpec) throws IOException {
        Path folder = fittedSpec.toAbsolutePath().normalize().getParent();
        String json = new String(org.zhpipe.resource.DataFiles.read(fittedSpec, org.zhpipe.resource.DataFiles.SPEC_LIMIT), java.nio.charset.StandardCharsets.UTF_8);
        Spec spec = Spec.parse(json, fittedSpec.toString(), StageRegistry.standard()).withBaseDirectory(folder);
        Map<String, byte[]> files = new TreeMap<>();
        for (Path model : spec.modelFiles()) {
            Path file = model.toAbsolutePath().normalize();
            if (!folder.equals(file.getParent())) {
                throw new IllegalArgumentException(fittedSpec + " names the model file " + model + " outside its "
                        + "folder: keep the model beside the spec, as zhpipe fit writes it");
            }
            files.put(file.getFileName().toString(), org.zhpipe.resource.DataFiles.read(file));
        }
        PipelineSource source = PipelineSource.of(json, files);
        if (source.build().needsFitting()) {
            throw new IllegalArgumentException(fittedSpec + " is not fitted: its feature stage learns from a corpus; "
                    + "fit it with zhpipe fit or ZhpipeEstimator first");
        }
        return new ZhpipeModel(Identifiable.randomUID("zhpipeModel"), source);
    }

    public ZhpipeModel setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public ZhpipeModel setTextCol(String value) {
        set(textCol, value);
        return this;
    }

    public ZhpipeModel setTokensCol(String value) {
        set(tokensCol, value);
        return this;
    }

    public ZhpipeModel setFeaturesCol(String value) {
        set(featuresCol, value);
        return this;
    }

    public ZhpipeModel setSignalsCol(String value) {
        set(signalsCol, value);
        return this;
    }

    public ZhpipeModel setDropCol(String value) {
        set(dropCol, value);
        return this;
    }

    /** Where the spec's relative data-file paths lead ({@link DataFolder}); the library's way by default. */
    public ZhpipeModel setDataFolder(DataFolder value) {
        set(dataFolder, value.value());
        return this;
    }

    /** The fitted spec's JSON, as {@code zhpipe fit} writes {@code fitted.json}. */
    public String fittedSpec() {
        return source.specJson();
    }

    /** The fitted spec and its data files. */
    PipelineSource source() {
        return source;
    }

    /**
     * Writes {@code fitted.json} and its vocabulary file ({@code fitted.vocab.tsv}) into {@code folder}, as
     * {@code zhpipe fit -o folder/fitted.json} would; {@code zhpipe run -s folder/fitted.json} applies them.
     *
     * @throws java.nio.file.FileAlreadyExistsException when one of the files exists: nothing is overwritten
     */
    public void saveFitted(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : source.fileNames()) {
            Files.write(folder.resolve(name), source.file(name), StandardOpenOption.CREATE_NEW);
        }
        Files.writeString(folder.resolve(ZhpipeEstimator.FITTED_SPEC), source.specJson(),
                StandardOpenOption.CREATE_NEW);
    }

    private ResultColumns columns() {
        return new ResultColumns($(textCol), $(tokensCol), $(featuresCol), $(signalsCol), $(dropCol));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return DatasetTransform.schema(schema, $(inputCol), columns());
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        return DatasetTransform.transform(dataset, source.withDataFolder(DataFolder.of($(dataFolder))),
                $(inputCol), columns());
    }

    @Override
    public ZhpipeModel copy(ParamMap extra) {
        ZhpipeModel copy = copyValues(new ZhpipeModel(uid, source), extra);
        return copy.setParent(parent());
    }

    @Override
    public MLWriter write() {
        return new ZhpipeModelWriter(this);
    }

    /** Spark ML's reader, for {@code PipelineModel.load} and {@link #load}. */
    public static MLReader<ZhpipeModel> read() {
        return new ZhpipeModelReader();
    }

    /** Loads a model saved with {@code write().save(path)}. */
    public static ZhpipeModel load(String path) {
        return read().load(path);
    }
}

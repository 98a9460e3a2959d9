package org.zhpipe.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.StageRegistry;
import org.zhpipe.stage.type.FittableParams;

/**
 * How {@link ZhpipeJob} reads its spec and inputs, as Hadoop paths (local, {@code hdfs://}, {@code s3a://}). Records
 * keep input order: the inputs in the order given, a folder's files by name (files whose names start with {@code _}
 * or {@code .} left out), each file's records in order. Text and JSONL are read as UTF-8 lines (one column,
 * {@code value}); Parquet as its rows.
 */
final class JobInputs {
    static final List<String> FORMATS = List.of("text", "jsonl", "parquet");

    private JobInputs() {
    }

    /** The format a path's extension suggests: jsonl for .jsonl and .json, parquet for .parquet, else text. */
    static String formatOf(String path) {
        String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        return name.endsWith(".jsonl") || name.endsWith(".json") ? "jsonl" : name.endsWith(".parquet") ? "parquet"
                : "text";
    }

    /**
     * The spec at {@code spec} with the fitted model files it names beside it, as bytes: what executors build from.
     *
     * @throws org.zhpipe.spec.SpecException when it is not a valid spec
     */
    static PipelineSource source(SparkSession spark, String spec) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path path = new Path(spec);
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
            throw new JobUsageException("no spec at " + spec + ": -s names a spec file (JSON)");
        }
        String json = new String(read(fs, path, org.zhpipe.resource.DataFiles.SPEC_LIMIT), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new TreeMap<>();
        for (Spec.StageSpec stage : Spec.parse(json, spec, StageRegistry.standard()).stages()) {
            if (stage.params() instanceof FittableParams p && !p.model().isEmpty() && !p.model().contains("/")) {
                Path model = new Path(path.getParent(), p.model());
                if (fs.exists(model)) {
                    files.put(p.model(), read(fs, model, org.zhpipe.resource.DataFiles.DATA_FILE_LIMIT));
                }
            }
        }
        PipelineSource source = PipelineSource.of(json, files);
        source.build(); // a bad spec fails here, on the driver, before any task
        return source;
    }

    /** All bytes of {@code path}, at most {@code limit} (the library's limits for specs and data files). */
    private static byte[] read(FileSystem fs, Path path, long limit) throws IOException {
        try (InputStream in = fs.open(path)) {
            return org.zhpipe.resource.DataFiles.read(in, limit);
        }
    }

    /** The files of {@code inputs}: files as given, folders' files by name. */
    static List<String> files(SparkSession spark, List<String> inputs) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                throw new JobUsageException("no input at " + input);
            }
            if (!fs.getFileStatus(path).isDirectory()) {
                files.add(input);
                continue;
            }
            Arrays.stream(fs.listStatus(path))
                    .filter(FileStatus::isFile)
                    .map(FileStatus::getPath)
                    .filter(p -> !p.getName().startsWith("_") && !p.getName().startsWith("."))
                    .sorted(Comparator.comparing(Path::getName))
                    .forEach(p -> files.add(p.toString()));
        }
        if (files.isEmpty()) {
            throw new JobUsageException("no input files in " + String.join(" ", inputs));
        }
        return files;
    }

    /** The records of {@code files} in order: lines (column {@code value}) or Parquet rows. */
    static Dataset<Row> read(SparkSession spark, List<String> files, String format) {
        if (format.equals("parquet")) {
            return files.stream().map(f -> spark.read().parquet(f)).reduce(Dataset::union).orElseThrow();
        }
        JavaRDD<Row> lines = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .textFile(String.join(",", files)).map(RowFactory::create);
        return spark.createDataFrame(lines, new StructType().add("value", DataTypes.StringType, true));
    }
}

package org.zhpipe.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.zhpipe.batch.DedupSummary;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.input.InputException;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.output.JsonRecord;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.output.ResultJson;
import org.zhpipe.spec.SpecException;

/**
 * The job jar's entry point: {@code zhpipe run}, {@code fit} and {@code dedup} on Spark, with the CLI's options.
 *
 * <pre>
 * spark-submit --class org.zhpipe.spark.ZhpipeJob zhpipe-spark-VERSION-job.jar dedup \
 *     -s specs/dedup.json -i hdfs:///corpus/ -o hdfs:///unique --removed hdfs:///removed --id-field id
 * </pre>
 *
 * Options: {@code -s SPEC}, {@code -i INPUT...} (files or folders), {@code -o OUTPUT} (a folder of part files; it
 * must not exist), {@code --input-format text|jsonl|parquet} (default from the first input's extension),
 * {@code --field NAME} (JSONL field or Parquet column of the text, default {@code text}). {@code run}:
 * {@code --format text|jsonl|parquet} (default the input's), {@code --rejects PATH}. {@code fit}: {@code -o} is the
 * folder that gets {@code fitted.json} and its vocabulary. {@code dedup}: {@code --removed PATH},
 * {@code --id-field NAME}, {@code --mode near|exact}, {@code --threshold}, {@code --verify estimate|exact},
 * {@code --shingle}, {@code --permutations}, {@code --seed}, {@code --partners}. Paths are Hadoop paths. A usage error
 * is one line on standard error and exit status 2; a bad spec or an unreadable input, one line and 1.
 */
public final class ZhpipeJob {
    private ZhpipeJob() {
    }

    /** Runs one command on the {@code SparkSession} that {@code spark-submit} (or {@code spark.master}) sets up. */
    public static void main(String[] args) {
        try {
            JobArguments.parse(args);
        } catch (JobUsageException e) {
            System.err.println("zhpipe-spark: " + e.getMessage());
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("zhpipe " + args[0]).getOrCreate();
        int status;
        try {
            status = run(spark, args, System.err);
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /**
     * Runs one command on {@code spark} (left running), reporting to {@code err}.
     *
     * @return the exit status: 0 done, 1 failed (a bad spec, an input that cannot be read, an output that exists), 2
     *         a usage error
     */
    public static int run(SparkSession spark, String[] args, PrintStream err) {
        try {
            JobArguments a = JobArguments.parse(args);
            String summary = switch (a.command()) {
                case "run" -> run(spark, a);
                case "fit" -> fit(spark, a);
                default -> dedup(spark, a);
            };
            err.println("zhpipe-spark: " + summary);
            return 0;
        } catch (JobUsageException e) {
            err.println("zhpipe-spark: " + e.getMessage());
            return 2;
        } catch (SpecException | InputException | IllegalArgumentException | IOException e) {
            err.println("zhpipe-spark: " + firstLine(e instanceof IOException ? e.toString() : e.getMessage()));
            return 1;
        } catch (UncheckedIOException e) {
            err.println("zhpipe-spark: " + firstLine(String.valueOf(e.getCause())));
            return 1;
        } catch (Exception e) {
            if (e instanceof AnalysisException) { // Spark's (checked, undeclared): an output that exists, a bad path
                err.println("zhpipe-spark: " + firstLine(e.getMessage()));
                return 1;
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private static String firstLine(@Nullable String message) {
        String m = message == null ? "failed" : message;
        int end = m.indexOf('\n');
        return end < 0 ? m : m.substring(0, end);
    }

    /** The records of the inputs, and how to read their text and id. */
    private record Corpus(Dataset<Row> records, RecordFields fields, String format) {
        static Corpus read(SparkSession spark, JobArguments a, @Nullable String idField) throws IOException {
            List<String> files = JobInputs.files(spark, a.inputs());
            String format = a.choice("--input-format", JobInputs.FORMATS, JobInputs.formatOf(a.inputs().get(0)));
            String field = a.get("--field", "text");
            if (format.equals("text") && idField != null) {
                throw new JobUsageException("--id-field names a JSONL field or a Parquet column: text lines are "
                        + "named by their numbers");
            }
            RecordFields fields = switch (format) {
                case "parquet" -> RecordFields.column(field, idField);
                case "jsonl" -> RecordFields.jsonLines(field, idField);
                default -> RecordFields.column("value", null);
            };
            return new Corpus(JobInputs.read(spark, files, format), fields, format);
        }
    }

    private static String run(SparkSession spark, JobArguments a) throws IOException {
        PipelineSource source = JobInputs.source(spark, a.get("--spec"));
        Corpus corpus = Corpus.read(spark, a, null);
        String format = a.choice("--format", JobInputs.FORMATS, corpus.format());
        String output = a.get("--output");
        String rejects = a.get("--rejects");
        if (format.equals("parquet")) {
            FilterResult split = new CorpusFilter(source).split(corpus.records(), corpus.fields());
            split.kept().write().parquet(output);
            if (rejects != null) {
                split.rejected().write().parquet(rejects);
            }
            long kept = split.kept().count();
            long bad = split.rejected().filter(functions.col("problem").isNotNull()).count();
            long rejected = split.rejected().count() - bad;
            return counts(kept + rejected + bad, kept, rejected, bad);
        }
        if (corpus.format().equals("parquet")) {
            throw new JobUsageException("Parquet input is written as Parquet: --format parquet");
        }
        if (source.build().needsFitting()) {
            throw new JobUsageException("the spec's feature stage learns from a corpus and is not fitted: fit it "
                    + "first (zhpipe-spark fit), then run the fitted spec");
        }
        Dataset<Row> lines = corpus.records().mapPartitions(new LineRun(
                        SharedPipeline.broadcast(spark, source), corpus.format().equals("jsonl"),
                        a.get("--field", "text"), format.equals("jsonl") ? OutputFormat.JSONL : OutputFormat.TEXT),
                        Encoders.row(LineRun.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        lines.filter(functions.col("state").equalTo(LineRun.KEPT)).select("line").write().text(output);
        if (rejects != null) {
            lines.filter(functions.col("state").equalTo(LineRun.REJECTED)).select("line").write().text(rejects);
        }
        Map<Object, Long> states = lines.select("state").javaRDD().map(r -> (Object) r.getByte(0)).countByValue();
        long kept = states.getOrDefault(LineRun.KEPT, 0L);
        long rejected = states.getOrDefault(LineRun.REJECTED, 0L);
        long bad = states.getOrDefault(LineRun.BAD, 0L);
        lines.unpersist();
        return counts(kept + rejected + bad, kept, rejected, bad);
    }

    private static String counts(long in, long kept, long rejected, long bad) {
        return String.format(Locale.ROOT, "%,d records in, %,d kept, %,d dropped, %,d bad", in, kept, rejected, bad);
    }

    private static String fit(SparkSession spark, JobArguments a) throws IOException {
        PipelineSource source = JobInputs.source(spark, a.get("--spec"));
        Corpus corpus = Corpus.read(spark, a, null);
        RecordFields fields = corpus.fields();
        Dataset<Row> texts = corpus.records().map((MapFunction<Row, Row>) row -> {
            try {
                return RowFactory.create(fields.text(row));
            } catch (RecordProblem e) {
                return RowFactory.create((Object) null);
            }
        }, Encoders.row(new StructType().add("text", DataTypes.StringType, true)));
        ZhpipeModel model = new ZhpipeEstimator().setSpec(source.specJson()).setInputCol("text").fit(texts);
        Path folder = new Path(a.get("--output"));
        FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
        PipelineSource fitted = model.source();
        for (String name : fitted.fileNames()) {
            write(fs, new Path(folder, name), fitted.file(name));
        }
        write(fs, new Path(folder, ZhpipeEstimator.FITTED_SPEC), fitted.specJson()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "fitted " + new Path(folder, ZhpipeEstimator.FITTED_SPEC);
    }

    private static void write(FileSystem fs, Path path, byte[] bytes) throws IOException {
        try (OutputStream out = fs.create(path, false)) {
            out.write(bytes);
        }
    }

    private static String dedup(SparkSession spark, JobArguments a) throws IOException {
        DedupSettings settings = settings(a);
        PipelineSource source = JobInputs.source(spark, a.get("--spec"));
        Corpus corpus = Corpus.read(spark, a, a.get("--id-field"));
        DedupResult result = new SparkDedup(source, settings).run(corpus.records(), corpus.fields());
        String output = a.get("--output");
        String removed = a.get("--removed");
        if (corpus.format().equals("parquet")) {
            result.kept().write().parquet(output);
            if (removed != null) {
                result.removed().write().parquet(removed);
            }
        } else {
            result.kept().select("value").write().text(output);
            if (removed != null) {
                boolean json = corpus.format().equals("jsonl");
                String field = a.get("--field", "text");
                result.removed().map((MapFunction<Row, String>) row -> removedLine(row, json, field),
                        Encoders.STRING()).write().text(removed);
            }
        }
        return format(result.summary());
    }

    /** A removed line as {@code zhpipe dedup --removed} writes it, without {@code source}: JSON with "zhpipe". */
    private static String removedLine(Row row, boolean json, String field) throws RecordProblem {
        String line = row.getString(0);
        String zhpipe = "{\"duplicate_of\":" + row.getString(1) + ",\"kind\":\"" + row.getString(2)
                + "\",\"similarity\":" + String.format(Locale.ROOT, "%.4f", row.getDouble(3)) + "}";
        if (!json) {
            return "{\"text\":" + ResultJson.quote(line) + ",\"zhpipe\":" + zhpipe + "}";
        }
        JsonRecord record = JsonRecord.parse(line, field, List.of("zhpipe"), "--field");
        return record.render(record.text(), Map.of("zhpipe", zhpipe));
    }

    /** The summary line of {@code zhpipe dedup}, but for the bytes read, which Spark does not count. */
    static String format(DedupSummary summary) {
        return summary.format().replaceFirst("; [0-9,]+ bytes read in ", "; ");
    }

    private static DedupSettings settings(JobArguments a) {
        String mode = a.choice("--mode", List.of("near", "exact", "lines"), "near");
        if (mode.equals("lines")) {
            throw new JobUsageException("--mode lines is not distributed: run zhpipe dedup --mode lines");
        }
        String verify = a.choice("--verify", List.of("estimate", "exact"), "estimate");
        if (mode.equals("exact") && verify.equals("exact")) {
            throw new JobUsageException("--verify exact checks near duplicates, and --mode exact has none: leave "
                    + "--verify out");
        }
        DedupSettings d = DedupSettings.DEFAULTS;
        try {
            return d.withMode(DedupSettings.Mode.valueOf(mode.toUpperCase(Locale.ROOT)))
                    .withVerification(DedupSettings.Verification.valueOf(verify.toUpperCase(Locale.ROOT)))
                    .withThreshold(a.number("--threshold", d.threshold()))
                    .withShingle(Math.toIntExact(a.integer("--shingle", d.shingle())))
                    .withPermutations(Math.toIntExact(a.integer("--permutations", d.permutations())))
                    .withSeed(a.integer("--seed", d.seed()))
                    .withPartners(Math.toIntExact(a.integer("--partners", d.partners())));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new JobUsageException(e.getMessage());
        }
    }
}

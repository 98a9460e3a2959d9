package org.zhpipe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.zhpipe.batch.BatchFitter;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.BatchRunner;
import org.zhpipe.batch.BatchSummary;
import org.zhpipe.feature.TfIdfModel;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/**
 * A feature pipeline in batch, as {@code zhpipe fit} and {@code zhpipe run} run it: the inline spec {@code spec}
 * (default {@value #SPEC}) over a file of at least {@code sizeMb} MB ({@link CorpusFile}: the SIGHAN 2005 test text
 * repeated, written once per fork to a temporary file and deleted at the end).
 *
 * <ul>
 *   <li>{@link #fit}: {@link BatchFitter} over the file: read, run the stages before {@code tfidf}, count each batch,
 *       merge the batches' counts in order, build the model.</li>
 *   <li>{@link #transform}: {@link BatchRunner} with the pipeline fitted once at setup, writing its output (format
 *       {@code format}, default {@code auto}, i.e. JSONL vectors as {@code zhpipe run} writes them) to
 *       a stream that discards it.</li>
 * </ul>
 * Both with {@code workers} worker threads (plus the reader thread and the calling thread that merges or writes);
 * every other batch setting is the CLI's default (512 records or 1 MiB per batch, encoding detected, fail on a bad
 * record).
 *
 * <p>One operation is one pass over the whole file, and one pass of 100 MB takes seconds, so an iteration of 10 s
 * holds one to a few passes (JMH lets the last pass finish and counts its time). The primary score is passes per
 * second (seconds per pass = 1 / score). Read the secondary scores of {@link InputCounters}: <b>{@code :inputMB} is
 * MB/s</b> of the file read (10<sup>6</sup> bytes, line ends included, as {@code zhpipe fit} reports it) and
 * {@code :inputMchars} millions of UTF-16 chars per second. (JMH sums {@code EVENTS} counters over iterations and
 * turns {@code OPERATIONS} counters into time per unit in the time modes, hence {@code Throughput} rather than
 * {@code SingleShotTime}.)
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar FeatureBenchmark -rf json -rff /tmp/bench-feature.json
 * java -jar bench/target/benchmarks.jar FeatureBenchmark -f 1 -wi 0 -i 1 -r 1 -p sizeMb=5     # a smoke run
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
public class FeatureBenchmark {
    /** The pipeline of the feature issue, in the inline form. */
    static final String SPEC = "halfwidth,convert:t2s,filter:cjk_ascii,segment,stopwords,tfidf";

    /** Directory with {@code pku_test.utf8} and {@code msr_test.utf8}; {@code auto} tries {@link Corpus#DEFAULT_DIRS}. */
    @Param("auto")
    public String corpus;

    /** Least size of the corpus file in MB; 100 for a measurement, 5 for a smoke run. */
    @Param("100")
    public int sizeMb;

    /** Worker threads of the batch run ({@code zhpipe fit -j}). */
    @Param({"1", "2"})
    public int workers;

    /** The inline spec, with {@code +} between stages (JMH splits {@code -p} values at commas). */
    @Param("halfwidth+convert:t2s+filter:cjk_ascii+segment+stopwords+tfidf")
    public String spec;

    CorpusFile file;
    Pipeline unfitted;
    BatchOptions options;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = CorpusFile.writeTemp(corpus, sizeMb);
        System.err.println(file);
        unfitted = Spec.parseInline(spec.replace('+', ',')).build();
        options = BatchOptions.builder().inputs(List.of(file.path())).workers(workers).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file.path());
    }

    /** The pipeline fitted on the corpus file, for {@link #transform}. */
    @State(Scope.Benchmark)
    public static class Fitted {
        /** {@code zhpipe run --format}: auto (JSONL here), jsonl, terms or libsvm. */
        @Param("auto")
        public String format;

        Pipeline pipeline;
        BatchOptions options;

        @Setup(Level.Trial)
        public void setUp(FeatureBenchmark benchmark) throws IOException {
            BatchFitter.Fitted fitted = new BatchFitter(benchmark.unfitted, benchmark.options)
                    .fit(InputStream.nullInputStream(), FeatureBenchmark::badRecord, null);
            pipeline = fitted.pipeline();
            options = BatchOptions.builder().inputs(List.of(benchmark.file.path())).workers(benchmark.workers)
                    .outputFormat(OutputFormat.valueOf(format.toUpperCase(Locale.ROOT))).build();
            if (pipeline.featureStage().orElseThrow().stage() instanceof TfIdfModel model) {
                System.err.printf("fitted: %,d terms over %,d documents%n", model.vocabulary().size(),
                        model.vocabulary().documents());
            }
        }
    }

    private static void badRecord(String message) {
        throw new IllegalStateException("bad record in the benchmark corpus: " + message);
    }

    @Benchmark
    public Pipeline fit(InputCounters counters) throws IOException {
        BatchFitter.Fitted fitted = new BatchFitter(unfitted, options)
                .fit(InputStream.nullInputStream(), FeatureBenchmark::badRecord, null);
        counters.add(file);
        return fitted.pipeline();
    }

    @Benchmark
    public BatchSummary transform(Fitted fitted, InputCounters counters) throws IOException {
        BatchSummary summary = new BatchRunner(fitted.pipeline, fitted.options)
                .run(InputStream.nullInputStream(), OutputStream.nullOutputStream(), FeatureBenchmark::badRecord);
        counters.add(file);
        return summary;
    }
}

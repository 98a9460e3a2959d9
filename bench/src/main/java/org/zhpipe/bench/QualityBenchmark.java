package org.zhpipe.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/**
 * Document stages, one thread, on the SIGHAN 2005 test text ({@link Corpus}) grouped into documents of
 * {@code linesPerDocument} lines (paragraphs), at least {@code targetMb} MB: {@code quality} measuring every text
 * signal (the n-gram and repetition ones included), {@code quality} with its default overview, the {@code fineweb2}
 * preset's text rules only, and {@code script}. One operation is one pass over the corpus; read {@code :inputMB} as
 * MB/s of UTF-8 input.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar QualityBenchmark -p corpus=../shared/eval/sighan2005
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class QualityBenchmark {
    /** Directory with {@code pku_test.utf8} and {@code msr_test.utf8}; {@code auto} tries {@link Corpus#DEFAULT_DIRS}. */
    @Param("auto")
    public String corpus;

    /** Least corpus size in MB of UTF-8. */
    @Param("12")
    public int targetMb;

    /** Lines (sentences) per document. */
    @Param("20")
    public int linesPerDocument;

    /** The signals {@link #qualitySignals} measures, joined by + (JMH splits parameters at commas). */
    @Param("charTop2gramFraction+charDup5gramFraction+charRepetition")
    public String signals;

    private Corpus input;
    private Pipeline chosen;
    private Pipeline allTextSignals;
    private Pipeline overview;
    private Pipeline script;

    @Setup
    public void setUp() {
        input = Corpus.load(corpus, targetMb).grouped(linesPerDocument);
        System.err.println(input);
        allTextSignals = Spec.parseInline("quality:signals=all").build();
        overview = Spec.parseInline("quality").build();
        script = Spec.parseInline("script").build();
        chosen = Spec.parseInline("quality:signals=" + signals.replace('+', '|')).build();
    }

    private static void run(Corpus corpus, Pipeline pipeline, Blackhole bh, InputCounters counters) {
        for (String doc : corpus.lines()) {
            bh.consume(pipeline.process(doc));
        }
        counters.add(corpus);
    }

    @Benchmark
    public void qualityAllTextSignals(Blackhole bh, InputCounters counters) {
        run(input, allTextSignals, bh, counters);
    }

    @Benchmark
    public void qualityOverview(Blackhole bh, InputCounters counters) {
        run(input, overview, bh, counters);
    }

    @Benchmark
    public void qualitySignals(Blackhole bh, InputCounters counters) {
        run(input, chosen, bh, counters);
    }

    @Benchmark
    public void script(Blackhole bh, InputCounters counters) {
        run(input, script, bh, counters);
    }
}

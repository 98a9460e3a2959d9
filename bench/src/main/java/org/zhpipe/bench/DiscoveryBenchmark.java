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
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.stage.Pipeline;

/**
 * New-word discovery and what it costs the fitted segmenter, one thread, on the SIGHAN 2005 test text ({@link Corpus},
 * repeated to at least {@code targetMb} MB, one document per line):
 * <ul>
 *   <li>{@link #count}: one pass counting the corpus into {@code HanGramCounts}, what each {@code -j} worker does;</li>
 *   <li>{@link #discover}: that pass and the discovery over the counts — what {@code zhpipe fit} does for
 *       {@code segment:discover=...} on one worker;</li>
 *   <li>{@link #segmentDefault} and {@link #segmentFitted}: {@code segment} before and after fitting on the corpus
 *       (the same dictionary plus the words found).</li>
 * </ul>
 * Read the secondary score {@code :inputMB} as MB/s of UTF-8 input.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar DiscoveryBenchmark -p corpus=../shared/eval/sighan2005
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 4, time = 10)
public class DiscoveryBenchmark {
    /** Directory with {@code pku_test.utf8} and {@code msr_test.utf8}; {@code auto} tries {@link Corpus#DEFAULT_DIRS}. */
    @Param("auto")
    public String corpus;

    /** Least corpus size in MB of UTF-8; the sentences are repeated until reached. */
    @Param("10")
    public int targetMb;

    private Corpus input;
    private Pipeline discovering;
    private Pipeline plain;
    private Pipeline fitted;

    @Setup
    public void setUp() {
        input = Corpus.load(corpus, targetMb);
        System.err.println(input);
        discovering = Spec.parseInline("segment:discover=minCount:5").build();
        plain = Spec.parseInline("segment").build();
        fitted = fit(discovering);
        System.err.println("fitted: " + fitted.process("卷积神经网络在大规模数据集上预训练").output());
    }

    private Pipeline fit(Pipeline pipeline) {
        FitAccumulator counts = pipeline.newAccumulator();
        for (String line : input.lines()) {
            pipeline.accumulate(line, counts);
        }
        return pipeline.fit(counts);
    }

    @Benchmark
    public void count(Blackhole bh, InputCounters counters) {
        FitAccumulator counts = discovering.newAccumulator();
        for (String line : input.lines()) {
            discovering.accumulate(line, counts);
        }
        bh.consume(counts);
        counters.add(input);
    }

    @Benchmark
    public void discover(Blackhole bh, InputCounters counters) {
        bh.consume(fit(discovering));
        counters.add(input);
    }

    @Benchmark
    public void segmentDefault(Blackhole bh, InputCounters counters) {
        for (String line : input.lines()) {
            bh.consume(plain.process(line));
        }
        counters.add(input);
    }

    @Benchmark
    public void segmentFitted(Blackhole bh, InputCounters counters) {
        for (String line : input.lines()) {
            bh.consume(fitted.process(line));
        }
        counters.add(input);
    }
}

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
 * Single-thread throughput of the {@code pii} stage, one document per line, {@code Pipeline.process} per line as in a
 * batch run: on the SIGHAN sentences as they are ({@code news}: full-width digits, almost no ASCII), and on the same
 * sentences as web text ({@link WebText}: after {@code halfwidth}, every fifth line with contact details, ID numbers,
 * addresses and look-alikes). Secondary scores {@code :inputMB} (MB/s of UTF-8 input) and {@code :inputMchars}, as in
 * {@link TextStagesBenchmark}.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar PiiBenchmark -p targetMb=20
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PiiBenchmark {
    /** Directory with {@code pku_test.utf8} and {@code msr_test.utf8}; {@code auto} tries {@link Corpus#DEFAULT_DIRS}. */
    @Param("auto")
    public String corpus;

    /** Least corpus size in MB of UTF-8; the sentences are repeated until reached. */
    @Param("20")
    public int targetMb;

    private Corpus news;
    private Corpus web;
    private Pipeline pii;
    private Pipeline halfwidthPii;

    @Setup
    public void setUp() {
        news = Corpus.load(corpus, targetMb);
        web = WebText.of(news);
        pii = Spec.parseInline("pii").build();
        halfwidthPii = Spec.parseInline("halfwidth,pii").build();
        long masked = 0;
        for (String line : web.lines()) {
            String out = pii.process(line).output();
            masked += out.length() - out.replace("<", "").length();
        }
        System.err.println("news " + news + "; web " + web + "; placeholders in the web text: " + masked);
    }

    private static void run(Pipeline pipeline, Corpus input, Blackhole bh, InputCounters counters) {
        for (String line : input.lines()) {
            bh.consume(pipeline.process(line));
        }
        counters.add(input);
    }

    /** {@code pii} on the SIGHAN news sentences as they are: almost nothing to look at. */
    @Benchmark
    public void news(Blackhole bh, InputCounters counters) {
        run(pii, news, bh, counters);
    }

    /** {@code pii} on web text: ASCII digits everywhere, personal data in every fifth line. */
    @Benchmark
    public void web(Blackhole bh, InputCounters counters) {
        run(pii, web, bh, counters);
    }

    /** {@code halfwidth,pii} on the web text, the usual way to run it. */
    @Benchmark
    public void webAfterHalfwidth(Blackhole bh, InputCounters counters) {
        run(halfwidthPii, web, bh, counters);
    }
}

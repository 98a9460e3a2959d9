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
import org.zhpipe.dedup.MinHasher;

/**
 * MinHash signatures, one thread, on the SIGHAN 2005 test text ({@link Corpus}) in documents of
 * {@code linesPerDocument} lines, at least {@code targetMb} MB: {@code permutations} permutations of 5-code-point
 * shingles. One operation is one pass over the corpus; read {@code :inputMB} as MB/s of UTF-8 input.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar MinHashBenchmark -p corpus=../shared/eval/sighan2005
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class MinHashBenchmark {
    /** Directory with {@code pku_test.utf8} and {@code msr_test.utf8}; {@code auto} tries {@link Corpus#DEFAULT_DIRS}. */
    @Param("auto")
    public String corpus;

    /** Least corpus size in MB of UTF-8. */
    @Param("12")
    public int targetMb;

    /** Lines (sentences) per document. */
    @Param("20")
    public int linesPerDocument;

    /** Signature length. */
    @Param("128")
    public int permutations;

    private Corpus input;
    private MinHasher hasher;

    @Setup
    public void setUp() {
        input = Corpus.load(corpus, targetMb).grouped(linesPerDocument);
        System.err.println(input);
        hasher = new MinHasher(5, permutations, 1);
    }

    @Benchmark
    public void signatures(Blackhole bh, InputCounters counters) {
        for (String doc : input.lines()) {
            bh.consume(hasher.signature(doc));
        }
        counters.add(input);
    }
}

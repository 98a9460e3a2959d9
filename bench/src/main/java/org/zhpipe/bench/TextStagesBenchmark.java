package org.zhpipe.bench;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
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
import org.zhpipe.stage.CodePointMapper;
import org.zhpipe.stage.FusedCodePointStage;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.TextStageSequence;

/**
 * Single-thread throughput of the text stages on the SIGHAN 2005 test sentences ({@link Corpus}), one document per
 * line. One operation is one pass over the whole corpus, so the primary score is corpus passes per second; the
 * secondary scores {@code :inputMB} and {@code :inputMchars} ({@link InputCounters}) are the same rate in MB/s of UTF-8
 * input and Mchars/s. The corpus size is printed to stderr at setup.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar TextStages -p corpus=../shared/eval/sighan2005 -p targetMb=20
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TextStagesBenchmark {
    static final String FUSED = "halfwidth,lowercase,filter:cjk_ascii";
    static final String CLEANING = "html_unescape,halfwidth,lowercase,whitespace,filter:han_letters_digits";

    /** Directory with {@code pku_test.utf8} and {@code msr_test.utf8}; {@code auto} tries {@link Corpus#DEFAULT_DIRS}. */
    @Param("auto")
    public String corpus;

    /** Least corpus size in MB of UTF-8; the sentences are repeated until reached. */
    @Param("20")
    public int targetMb;

    private Corpus input;
    private String[] lines;
    private Pipeline halfwidth;
    private Pipeline fused;
    private Pipeline unfused;
    private Pipeline nfkc;
    private Pipeline whitespace;
    private Pipeline htmlUnescape;
    private Pipeline cleaning;
    private Pipeline tokenize;
    private Normalizer2 icuNfkc;

    @Setup
    public void setUp() {
        input = Corpus.load(corpus, targetMb);
        lines = input.lines();
        halfwidth = Spec.parseInline("halfwidth").build();
        fused = Spec.parseInline(FUSED).build();
        unfused = unfused(fused);
        nfkc = Spec.parseInline("halfwidth:nfkc").build();
        whitespace = Spec.parseInline("whitespace").build();
        htmlUnescape = Spec.parseInline("html_unescape").build();
        cleaning = Spec.parseInline(CLEANING).build();
        tokenize = Spec.parseInline("halfwidth,tokenize").build();
        icuNfkc = Normalizer2.getNFKCInstance();
        checkSameOutput(fused, unfused);
        System.err.println(input);
    }

    /**
     * The stages of {@code pipeline}, each run as its own pass: every code point mapper gets its own table and is
     * wrapped in a {@link TextStageSequence}, which is not a mapper, so the pipeline does not fuse them again.
     */
    static Pipeline unfused(Pipeline pipeline) {
        Pipeline.Builder builder = Pipeline.builder();
        for (Pipeline.NamedStage named : pipeline.stages()) {
            if (named.stage() instanceof CodePointMapper mapper) {
                builder.add(named.name(), new TextStageSequence(List.of(new FusedCodePointStage(List.of(mapper)))));
            } else {
                builder.add(named.name(), named.stage());
            }
        }
        return builder.build();
    }

    private void checkSameOutput(Pipeline a, Pipeline b) {
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.length, 10_000); i++) {
            if (!a.process(lines[i]).output().equals(b.process(lines[i]).output())) {
                differing.add(lines[i]);
            }
        }
        if (!differing.isEmpty()) {
            throw new IllegalStateException("fused and unfused outputs differ on " + differing.size()
                    + " lines, e.g. " + differing.get(0));
        }
    }

    private void run(Pipeline pipeline, Blackhole bh, InputCounters counters) {
        for (String line : lines) {
            bh.consume(pipeline.process(line));
        }
        counters.add(input);
    }

    /** What a plain loop over the chars costs: copy each line's chars into a new array and make a new String. */
    @Benchmark
    public void baselineCopyChars(Blackhole bh, InputCounters counters) {
        for (String line : lines) {
            int n = line.length();
            char[] out = new char[n];
            for (int i = 0; i < n; i++) {
                out[i] = line.charAt(i);
            }
            bh.consume(new String(out));
        }
        counters.add(input);
    }

    @Benchmark
    public void halfwidth(Blackhole bh, InputCounters counters) {
        run(halfwidth, bh, counters);
    }

    /** {@code halfwidth,lowercase,filter:cjk_ascii}: one fused pass with the BMP table. */
    @Benchmark
    public void halfwidthLowercaseFilterFused(Blackhole bh, InputCounters counters) {
        run(fused, bh, counters);
    }

    /** The same three stages as three passes, to show what fusion buys. */
    @Benchmark
    public void halfwidthLowercaseFilterUnfused(Blackhole bh, InputCounters counters) {
        run(unfused, bh, counters);
    }

    /** {@code halfwidth:nfkc}: ICU NFKC with the alignment kept. */
    @Benchmark
    public void nfkcAligned(Blackhole bh, InputCounters counters) {
        run(nfkc, bh, counters);
    }

    /** Reference for {@link #nfkcAligned}: ICU's {@code Normalizer2.normalize} alone, no alignment, no Text. */
    @Benchmark
    public void icuNfkcPlain(Blackhole bh, InputCounters counters) {
        for (String line : lines) {
            bh.consume(icuNfkc.normalize(line));
        }
        counters.add(input);
    }

    @Benchmark
    public void whitespace(Blackhole bh, InputCounters counters) {
        run(whitespace, bh, counters);
    }

    /** The SIGHAN text has no {@code &}: this measures the scan for references, the common case. */
    @Benchmark
    public void htmlUnescape(Blackhole bh, InputCounters counters) {
        run(htmlUnescape, bh, counters);
    }

    /** {@code html_unescape,halfwidth,lowercase,whitespace,filter:han_letters_digits}. */
    @Benchmark
    public void fullCleaning(Blackhole bh, InputCounters counters) {
        run(cleaning, bh, counters);
    }

    /** {@code halfwidth,tokenize}: the rule-based segmenter after the halfwidth pass. */
    @Benchmark
    public void tokenizeAfterHalfwidth(Blackhole bh, InputCounters counters) {
        run(tokenize, bh, counters);
    }
}

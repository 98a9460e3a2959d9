package org.zhpipe.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.huaban.analysis.jieba.JiebaSegmenter;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * Word segmentation, one thread, one document per line of the SIGHAN 2005 test text ({@link Corpus}, repeated to at
 * least {@code targetMb} MB): zhpipe against its Java peers in the same run. One operation is one pass over the
 * corpus; read the secondary score {@code :inputMchars} ({@link InputCounters}) as <b>M chars/s</b> and
 * {@code :inputMB} as MB/s of UTF-8 input. Every result goes to a {@link Blackhole}.
 *
 * <p>Each segmenter lives in its own {@link State} class, set up once per fork and only by the benchmarks that use it,
 * so a run of one method never pays for loading the others' dictionaries. The peers run with their default
 * configuration, as a user would call them:
 * <ul>
 *   <li>{@link #hanlpStandard}: HanLP portable-1.8.6 {@code HanLP.newSegment()} (the {@code ViterbiSegment} that
 *       {@code HanLP.segment} uses: core dictionary + bigrams + custom dictionary, person-name recognition);</li>
 *   <li>{@link #hanlpSpeed}: HanLP's {@code HanLP.newSegment("dat")} ({@code DoubleArrayTrieSegment}, dictionary
 *       longest match, its "speed" mode);</li>
 *   <li>{@link #jiebaSearch}: jieba-analysis 1.0.2 {@code JiebaSegmenter.process(line, SegMode.SEARCH)} (DAG +
 *       unigram dynamic programming + HMM for unknown words, with offsets).</li>
 * </ul>
 *
 * <p>zhpipe: {@link #zhpipe} runs each pipeline spec of {@code spec} (by default every segment algorithm, the jieba
 * dictionary, search mode, the rule-based {@code tokenize} as a floor, and {@code segment} followed by the token stages
 * {@code stopwords}, {@code token_filter} and {@code lemmatize} — their cost is the difference to {@code segment}); choose with {@code -p spec=...}, e.g.
 * {@code -p spec=segment:viterbi,segment:fmm} (two runs; JMH splits at commas, so stages within one spec are joined
 * with {@code +}: {@code halfwidth+segment:viterbi}).
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar SegmentBenchmark
 * java -jar bench/target/benchmarks.jar 'SegmentBenchmark.zhpipe' -p spec=tokenize,halfwidth+tokenize
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SegmentBenchmark {
    /** A short sentence each segmenter segments at setup; its output goes to stderr as a visible sanity check. */
    static final String SAMPLE = "他说的确实在理，北京大学生前来应聘。";

    /** Directory with {@code pku_test.utf8} and {@code msr_test.utf8}; {@code auto} tries {@link Corpus#DEFAULT_DIRS}. */
    @Param("auto")
    public String corpus;

    /** Least corpus size in MB of UTF-8; the sentences are repeated until reached. */
    @Param("10")
    public int targetMb;

    private Corpus input;

    @Setup
    public void setUp() {
        input = Corpus.load(corpus, targetMb);
        System.err.println(input);
    }

    /** Segments every line with {@code segmenter} and counts one pass over the corpus. */
    private void run(Function<String, Object> segmenter, Blackhole bh, InputCounters counters) {
        for (String line : input.lines()) {
            bh.consume(segmenter.apply(line));
        }
        counters.add(input);
    }

    private static void show(String name, Object segmented) {
        System.err.println(name + ": " + SAMPLE + " → " + segmented);
    }

    /** zhpipe: a pipeline built from {@link #spec} (inline form, as {@code zhpipe run -p}). */
    @State(Scope.Benchmark)
    public static class Zhpipe {
        /**
         * The inline spec to run, e.g. {@code segment:viterbi}, with {@code +} between stages instead of {@code ,}
         * (JMH splits {@code -p} values at commas): {@code halfwidth+segment}.
         */
        @Param({"segment", "segment:viterbi;hmm=false", "segment:fmm", "segment:bmm", "segment:bimm",
                "segment:viterbi;mode=search", "segment:viterbi;dictionary=jieba", "tokenize",
                "segment+stopwords", "segment+stopwords+token_filter", "segment+lemmatize"})
        public String spec;

        Pipeline pipeline;

        @Setup
        public void setUp() {
            pipeline = Spec.parseInline(spec.replace('+', ',')).build();
            show("zhpipe " + spec, pipeline.process(SAMPLE).output());
        }
    }

    /** HanLP portable-1.8.6: its standard segmenter and its speed segmenter (dictionaries load here). */
    @State(Scope.Benchmark)
    public static class Hanlp {
        Segment standard;
        Segment speed;

        @Setup
        public void setUp() {
            standard = HanLP.newSegment();
            speed = HanLP.newSegment("dat");
            show("hanlp standard", standard.seg(SAMPLE));
            show("hanlp speed (dat)", speed.seg(SAMPLE));
        }
    }

    /** jieba-analysis 1.0.2 (its dictionary and HMM load here). */
    @State(Scope.Benchmark)
    public static class Jieba {
        JiebaSegmenter segmenter;

        @Setup
        public void setUp() {
            segmenter = new JiebaSegmenter();
            show("jieba search", segmenter.process(SAMPLE, JiebaSegmenter.SegMode.SEARCH));
        }
    }

    @Benchmark
    public void zhpipe(Zhpipe zhpipe, Blackhole bh, InputCounters counters) {
        run(zhpipe.pipeline::process, bh, counters);
    }

    @Benchmark
    public void hanlpStandard(Hanlp hanlp, Blackhole bh, InputCounters counters) {
        run(hanlp.standard::seg, bh, counters);
    }

    @Benchmark
    public void hanlpSpeed(Hanlp hanlp, Blackhole bh, InputCounters counters) {
        run(hanlp.speed::seg, bh, counters);
    }

    @Benchmark
    public void jiebaSearch(Jieba jieba, Blackhole bh, InputCounters counters) {
        run(line -> jieba.segmenter.process(line, JiebaSegmenter.SegMode.SEARCH), bh, counters);
    }
}

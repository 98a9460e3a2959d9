package org.zhpipe.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.zhpipe.segment.WordDictionary;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.token.ChineseLemmaRules;
import org.zhpipe.token.EnglishLemmatizer;
import org.zhpipe.token.EnglishModels;
import org.zhpipe.token.LemmatizeStage;

/**
 * The {@code lemmatize} stage, one thread. English: the prose paragraphs of the Python documentation
 * ({@link EnglishCorpus}, repeated to at least {@code targetMb} MB), one document per paragraph, segmented by the
 * default {@code segment} stage and then lemmatized. Chinese: the SIGHAN 2005 test sentences ({@link Corpus}).
 *
 * <p>One operation is one document; the corpus is read round-robin, so a short run sees the first part of it. Read the
 * secondary scores ({@link Counters}): {@code :inputMB} is MB/s of UTF-8 input and {@code :ktokens} thousands of
 * tokens (after segmentation) per second. Compare with {@link #segmentOnly} for what the stage itself costs.
 * <ul>
 *   <li>{@link #segmentOnly}: {@code segment}, the floor;</li>
 *   <li>{@link #lemmatizeCached}: {@code segment,lemmatize} as a spec builds it: POS tagging of every English run,
 *       lemmas from a cache of (word, tag) pairs (warm after the first pass over the distinct paragraphs);</li>
 *   <li>{@link #lemmatizeUncached}: the same stage with a cache of size 0: every word goes through OpenNLP's
 *       lemmatizer;</li>
 *   <li>{@link #chineseSegmentOnly} and {@link #chineseRules}: {@code segment} and
 *       {@code segment,lemmatize:english=false} on the SIGHAN text.</li>
 * </ul>
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar LemmatizeBenchmark
 * java -jar bench/target/benchmarks.jar LemmatizeBenchmark -f 1 -wi 1 -w 3 -i 2 -r 3   # a quick look
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class LemmatizeBenchmark {
    /** Directory of reStructuredText sources; the default is where Debian's python3.11-doc puts them. */
    @Param(EnglishCorpus.DEFAULT_DIR)
    public String english;

    /** Least corpus size in MB of UTF-8; the paragraphs are repeated until reached. */
    @Param("10")
    public int targetMb;

    /** Per-benchmark English input and pipelines: set up once per fork. */
    @State(Scope.Benchmark)
    public static class English {
        String[] lines;
        int[] bytes;
        Pipeline segment;
        Pipeline cached;
        Pipeline uncached;
        EnglishLemmatizer cachedLemmatizer;
        int next;

        @Setup
        public void setUp(LemmatizeBenchmark params) {
            EnglishCorpus corpus = EnglishCorpus.load(params.english, params.targetMb);
            System.err.println(corpus);
            lines = corpus.lines();
            bytes = utf8Lengths(lines);
            segment = Spec.parseInline("segment").build();
            EnglishModels models = EnglishModels.bundled();
            cachedLemmatizer = new EnglishLemmatizer(models);
            cached = Pipeline.builder().add("segment", segment.stages().get(0).stage())
                    .add("lemmatize", new LemmatizeStage(cachedLemmatizer, null, false)).build();
            uncached = Pipeline.builder().add("segment", segment.stages().get(0).stage())
                    .add("lemmatize", new LemmatizeStage(new EnglishLemmatizer(models, 0), null, false)).build();
            System.err.println("sample: " + cached.process("My cat is walking on the carpet").output());
        }

        @TearDown
        public void tearDown() {
            System.err.println("(word, tag) lemmas cached: " + cachedLemmatizer.cachedLemmas());
        }

        int next() {
            int i = next;
            next = i + 1 == lines.length ? 0 : i + 1;
            return i;
        }
    }

    /** The SIGHAN text and the Chinese rules: set up once per fork. */
    @State(Scope.Benchmark)
    public static class Chinese {
        String[] lines;
        int[] bytes;
        Pipeline segment;
        Pipeline rules;
        int next;

        @Setup
        public void setUp(LemmatizeBenchmark params) {
            Corpus corpus = Corpus.load("auto", params.targetMb);
            System.err.println(corpus);
            lines = corpus.lines();
            bytes = utf8Lengths(lines);
            segment = Spec.parseInline("segment").build();
            rules = Pipeline.builder().add("segment", segment.stages().get(0).stage())
                    .add("lemmatize", new LemmatizeStage(null, new ChineseLemmaRules(WordDictionary.bundled("core"),
                            ChineseLemmaRules.bundledExceptions()), false))
                    .build();
        }

        int next() {
            int i = next;
            next = i + 1 == lines.length ? 0 : i + 1;
            return i;
        }
    }

    /**
     * JMH secondary results: JMH divides each counter by the iteration's time, so {@code :inputMB} is MB/s of UTF-8
     * input and {@code :ktokens} thousands of tokens per second.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public double inputMB;
        public double ktokens;

        @Setup(Level.Iteration)
        public void reset() {
            inputMB = 0;
            ktokens = 0;
        }

        Result count(int bytes, Result result) {
            inputMB += bytes / 1e6;
            ktokens += result.tokens().size() / 1e3;
            return result;
        }
    }

    static int[] utf8Lengths(String[] lines) {
        int[] bytes = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            bytes[i] = lines[i].getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    @Benchmark
    public Result segmentOnly(English in, Counters counters) {
        int i = in.next();
        return counters.count(in.bytes[i], in.segment.process(in.lines[i]));
    }

    @Benchmark
    public Result lemmatizeCached(English in, Counters counters) {
        int i = in.next();
        return counters.count(in.bytes[i], in.cached.process(in.lines[i]));
    }

    @Benchmark
    public Result lemmatizeUncached(English in, Counters counters) {
        int i = in.next();
        return counters.count(in.bytes[i], in.uncached.process(in.lines[i]));
    }

    @Benchmark
    public Result chineseSegmentOnly(Chinese in, Counters counters) {
        int i = in.next();
        return counters.count(in.bytes[i], in.segment.process(in.lines[i]));
    }

    @Benchmark
    public Result chineseRules(Chinese in, Counters counters) {
        int i = in.next();
        return counters.count(in.bytes[i], in.rules.process(in.lines[i]));
    }
}

package org.zhpipe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.zhpipe.lucene.ZhpipeAnalyzer;

/**
 * Search analyzers on the SIGHAN 2005 test sentences ({@link Corpus}, one field value per line), one thread:
 * {@code analyzer} is zhpipe's default segmentation ({@code segment}), Lucene's {@code SmartChineseAnalyzer} or its
 * {@code CJKAnalyzer} (overlapping bigrams). {@code tokens} consumes every token stream ({@code :tokens} is tokens per
 * second, {@code :inputMB} MB/s); {@code index} adds each line as a document to an in-memory index.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar LuceneBenchmark -p corpus=../shared/eval/sighan2005
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class LuceneBenchmark {
    /** Directory with {@code pku_test.utf8} and {@code msr_test.utf8}; {@code auto} tries {@link Corpus#DEFAULT_DIRS}. */
    @Param("auto")
    public String corpus;

    /** Least corpus size in MB of UTF-8. */
    @Param("12")
    public int targetMb;

    @Param({"zhpipe", "smartcn", "cjk"})
    public String analyzer;

    private Corpus input;
    private Analyzer chosen;

    /** Tokens per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class TokenCounter {
        public double tokens;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
        }
    }

    @Setup
    public void setUp() {
        input = Corpus.load(corpus, targetMb);
        chosen = switch (analyzer) {
            case "zhpipe" -> new ZhpipeAnalyzer("segment");
            case "smartcn" -> new SmartChineseAnalyzer();
            case "cjk" -> new CJKAnalyzer();
            default -> throw new IllegalArgumentException("analyzer: zhpipe, smartcn or cjk, not " + analyzer);
        };
    }

    @Benchmark
    public void tokens(InputCounters counters, TokenCounter tokens) throws IOException {
        long n = 0;
        for (String line : input.lines()) {
            try (TokenStream ts = chosen.tokenStream("body", line)) {
                ts.reset();
                while (ts.incrementToken()) {
                    n++;
                }
                ts.end();
            }
        }
        tokens.tokens += n;
        counters.add(input);
    }

    @Benchmark
    public void index(InputCounters counters) {
        try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(chosen))) {
            for (String line : input.lines()) {
                Document doc = new Document();
                doc.add(new TextField("body", line, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counters.add(input);
    }
}

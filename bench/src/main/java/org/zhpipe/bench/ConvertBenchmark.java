package org.zhpipe.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.hankcs.hanlp.HanLP;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.zhpipe.convert.OpenccConverter;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/**
 * Traditional ↔ simplified conversion, one thread, one document per line: zhpipe's OpenCC engine (alone and as a
 * pipeline stage that keeps the alignment) against HanLP 1.8.6 and opencc4j 1.8.1 in the same run. The simplified
 * corpus is the SIGHAN 2005 test text repeated; the traditional corpus is that text converted with zhpipe's s2t.
 * Throughput is reported as {@code :inputMB} (MB/s of UTF-8 input), like {@link TextStagesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConvertBenchmark {
    @Param("auto")
    public String corpus;

    @Param("20")
    public int targetMb;

    private Corpus simplified;
    private Corpus traditional;
    private OpenccConverter s2t;
    private OpenccConverter t2s;
    private Pipeline s2tStage;
    private Pipeline t2sStage;

    @Setup
    public void setUp() {
        simplified = Corpus.load(corpus, targetMb);
        s2t = OpenccConverter.bundled("s2t");
        t2s = OpenccConverter.bundled("t2s");
        traditional = simplified.map(s2t::convert);
        s2tStage = Spec.parseInline("convert:s2t").build();
        t2sStage = Spec.parseInline("convert:t2s").build();
        // load the peers' dictionaries before measuring
        HanLP.convertToSimplifiedChinese("漢字");
        HanLP.convertToTraditionalChinese("汉字");
        ZhConverterUtil.toSimple("漢字");
        ZhConverterUtil.toTraditional("汉字");
        System.err.println("simplified " + simplified + "; traditional " + traditional);
    }

    /** Converts every line of {@code corpus} with {@code f}. */
    private static void run(Corpus corpus, Function<String, Object> f, Blackhole bh, InputCounters counters) {
        for (String line : corpus.lines()) {
            bh.consume(f.apply(line));
        }
        counters.add(corpus);
    }

    @Benchmark
    public void zhpipeT2s(Blackhole bh, InputCounters counters) {
        run(traditional, t2s::convert, bh, counters);
    }

    @Benchmark
    public void zhpipeS2t(Blackhole bh, InputCounters counters) {
        run(simplified, s2t::convert, bh, counters);
    }

    @Benchmark
    public void zhpipeStageT2s(Blackhole bh, InputCounters counters) {
        run(traditional, t2sStage::process, bh, counters);
    }

    @Benchmark
    public void zhpipeStageS2t(Blackhole bh, InputCounters counters) {
        run(simplified, s2tStage::process, bh, counters);
    }

    @Benchmark
    public void hanlpT2s(Blackhole bh, InputCounters counters) {
        run(traditional, HanLP::convertToSimplifiedChinese, bh, counters);
    }

    @Benchmark
    public void hanlpS2t(Blackhole bh, InputCounters counters) {
        run(simplified, HanLP::convertToTraditionalChinese, bh, counters);
    }

    @Benchmark
    public void opencc4jT2s(Blackhole bh, InputCounters counters) {
        run(traditional, ZhConverterUtil::toSimple, bh, counters);
    }

    @Benchmark
    public void opencc4jS2t(Blackhole bh, InputCounters counters) {
        run(simplified, ZhConverterUtil::toTraditional, bh, counters);
    }
}

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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zhpipe.segment.HmmModel;
import org.zhpipe.segment.WordDictionary;

/**
 * How long loading a bundled segmentation resource takes, from the jar's text to a ready dictionary: {@code core}
 * (HanLP's 85,583 words), {@code jieba} (jieba's 349,045 words, parsed, sorted and compiled into a double-array
 * trie) and {@code hmm} (jieba's character HMM). {@code SingleShotTime} with a fresh JVM per fork measures the cold
 * case a command-line run sees, where the loader runs interpreted until the JIT catches up; many forks, because one
 * cold run on a shared machine is noisy. The warm average is the library case. Retained heap:
 * {@link DictionaryFootprint}.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar DictionaryLoadBenchmark.coldLoad
 * java -jar bench/target/benchmarks.jar DictionaryLoadBenchmark -p resource=jieba
 * }</pre>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DictionaryLoadBenchmark {
    @Param({"core", "jieba", "hmm"})
    public String resource;

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 20, jvmArgsAppend = {"-Xmx1g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Object coldLoad() {
        return load(resource);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object warmLoad() {
        return load(resource);
    }

    static Object load(String resource) {
        return "hmm".equals(resource) ? HmmModel.bundled() : WordDictionary.bundled(resource);
    }
}

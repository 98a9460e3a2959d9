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
import org.zhpipe.convert.OpenccConverter;

/**
 * How long building a bundled converter takes, from the jar's text dictionaries to a ready converter. {@code
 * SingleShotTime} with a fresh JVM per fork measures the cold case a command-line run sees; the warm average is the
 * library case. Retained heap: {@link ConverterFootprint}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConverterLoadBenchmark {
    @Param({"s2t", "t2s", "s2twp"})
    public String config;

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 5, jvmArgsAppend = {"-Xmx1g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public OpenccConverter coldLoad() {
        return OpenccConverter.bundled(config);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public OpenccConverter warmLoad() {
        return OpenccConverter.bundled(config);
    }
}

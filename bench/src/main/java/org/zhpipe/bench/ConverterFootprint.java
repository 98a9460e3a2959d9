package org.zhpipe.bench;

import org.zhpipe.convert.OpenccConverter;

/**
 * Prints the heap a bundled converter retains: used heap after a full GC with the converters held, minus before.
 * {@code java -cp bench/target/benchmarks.jar org.zhpipe.bench.ConverterFootprint s2t t2s}
 */
public final class ConverterFootprint {
    private ConverterFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        RetainedHeap.print(args, "s2t", OpenccConverter::bundled);
    }
}

package org.zhpipe.bench;

import java.util.ArrayList;
import java.util.List;
import org.zhpipe.convert.OpenccConverter;

/**
 * Prints the heap a bundled converter retains: used heap after a full GC with the converters held, minus before.
 * {@code java -cp bench/target/benchmarks.jar org.zhpipe.bench.ConverterFootprint s2t t2s}
 */
public final class ConverterFootprint {
    private ConverterFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<Object> held = new ArrayList<>();
        for (String name : args.length == 0 ? new String[] {"s2t"} : args) {
            long before = usedAfterGc();
            held.add(OpenccConverter.bundled(name));
            long after = usedAfterGc();
            System.out.printf("%s: %.1f MB retained%n", name, (after - before) / 1e6);
        }
        if (held.isEmpty()) {
            throw new IllegalStateException();
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}

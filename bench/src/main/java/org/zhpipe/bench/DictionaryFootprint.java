package org.zhpipe.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints the heap a bundled segmentation resource retains ({@code core}, {@code jieba} or {@code hmm}, as in
 * {@link DictionaryLoadBenchmark}): used heap after full GCs with the loaded resources held, minus before.
 * {@code java -cp bench/target/benchmarks.jar org.zhpipe.bench.DictionaryFootprint jieba core hmm}; add
 * {@code -Xmx50m} to check that a load also fits in a small heap (the peak of a load is higher than what it keeps).
 */
public final class DictionaryFootprint {
    private DictionaryFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<Object> held = new ArrayList<>();
        for (String name : args.length == 0 ? new String[] {"jieba"} : args) {
            long before = usedAfterGc();
            held.add(DictionaryLoadBenchmark.load(name));
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

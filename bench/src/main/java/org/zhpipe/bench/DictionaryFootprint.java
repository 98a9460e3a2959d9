package org.zhpipe.bench;

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
        RetainedHeap.print(args, "jieba", DictionaryLoadBenchmark::load);
    }
}

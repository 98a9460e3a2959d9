package org.zhpipe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Measures the heap that loaded resources retain: used heap after full GCs with each resource held, minus before.
 * Prints one line per name.
 */
final class RetainedHeap {
    private RetainedHeap() {
    }

    /** Loads each of {@code names} (or {@code fallback} when none is given) with {@code load} and prints its size. */
    static void print(String[] names, String fallback, Function<String, Object> load) throws InterruptedException {
        List<Object> held = new ArrayList<>();
        for (String name : names.length == 0 ? new String[] {fallback} : names) {
            long before = usedAfterGc();
            held.add(load.apply(name));
            long after = usedAfterGc();
            System.out.printf("%s: %.1f MB retained%n", name, (after - before) / 1e6);
        }
        if (held.isEmpty()) {
            throw new IllegalStateException("nothing loaded");
        }
    }

    /** Used heap after three full GCs (as far as {@link System#gc} does one). */
    static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}

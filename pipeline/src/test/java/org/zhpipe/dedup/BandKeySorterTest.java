package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BandKeySorterTest {
    @TempDir
    Path dir;

    /** Every visit: the document and its partners. */
    private List<String> walk(long memory, long[] keys, int[] docs, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> visits = new ArrayList<>();
        try (BandKeySorter sorter = new BandKeySorter(folder, memory)) {
            for (int i = 0; i < keys.length; i++) {
                sorter.add(keys[i], docs[i]);
            }
            sorter.forEachGroup(3, (doc, partners, count) ->
                    visits.add(doc + "<" + Arrays.toString(Arrays.copyOf(partners, count))));
            if (memory < 1000) {
                assertTrue(sorter.runsWritten() > BandKeySorter.MAX_RUNS, "runs spilled and merged");
            }
        }
        try (var left = Files.list(folder)) {
            assertEquals(0, left.count(), "run files deleted");
        }
        return visits;
    }

    @Test
    void theWalkIsTheSameWithAnyBudgetAndMatchesAnInMemoryGrouping() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        int n = 20_000;
        long[] keys = new long[n];
        int[] docs = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(500) - 250L;
            docs[i] = i / 3;
        }
        List<String> small = walk(16 * BandKeySorter.ENTRY_BYTES, keys, docs, dir.resolve("small"));
        List<String> large = walk(1 << 24, keys, docs, dir.resolve("large"));
        assertEquals(large, small);
        // the same from a sorted map
        TreeMap<Long, List<Integer>> groups = new TreeMap<>(Long::compareUnsigned);
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(docs[i]);
        }
        List<String> expected = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            List<Integer> partners = new ArrayList<>(List.of(group.get(0)));
            for (int j = 1; j < group.size(); j++) {
                int doc = group.get(j);
                expected.add(doc + "<" + partners);
                if (partners.size() < 3 && partners.get(partners.size() - 1) != doc) {
                    partners.add(doc);
                }
            }
        }
        assertEquals(expected, large);
        assertTrue(expected.size() > 10_000);
    }

    @Test
    void forEachKeyCountsTheEntriesOfEachKeyInUnsignedOrderWithAnyBudget() throws IOException {
        int n = 5_000;
        TreeMap<Long, Long> expected = new TreeMap<>(Long::compareUnsigned);
        List<List<String>> walks = new ArrayList<>();
        for (long memory : new long[] {16 * BandKeySorter.ENTRY_BYTES, 1 << 20}) {
            Path folder = dir.resolve("keys-" + memory);
            List<String> walk = new ArrayList<>();
            try (BandKeySorter sorter = new BandKeySorter(folder, memory)) {
                SplittableRandom same = new SplittableRandom(11);
                for (int i = 0; i < n; i++) {
                    long key = same.nextInt(4) == 0 ? same.nextLong() : same.nextInt(300) - 150L;
                    sorter.add(key, i / 2);
                    if (walks.isEmpty()) {
                        expected.merge(key, 1L, Long::sum);
                    }
                }
                sorter.forEachKey((key, entries) -> walk.add(Long.toUnsignedString(key) + "=" + entries));
                assertEquals(memory < 1000, sorter.runsWritten() > 0, "spilled only under the small budget");
            }
            walks.add(walk);
        }
        assertEquals(walks.get(0), walks.get(1));
        List<String> fromMap = new ArrayList<>();
        expected.forEach((key, entries) -> fromMap.add(Long.toUnsignedString(key) + "=" + entries));
        assertEquals(fromMap, walks.get(0));
        assertTrue(expected.values().stream().anyMatch(c -> c > 5), "some keys repeat");
    }

    @Test
    void forEachKeyOnNothingSeesNothing() throws IOException {
        try (BandKeySorter sorter = new BandKeySorter(dir, 1 << 10)) {
            List<Long> seen = new ArrayList<>();
            sorter.forEachKey((key, entries) -> seen.add(key));
            assertEquals(List.of(), seen);
        }
    }
}

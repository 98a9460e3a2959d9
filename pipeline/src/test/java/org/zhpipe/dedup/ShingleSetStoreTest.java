package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShingleSetStoreTest {
    @TempDir
    Path dir;

    private static long[] randomSet(SplittableRandom random, int size) {
        long[] hashes = new long[size];
        for (int i = 0; i < size; i++) {
            hashes[i] = random.nextLong();
        }
        return ShingleSet.of(hashes);
    }

    @Test
    void readsBackEverySetInAnyOrderAndDeletesItsFiles() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        List<long[]> sets = new ArrayList<>();
        sets.add(randomSet(random, 1));
        sets.add(new long[0]);
        sets.add(randomSet(random, 20_000)); // longer than the read buffer: read in pieces
        for (int i = 0; i < 200; i++) {
            sets.add(randomSet(random, random.nextInt(300)));
        }
        long bytes = 0;
        try (ShingleSetStore store = new ShingleSetStore(dir.resolve("tmp"))) {
            for (long[] set : sets) {
                store.append(set);
                bytes += 8L * (set.length + 1);
            }
            assertEquals(sets.size(), store.documents());
            assertEquals(bytes, store.bytes(), "8 bytes per hash and per document's index entry");
            assertThrows(IllegalStateException.class, () -> store.read(0), "reading waits for finish");
            store.finish();
            try (var files = Files.list(dir.resolve("tmp"))) {
                assertEquals(bytes, files.mapToLong(p -> p.toFile().length()).sum(), "the files hold just that");
            }
            for (int n = 0; n < 1000; n++) {
                int doc = random.nextInt(sets.size());
                assertArrayEquals(sets.get(doc), store.read(doc), "document " + doc);
            }
            for (int doc = sets.size() - 1; doc >= 0; doc--) {
                assertArrayEquals(sets.get(doc), store.read(doc), "document " + doc);
            }
            assertThrows(IndexOutOfBoundsException.class, () -> store.read(sets.size()));
            assertThrows(IndexOutOfBoundsException.class, () -> store.read(-1));
        }
        try (var left = Files.list(dir.resolve("tmp"))) {
            assertTrue(left.findAny().isEmpty(), "close deletes the files");
        }
    }

    @Test
    void closingBeforeFinishDeletesTheFilesToo() throws IOException {
        try (ShingleSetStore store = new ShingleSetStore(dir)) {
            store.append(new long[] {1, 2, 3});
        }
        try (var left = Files.list(dir)) {
            assertTrue(left.findAny().isEmpty());
        }
    }
}

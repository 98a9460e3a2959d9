package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineIndexTest {
    @TempDir
    Path dir;

    @Test
    void aLineIsBoilerplateInMoreThanMaxDocumentsCountingEachDocumentOnce() throws IOException {
        List<String> docs = List.of(
                "首页\n新闻一\n版权所有",
                "首页\n新闻二\n版权所有\n版权所有",
                "首页\n新闻三",
                "正文\n正文\n正文");
        try (LineIndex index = new LineIndex(dir, 1 << 20)) {
            for (String doc : docs) {
                index.add(DocumentLines.of(doc));
            }
            assertEquals(4, index.documents());
            assertEquals(12, index.lines());
            Boilerplate boilerplate = index.boilerplate(2);
            assertTrue(boilerplate.contains(DocumentLines.hash("首页")), "3 documents > 2");
            assertFalse(boilerplate.contains(DocumentLines.hash("版权所有")), "2 documents, repeats not counted");
            assertFalse(boilerplate.contains(DocumentLines.hash("正文")), "3 times in one document");
            assertEquals(1, boilerplate.size());
            for (String doc : docs) {
                DocumentLines back = index.next();
                assertEquals(doc.length(), back.originalLength());
                assertEquals(DocumentLines.of(doc).count(), back.count());
            }
            assertNull(index.next());
        }
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "temporary files deleted");
        }
    }

    @Test
    void anyMemoryBudgetFindsTheSameBoilerplateAsCountingInMemory() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        List<DocumentLines> docs = new ArrayList<>();
        Map<String, Set<Integer>> documentsOf = new HashMap<>();
        for (int d = 0; d < 400; d++) {
            StringBuilder doc = new StringBuilder();
            for (int l = 0; l < 12; l++) {
                String line = "行" + (random.nextInt(3) == 0 ? random.nextInt(40) : random.nextInt(1_000_000));
                doc.append(line).append('\n');
                documentsOf.computeIfAbsent(line, k -> new HashSet<>()).add(d);
            }
            docs.add(DocumentLines.of(doc.toString()));
        }
        Set<Long> expected = new HashSet<>();
        documentsOf.forEach((line, in) -> {
            if (in.size() > 40) {
                expected.add(DocumentLines.hash(line));
            }
        });
        assertTrue(expected.size() > 5 && expected.size() < 35, "some lines, not all: " + expected.size());
        for (long memory : new long[] {100, 1 << 22}) {
            try (LineIndex index = new LineIndex(dir.resolve("m" + memory), memory)) {
                for (DocumentLines doc : docs) {
                    index.add(doc);
                }
                Boilerplate boilerplate = index.boilerplate(40);
                assertEquals(memory < 1000, index.runsWritten() > 0, "spills only under the small budget");
                assertEquals(expected.size(), boilerplate.size());
                for (long hash : expected) {
                    assertTrue(boilerplate.contains(hash));
                }
            }
        }
    }
}

package org.zhpipe.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zhpipe dedup} on the sample duplicates, end to end in process, and its one-line errors. */
class DedupCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("zhpipe.root", ".."));
    private static final Path SPEC = ROOT.resolve("samples/specs/dedup.json");
    private static final Path DUPES = ROOT.resolve("samples/text/dupes.jsonl");
    private static final Path LINES_SPEC = ROOT.resolve("samples/specs/dedup-lines.json");
    private static final Path PAGES = ROOT.resolve("samples/text/boilerplate.jsonl");

    @TempDir
    Path dir;

    private static CliTest.Run run(Object... args) {
        return CliTest.run(Stream.of(args).map(Object::toString).toArray(String[]::new));
    }

    @Test
    void keepsTheFirstOfEachClusterAndWritesWhatItRemoved() throws IOException {
        Path out = dir.resolve("unique.jsonl");
        Path removed = dir.resolve("removed.jsonl");
        CliTest.Run r = run("dedup", "-s", SPEC, "-i", DUPES, "-o", out, "--removed", removed, "--id-field", "id",
                "--threshold", "0.6", "-j", "2");
        assertEquals(0, r.code(), r.err());
        List<String> kept = Files.readAllLines(out);
        assertEquals(5, kept.size());
        assertEquals(Files.readAllLines(DUPES).get(0), kept.get(0), "written as read");
        assertTrue(kept.get(1).contains("\"w1\""), "the full-width original is kept, not its normalized text");
        List<String> gone = Files.readAllLines(removed);
        assertEquals(4, gone.size());
        assertTrue(gone.get(1).startsWith("{\"id\":\"n3\""), "traditional matches simplified through t2s");
        assertTrue(gone.get(2).contains("\"duplicate_of\":\"n1\",\"kind\":\"near\""), gone.get(2));
        assertTrue(r.err().contains("9 records in, 5 kept, 4 removed (3 exact, 1 near duplicates in 2 clusters), "
                + "0 bad"), r.err());
    }

    @Test
    void linesModeRemovesTheSharedNavigationAndCopyrightLinesOfTheSamplePages() throws IOException {
        Path out = dir.resolve("clean.jsonl");
        Path removed = dir.resolve("removed.jsonl");
        CliTest.Run r = run("dedup", "-s", LINES_SPEC, "-i", PAGES, "-o", out, "--removed", removed, "--mode", "lines",
                "--max-documents", "2", "-j", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("7 records in, 6 kept (5 with lines removed), 1 emptied; 19 lines removed "
                + "(4 distinct lines in more than 2 records), 0 bad; "), r.err());
        String kept = Files.readString(out);
        for (String boilerplate : List.of("关于我们", "版权所有", "版權所有", "扫一扫", "当前位置：首页 > 新闻")) {
            assertFalse(kept.contains(boilerplate), boilerplate);
        }
        assertTrue(kept.contains("\"text\":\"當前位置：首頁 > 體育\\n江南馬拉松"), "the traditional page loses its "
                + "navigation through t2s and keeps its own lines as they were");
        assertTrue(kept.contains("市民王女士说"), "a line in 2 records stays");
        assertEquals(Files.readAllLines(PAGES).get(5), Files.readAllLines(out).get(4), "untouched: as read");
        List<String> gone = Files.readAllLines(removed);
        assertEquals(1, gone.size());
        assertTrue(gone.get(0).startsWith("{\"id\":\"p5\""), gone.get(0));
        assertTrue(gone.get(0).endsWith("\"kind\":\"emptied\",\"lines_removed\":4}}"), gone.get(0));

        Path again = dir.resolve("again.jsonl");
        CliTest.Run one = run("dedup", "-s", LINES_SPEC, "-i", PAGES, "-o", again, "--mode", "lines",
                "--max-documents", "2", "-j", "1", "--memory", "1K");
        assertEquals(0, one.code(), one.err());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again), "-j 1 with a tiny budget: same bytes");
    }

    @Test
    void verifyExactReportsTrueSimilaritiesAndGivesTheSameBytesWithAnyWorkersAndBudget() throws IOException {
        Path out = dir.resolve("unique.jsonl");
        Path removed = dir.resolve("removed.jsonl");
        Path clusters = dir.resolve("clusters.jsonl");
        CliTest.Run r = run("dedup", "-s", SPEC, "-i", DUPES, "-o", out, "--removed", removed, "--clusters", clusters,
                "--id-field", "id", "--threshold", "0.6", "--verify", "exact", "-j", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("9 records in, 5 kept, 4 removed (3 exact, 1 near duplicates in 2 clusters), "
                + "0 bad"), r.err());
        List<String> gone = Files.readAllLines(removed);
        assertTrue(gone.get(2).contains("\"duplicate_of\":\"n1\",\"kind\":\"near\",\"similarity\":"), gone.get(2));
        CliTest.Run estimated = run("dedup", "-s", SPEC, "-i", DUPES, "-o", dir.resolve("e.jsonl"), "--removed",
                dir.resolve("e-removed.jsonl"), "--id-field", "id", "--threshold", "0.6");
        assertEquals(0, estimated.code(), estimated.err());
        assertFalse(gone.get(2).equals(Files.readAllLines(dir.resolve("e-removed.jsonl")).get(2)),
                "the true similarity, not the estimate: " + gone.get(2));

        Path again = dir.resolve("again.jsonl");
        Path removedAgain = dir.resolve("removed-again.jsonl");
        Path clustersAgain = dir.resolve("clusters-again.jsonl");
        CliTest.Run one = run("dedup", "-s", SPEC, "-i", DUPES, "-o", again, "--removed", removedAgain, "--clusters",
                clustersAgain, "--id-field", "id", "--threshold", "0.6", "--verify", "EXACT", "-j", "1", "--memory",
                "1K");
        assertEquals(0, one.code(), one.err());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again));
        assertArrayEquals(Files.readAllBytes(removed), Files.readAllBytes(removedAgain));
        assertArrayEquals(Files.readAllBytes(clusters), Files.readAllBytes(clustersAgain));
    }

    /**
     * The sample duplicates and two English records, and {@code dedup.json} with a Han-share quality filter, which
     * drops the two mostly Latin samples and the English records.
     */
    private Path[] withEnglish() throws IOException {
        Path input = dir.resolve("dupes-en.jsonl");
        Files.writeString(input, Files.readString(DUPES) + "{\"id\": \"en1\", \"text\": \"the library opened\"}\n"
                + "{\"id\": \"en2\", \"text\": \"the library opened\"}\n");
        Path spec = dir.resolve("dedup-quality.json");
        Files.writeString(spec, "{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidth\"}, {\"type\": \"lowercase\"}, "
                + "{\"type\": \"convert\", \"config\": \"t2s\"}, {\"type\": \"whitespace\"}, "
                + "{\"type\": \"quality\", \"min\": {\"hanShare\": 0.5}}]}");
        return new Path[] {input, spec};
    }

    @Test
    void rejectsGetsTheRecordsTheSpecsQualityFilterDropsInEveryModeWithAnyWorkers() throws IOException {
        Path[] files = withEnglish();
        for (String mode : List.of("exact", "near", "lines")) {
            Path out = dir.resolve(mode + "-unique.jsonl");
            Path rejects = dir.resolve(mode + "-rejects.jsonl");
            CliTest.Run r = run("dedup", "-s", files[1], "-i", files[0], "-o", out, "--rejects", rejects, "--mode",
                    mode, "--threshold", "0.6", "-j", "2");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("11 records in, "), r.err());
            assertTrue(r.err().contains(", 4 dropped (quality.minHanShare 4), 0 bad"), r.err());
            List<String> rejected = Files.readAllLines(rejects);
            assertEquals(4, rejected.size(), mode);
            assertTrue(rejected.get(0).startsWith("{\"id\":\"w1\",\"text\":\"Ｚｈｐｉｐｅ"), rejected.get(0));
            assertTrue(rejected.get(1).contains("\"id\":\"w2\""), rejected.get(1));
            assertTrue(rejected.get(2).startsWith("{\"id\":\"en1\",\"text\":\"the library opened\",\"zhpipe\":{"
                    + "\"source\":\"" + files[0] + ":10\",\"drops\":[{\"stage\":\"quality\",\"rule\":\"minHanShare\""),
                    rejected.get(2));
            assertTrue(rejected.get(3).contains("\"id\":\"en2\""), "a dropped record is no duplicate: both go to "
                    + "--rejects");
            assertFalse(Files.readString(out).contains("library opened"), mode);

            Path again = dir.resolve(mode + "-rejects-again.jsonl");
            CliTest.Run one = run("dedup", "-s", files[1], "-i", files[0], "-o", dir.resolve(mode + "-again.jsonl"),
                    "--rejects", again, "--mode", mode, "--threshold", "0.6", "-j", "1", "--memory", "1K");
            assertEquals(0, one.code(), one.err());
            assertArrayEquals(Files.readAllBytes(rejects), Files.readAllBytes(again), mode + ": same bytes");
        }
    }

    @Test
    void rejectsMustBeItsOwnFileAndNeedsADocumentStage() throws IOException {
        Path[] files = withEnglish();
        Path out = Files.writeString(dir.resolve("unique.jsonl"), "keep me");
        CliTest.Run same = run("dedup", "-s", files[1], "-i", files[0], "-o", out, "--rejects", out);
        assertEquals(2, same.code());
        assertEquals("zhpipe: error: two outputs of this run are the same file " + out + ": one would replace the "
                + "other; give each output its own name\n", same.err());
        assertEquals("keep me", Files.readString(out), "nothing was written");
        CliTest.Run removed = run("dedup", "-s", files[1], "-i", files[0], "--removed", out, "--rejects", out);
        assertEquals(2, removed.code(), removed.err());
        CliTest.Run input = run("dedup", "-s", files[1], "-i", files[0], "--rejects", files[0]);
        assertEquals(2, input.code());
        assertTrue(input.err().startsWith("zhpipe: error: input " + files[0] + " is also an output of this run"),
                input.err());
        CliTest.Run none = run("dedup", "-s", SPEC, "-i", DUPES, "--rejects", dir.resolve("r.jsonl"));
        assertEquals(2, none.code());
        assertEquals("zhpipe: error: --rejects writes the records the pipeline's document stages drop, and it has "
                + "none: add one, such as {\"type\": \"quality\"}\n", none.err());
        assertFalse(Files.exists(dir.resolve("r.jsonl")));
    }

    @Test
    void explainsBadSettingsInOneLine() {
        CliTest.Run r = run("dedup", "-s", SPEC, "-i", DUPES, "--threshold", "1.5");
        assertEquals(2, r.code());
        assertEquals("zhpipe: error: --threshold must be above 0 and below 1, not 1.5\n", r.err());
        r = run("dedup", "-s", SPEC);
        assertEquals("zhpipe: error: dedup reads its inputs twice, so it cannot read standard input: name them with "
                + "-i\n", r.err());
        r = run("dedup", "-s", SPEC, "-i", DUPES, "--mode", "fuzzy");
        assertEquals("zhpipe: error: invalid value for --mode: \"fuzzy\"; expected exact, near or lines\n", r.err());
        r = run("dedup", "-s", SPEC, "-i", DUPES, "--verify", "true");
        assertEquals(2, r.code());
        assertEquals("zhpipe: error: invalid value for --verify: \"true\"; expected estimate or exact\n", r.err());
        r = run("dedup", "-s", SPEC, "-i", DUPES, "--mode", "exact", "--verify", "exact");
        assertEquals(2, r.code());
        assertEquals("zhpipe: error: --verify exact checks near duplicates, and --mode exact has none: leave it out "
                + "or use --mode near\n", r.err());
        r = run("dedup", "-s", SPEC, "-i", DUPES, "--mode", "lines", "--max-documents", "0");
        assertEquals("zhpipe: error: --max-documents must be at least 1, not 0\n", r.err());
        r = run("dedup", "-s", SPEC, "-i", DUPES, "--mode", "lines", "--clusters", dir.resolve("c.jsonl"));
        assertEquals(2, r.code());
        assertEquals("zhpipe: error: --clusters has no meaning with --mode lines, which removes lines, not duplicate "
                + "records: leave it out\n", r.err());
    }
}

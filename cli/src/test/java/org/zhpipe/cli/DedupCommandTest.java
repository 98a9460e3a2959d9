package org.zhpipe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void explainsBadSettingsInOneLine() {
        CliTest.Run r = run("dedup", "-s", SPEC, "-i", DUPES, "--threshold", "1.5");
        assertEquals(2, r.code());
        assertEquals("zhpipe: error: --threshold must be above 0 and below 1, not 1.5\n", r.err());
        r = run("dedup", "-s", SPEC);
        assertEquals("zhpipe: error: dedup reads its inputs twice, so it cannot read standard input: name them with "
                + "-i\n", r.err());
        r = run("dedup", "-s", SPEC, "-i", DUPES, "--mode", "fuzzy");
        assertEquals("zhpipe: error: invalid value for --mode: \"fuzzy\"; expected exact or near\n", r.err());
    }
}

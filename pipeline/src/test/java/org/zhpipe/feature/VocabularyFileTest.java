package org.zhpipe.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyFileTest {
    @TempDir
    Path dir;

    private final Vocabulary vocabulary = new Vocabulary(List.of("天气", "a\tb", "line\nbreak", "back\\slash", "𠀀",
            "机器 学习"), new long[] {3, 1, 1, 2, 1, 2}, 5, 0);

    @Test
    void roundTripKeepsEveryTermAndCount() throws IOException {
        Path file = dir.resolve("v.tsv");
        String sha = VocabularyFile.write(file, vocabulary, i -> 1.5);
        assertEquals(64, sha.length());
        Vocabulary read = VocabularyFile.read(file, sha, 5);
        assertEquals(vocabulary.terms(), read.terms());
        for (int i = 0; i < vocabulary.size(); i++) {
            assertEquals(vocabulary.documentFrequency(i), read.documentFrequency(i));
        }
        assertEquals(5, read.documents());
        assertEquals("term\tindex\tdf\tidf\n天气\t0\t3\t1.5\na\\tb\t1\t1\t1.5\nline\\nbreak\t2\t1\t1.5\n"
                + "back\\\\slash\t3\t2\t1.5\n𠀀\t4\t1\t1.5\n机器 学习\t5\t2\t1.5\n",
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateSurvivesTheRoundTrip() throws IOException {
        Path file = dir.resolve("v.tsv");
        Vocabulary odd = new Vocabulary(List.of("a\uD800", "\uDC00b", "?"), new long[] {1, 1, 1}, 1, 0);
        String sha = VocabularyFile.write(file, odd, null);
        assertEquals(odd.terms(), VocabularyFile.read(file, sha, 1).terms());
        assertTrue(Files.readString(file).contains("a\\uD800\t0"));
    }

    @Test
    void aChangedFileIsRefused() throws IOException {
        Path file = dir.resolve("v.tsv");
        String sha = VocabularyFile.write(file, vocabulary, null);
        Files.writeString(file, Files.readString(file).replace("天气\t0\t3", "天气\t0\t4"));
        String message = assertThrows(VocabularyFileException.class,
                () -> VocabularyFile.read(file, sha, 5)).getMessage();
        assertEquals(file + ": the file has changed since it was fitted (its SHA-256 is "
                + message.substring(message.indexOf("is ") + 3, message.indexOf(", the spec")) + ", the spec expects "
                + sha + "): fit again, or restore the file", message);
    }

    @Test
    void malformedFilesNameTheLine() throws IOException {
        Path file = dir.resolve("v.tsv");
        Files.writeString(file, "term\tindex\tdf\tidf\n天气\t0\t3\t\n雨\t2\t1\t\n");
        assertEquals(file + ":3: expected index 1, found \"2\": lines are in index order",
                assertThrows(VocabularyFileException.class, () -> VocabularyFile.read(file, "", 5)).getMessage());
        Files.writeString(file, "term\tindex\tdf\tidf\n天气\t0\t9\t\n");
        assertEquals(file + ":2: the document frequency 9 lies outside [0, 5], the number of documents the spec "
                + "records", assertThrows(VocabularyFileException.class,
                        () -> VocabularyFile.read(file, "", 5)).getMessage());
        Path missing = dir.resolve("missing.tsv");
        assertEquals(missing + ": the fitted vocabulary is missing; it is written next to the fitted spec when it "
                + "is saved (FittedSpec.write): keep the two together, or fit again", assertThrows(VocabularyFileException.class,
                        () -> VocabularyFile.read(missing, "", 5)).getMessage());
    }
}

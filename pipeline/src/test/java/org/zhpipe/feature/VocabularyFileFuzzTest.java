package org.zhpipe.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.zhpipe.testing.FuzzChecks;

/**
 * Fuzzes {@link VocabularyFile#read} with the bytes of a fitted vocabulary (the checksum check off, 100 documents):
 * it reads them or throws a {@link VocabularyFileException} naming the file; what it reads is written back as it
 * came, idf column aside. Seeds: {@code VocabularyFileFuzzTestInputs/vocabulary/}.
 */
class VocabularyFileFuzzTest {
    private static final String NAME = "vocabulary.tsv";
    private static final long DOCUMENTS = 100;

    @FuzzTest
    void vocabulary(byte[] bytes) throws Exception {
        Throwable e = FuzzChecks.expectOnly(new String(bytes, StandardCharsets.UTF_8), () -> {
            Vocabulary vocabulary = VocabularyFile.read(bytes, NAME, "", DOCUMENTS);
            for (int i = 0; i < vocabulary.size(); i++) {
                long df = vocabulary.documentFrequency(i);
                assertTrue(0 <= df && df <= DOCUMENTS, "df " + df);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VocabularyFile.write(out, vocabulary, null);
            Vocabulary again = VocabularyFile.read(out.toByteArray(), NAME, "", DOCUMENTS);
            assertEquals(vocabulary.size(), again.size());
            for (int i = 0; i < vocabulary.size(); i++) {
                assertEquals(vocabulary.term(i), again.term(i));
                assertEquals(vocabulary.documentFrequency(i), again.documentFrequency(i));
            }
        }, VocabularyFileException.class);
        assertTrue(e == null || e.getMessage().startsWith(NAME), () -> "does not name the file: " + e);
    }
}

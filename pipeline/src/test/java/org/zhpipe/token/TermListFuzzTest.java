package org.zhpipe.token;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zhpipe.testing.FuzzChecks;

/**
 * Fuzzes {@link TermListReader} and {@link StopwordList} with the bytes of a stopword file: either every term is a
 * stripped, non-empty line the list then contains, or a {@link TermListException} names the file and line. Seeds:
 * {@code TermListFuzzTestInputs/stopwords/}.
 */
class TermListFuzzTest {
    private static final String NAME = "stopwords.txt";

    @FuzzTest
    void stopwords(byte[] bytes) throws Exception {
        Throwable e = FuzzChecks.expectOnly(new String(bytes, StandardCharsets.UTF_8), () -> {
            List<String> terms = TermListReader.read(new ByteArrayInputStream(bytes), NAME);
            StopwordList list = StopwordList.of(terms);
            for (String term : terms) {
                assertFalse(term.isEmpty(), "an empty term");
                assertTrue(list.contains(term), () -> "not on the list: " + term);
            }
        }, TermListException.class);
        assertTrue(e == null || e.getMessage().startsWith(NAME + ":"), () -> "does not name the file: " + e);
    }
}

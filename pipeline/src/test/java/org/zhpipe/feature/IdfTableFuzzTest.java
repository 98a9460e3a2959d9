package org.zhpipe.feature;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.zhpipe.testing.FuzzChecks;

/**
 * Fuzzes {@link IdfTableReader} with the bytes of an IDF table file: it reads them into a table or throws an
 * {@link IdfTableException} naming the file. Seeds: {@code IdfTableFuzzTestInputs/idfTable/}.
 */
class IdfTableFuzzTest {
    private static final String NAME = "idf.txt";

    @FuzzTest
    void idfTable(byte[] bytes) throws Exception {
        Throwable e = FuzzChecks.expectOnly(new String(bytes, StandardCharsets.UTF_8), () -> {
            IdfTable table = IdfTable.parse(bytes, NAME);
            assertTrue(table.size() > 0, "a table without entries was accepted");
            double median = table.median();
            assertTrue(median >= 0 && Double.isFinite(median), "median " + median);
        }, IdfTableException.class);
        assertTrue(e == null || e.getMessage().startsWith(NAME + ":"), () -> "does not name the file: " + e);
    }
}

package org.zhpipe.pii;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Precision and recall of the scanner per type on {@code pii-eval.tsv} ({@link PiiEval}): every type has at least
 * 30 expected matches and stays at or above its floors, which are what the scanner reaches (rounded down to two
 * places), so a change that loses any of it fails here. The table is published as a report entry;
 * {@link PiiEval#main} prints it.
 */
class PiiEvalTest {
    /** Precision and recall floors where they are below 1: the formats left out on purpose. */
    private static final Map<PiiType, double[]> FLOORS = Map.of(
            PiiType.PHONE, new double[] {1.0, 0.97},    // 3 dotted numbers (137.1365.1883) of 122
            PiiType.HK_ID, new double[] {1.0, 0.90});   // 3 IDs without parentheses (K3748596) of 33
    private static final double[] ALL_FLOORS = {1.0, 0.99};

    @Test
    void precisionAndRecallPerType(TestReporter reporter) throws IOException {
        PiiEval eval = new PiiEval(PiiEval.read(), new PiiScanner());
        String table = eval.table();
        reporter.publishEntry("pii-eval", table);
        String failures = table + String.join("\n", eval.errors);
        assertTrue(eval.positives >= 300 && eval.negatives >= 300, table);
        for (PiiType t : PiiType.values()) {
            PiiEval.Counts c = eval.counts.get(t);
            double[] floors = FLOORS.getOrDefault(t, new double[] {1.0, 1.0});
            assertTrue(c.expected() >= 30, t + " has too few examples:\n" + table);
            assertTrue(c.precision() >= floors[0] && c.recall() >= floors[1], t + " below its floors:\n" + failures);
        }
        assertTrue(eval.all.precision() >= ALL_FLOORS[0] && eval.all.recall() >= ALL_FLOORS[1], failures);
    }
}

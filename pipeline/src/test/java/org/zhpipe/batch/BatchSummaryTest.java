package org.zhpipe.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {
    @Test
    void formatsOneHumanLine() {
        BatchSummary s = new BatchSummary(12_345, 12_340, 5, 0, 1_234_567, 1_100_000, 3_200_000, 410_000_000L,
                List.of());
        assertEquals("12,345 records in, 12,340 out, 5 bad (5 skipped); 3.2 MB read in 0.41 s (7.8 MB/s); "
                + "1,234,567 → 1,100,000 chars", s.format());
        assertEquals(s.format(), s.toString());
        assertEquals(7.8, s.megabytesPerSecond(), 0.01);
    }

    @Test
    void mentionsKeptRecordsAndLeavesOutTheBadPartWhenThereAreNone() {
        assertEquals("10 records in, 9 out, 3 bad (1 skipped, 2 kept); 812 B read in 0.00 s (0.0 MB/s); 5 → 5 chars",
                new BatchSummary(10, 9, 1, 2, 5, 5, 812, 0, List.of()).format());
        assertEquals("1 record in, 1 out; 1.5 kB read in 1.00 s (0.0 MB/s); 2 → 2 chars",
                new BatchSummary(1, 1, 0, 0, 2, 2, 1_500, 1_000_000_000L, List.of()).format());
    }

    @Test
    void mentionsBadFilesSkipped() {
        BatchSummary one = new BatchSummary(2, 2, 0, 0, 2, 2, 812, 0, List.of(), 1);
        assertEquals("2 records in, 2 out; 1 bad file skipped; 812 B read in 0.00 s (0.0 MB/s); 2 → 2 chars",
                one.format());
        assertEquals(1, one.badFiles());
        assertEquals("3 records in, 2 out, 1 bad (1 skipped); 2 bad files skipped; 812 B read in 0.00 s (0.0 MB/s); "
                + "2 → 2 chars", new BatchSummary(3, 2, 1, 0, 2, 2, 812, 0, List.of(), 2).format());
        assertEquals(0, new BatchSummary(1, 1, 0, 0, 2, 2, 1, 0, List.of()).badFiles());
    }
}

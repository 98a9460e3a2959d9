package org.zhpipe.batch;

import java.util.Collections;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a deduplication did. Counts obey {@code recordsIn == kept + exactDuplicates + nearDuplicates + dropped + bad}:
 * every record read is written, removed as a duplicate (to the removed file when there is one), dropped by a document
 * stage of the spec, or bad (reported).
 *
 * @param recordsIn       records read
 * @param kept            records written: the first of each cluster, and every record without a duplicate
 * @param exactDuplicates records removed because their normalized text equals an earlier record's
 * @param nearDuplicates  records removed as near duplicates of an earlier record
 * @param dropped         records a document stage dropped
 * @param bad             bad records (reported, not written)
 * @param badFiles        inputs skipped whole or in part
 * @param clusters        clusters of two or more records
 * @param verifiedPairs   candidate pairs whose signatures were compared
 * @param sortRuns        sorted runs of band keys written to disk (0 when the index fit in the memory budget)
 * @param bytesRead       raw bytes read in the first pass
 * @param elapsedNanos    wall time of both passes
 * @param dropReasons     dropped records by rule
 */
public record DedupSummary(long recordsIn, long kept, long exactDuplicates, long nearDuplicates, long dropped,
                           long bad, long badFiles, long clusters, long verifiedPairs, int sortRuns, long bytesRead,
                           long elapsedNanos, SortedMap<String, Long> dropReasons) {
    public DedupSummary {
        dropReasons = Collections.unmodifiableSortedMap(new TreeMap<>(dropReasons));
        if (recordsIn != kept + exactDuplicates + nearDuplicates + dropped + bad) {
            throw new IllegalArgumentException("records in (" + recordsIn + ") != kept (" + kept + ") + exact ("
                    + exactDuplicates + ") + near (" + nearDuplicates + ") + dropped (" + dropped + ") + bad (" + bad
                    + ")");
        }
    }

    /** Records removed as duplicates. */
    public long removed() {
        return exactDuplicates + nearDuplicates;
    }

    /**
     * One line for people, such as {@code 1,000 records in, 900 kept, 100 removed (60 exact, 40 near duplicates in 45
     * clusters), 0 bad; 1.2 MB read in 0.50 s}.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(count(recordsIn)).append(recordsIn == 1 ? " record in, " : " records in, ")
                .append(count(kept)).append(" kept, ").append(count(removed())).append(" removed (")
                .append(count(exactDuplicates)).append(" exact, ").append(count(nearDuplicates))
                .append(" near duplicates in ").append(count(clusters)).append(clusters == 1 ? " cluster)" : " clusters)");
        if (dropped > 0) {
            sb.append(", ").append(count(dropped)).append(" dropped (");
            int i = 0;
            for (var reason : dropReasons.entrySet()) {
                sb.append(i++ > 0 ? ", " : "").append(reason.getKey()).append(' ').append(count(reason.getValue()));
            }
            sb.append(')');
        }
        sb.append(", ").append(count(bad)).append(" bad");
        if (badFiles > 0) {
            sb.append("; ").append(count(badFiles)).append(badFiles == 1 ? " bad file skipped" : " bad files skipped");
        }
        sb.append(String.format(Locale.ROOT, "; %s bytes read in %.2f s", count(bytesRead), elapsedNanos / 1e9));
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

package org.zhpipe.batch;

import java.util.Collections;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.zhpipe.dedup.DedupSettings;

/**
 * What a deduplication did. Counts obey
 * {@code recordsIn == kept + exactDuplicates + nearDuplicates + emptied + dropped + bad}: every record read is
 * written, removed as a duplicate or emptied by line removal (to the removed file when there is one), dropped by a
 * document stage of the spec (to the rejects file when there is one), or bad (reported).
 *
 * @param settings        how documents were compared; in {@link DedupSettings.Mode#LINES} mode no record is a
 *                        duplicate and there are no clusters, and in the other modes none is emptied
 * @param recordsIn       records read
 * @param kept            records written: the first of each cluster, and every record without a duplicate
 * @param exactDuplicates records removed because their normalized text equals an earlier record's
 * @param nearDuplicates  records removed as near duplicates of an earlier record
 * @param emptied         lines mode: records removed because nothing but white space was left of them
 * @param cleaned         lines mode: records written with lines removed
 * @param linesRemoved    lines mode: lines removed from the records, kept and emptied
 * @param boilerplateLines lines mode: distinct lines found in more than the settings' maximum of documents
 * @param dropped         records a document stage dropped (what the rejects file gets)
 * @param bad             bad records (reported, not written)
 * @param badFiles        inputs skipped whole or in part
 * @param clusters        clusters of two or more records
 * @param verifiedPairs   candidate pairs whose signatures were compared
 * @param sortRuns        sorted runs of band keys written to disk (0 when the index fit in the memory budget)
 * @param bytesRead       raw bytes read in the first pass
 * @param elapsedNanos    wall time of both passes
 * @param dropReasons     dropped records by rule
 */
public record DedupSummary(DedupSettings settings, long recordsIn, long kept, long exactDuplicates,
                           long nearDuplicates, long emptied, long cleaned, long linesRemoved, long boilerplateLines,
                           long dropped, long bad, long badFiles, long clusters, long verifiedPairs, int sortRuns, long bytesRead,
                           long elapsedNanos, SortedMap<String, Long> dropReasons) {
    public DedupSummary {
        dropReasons = Collections.unmodifiableSortedMap(new TreeMap<>(dropReasons));
        if (recordsIn != kept + exactDuplicates + nearDuplicates + emptied + dropped + bad) {
            throw new IllegalArgumentException("records in (" + recordsIn + ") != kept (" + kept + ") + exact ("
                    + exactDuplicates + ") + near (" + nearDuplicates + ") + emptied (" + emptied + ") + dropped ("
                    + dropped + ") + bad (" + bad + ")");
        }
        if (cleaned > kept) {
            throw new IllegalArgumentException("more records cleaned (" + cleaned + ") than kept (" + kept + ")");
        }
    }

    /** Records removed: duplicates, and records emptied by line removal (what the removed file gets). */
    public long removed() {
        return exactDuplicates + nearDuplicates + emptied;
    }

    /**
     * One line for people, such as {@code 1,000 records in, 900 kept, 100 removed (60 exact, 40 near duplicates in 45
     * clusters), 0 bad; 1,200,000 bytes read in 0.50 s}, or in lines mode {@code 1,000 records in, 990 kept (700 with
     * lines removed), 10 emptied; 2,100 lines removed (35 distinct lines in more than 10 records), 0 bad; ...}.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(count(recordsIn)).append(recordsIn == 1 ? " record in, " : " records in, ");
        if (settings.mode() == DedupSettings.Mode.LINES) {
            sb.append(count(kept)).append(" kept (").append(count(cleaned)).append(" with lines removed), ")
                    .append(count(emptied)).append(" emptied; ").append(count(linesRemoved))
                    .append(linesRemoved == 1 ? " line removed (" : " lines removed (").append(count(boilerplateLines))
                    .append(boilerplateLines == 1 ? " distinct line" : " distinct lines");
            sb.append(" in more than ").append(count(settings.maxDocuments())).append(" records)");
        } else {
            sb.append(count(kept)).append(" kept, ").append(count(removed())).append(" removed (")
                    .append(count(exactDuplicates)).append(" exact, ").append(count(nearDuplicates))
                    .append(" near duplicates in ").append(count(clusters))
                    .append(clusters == 1 ? " cluster)" : " clusters)");
        }
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

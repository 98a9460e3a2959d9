package org.zhpipe.batch;

import java.util.List;
import java.util.Collections;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.zhpipe.input.DetectedEncoding;

/**
 * What a batch run did. Counts obey {@code recordsIn == recordsOut + dropped + skipped}: every record read is
 * written (processed, or bad and kept), dropped by a document stage with its reasons, or bad and skipped. Inputs that could not be read (or not to their end) under
 * {@link OnError#SKIP} or {@link OnError#KEEP} are counted in {@code badFiles}; the records read from them before
 * the problem count as usual, the rest are not records.
 *
 * @param recordsIn    records read (lines, including bad ones)
 * @param recordsOut   records written, kept ones included
 * @param skipped      bad records left out ({@link OnError#SKIP})
 * @param kept         bad records written unprocessed ({@link OnError#KEEP}); also counted in {@code recordsOut}
 * @param charsIn      code points of the texts of the records processed
 * @param charsOut     code points of their outputs ({@link org.zhpipe.stage.Result#output()}; the lines written, for a
 *                     feature stage's vectors)
 * @param bytesRead    raw bytes read from the inputs (compressed bytes for gzip files)
 * @param elapsedNanos wall time of the run
 * @param encodings    the encoding of each input opened, in reading order
 * @param badFiles     inputs skipped whole or in part because they could not be read (binary data, UTF-16, corrupt
 *                     gzip data, a read error)
 * @param skippedOutputs files inside input folders that were left out because the run writes them
 * @param dropped      records a document stage dropped (not written; to the rejects file when there is one)
 * @param dropReasons  dropped records by {@link org.zhpipe.stage.Drop#key() stage.rule}, in key order; a record
 *                     dropped by several rules of its stage counts under each, so these may add up to more than
 *                     {@code dropped}
 */
public record BatchSummary(long recordsIn, long recordsOut, long skipped, long kept, long charsIn, long charsOut,
                           long bytesRead, long elapsedNanos, List<DetectedEncoding> encodings, long badFiles,
                           List<java.nio.file.Path> skippedOutputs, long dropped, SortedMap<String, Long> dropReasons) {
    public BatchSummary {
        encodings = List.copyOf(encodings);
        skippedOutputs = List.copyOf(skippedOutputs);
        dropReasons = Collections.unmodifiableSortedMap(new TreeMap<>(dropReasons));
        if (recordsIn != recordsOut + dropped + skipped) {
            throw new IllegalArgumentException("records in (" + recordsIn + ") != out (" + recordsOut + ") + dropped ("
                    + dropped + ") + skipped (" + skipped + ")");
        }
    }

    /** A summary without drops. */
    public BatchSummary(long recordsIn, long recordsOut, long skipped, long kept, long charsIn, long charsOut,
                        long bytesRead, long elapsedNanos, List<DetectedEncoding> encodings, long badFiles,
                        List<java.nio.file.Path> skippedOutputs) {
        this(recordsIn, recordsOut, skipped, kept, charsIn, charsOut, bytesRead, elapsedNanos, encodings, badFiles,
                skippedOutputs, 0, new TreeMap<>());
    }

    /** A summary without bad files or skipped outputs. */
    public BatchSummary(long recordsIn, long recordsOut, long skipped, long kept, long charsIn, long charsOut,
                        long bytesRead, long elapsedNanos, List<DetectedEncoding> encodings) {
        this(recordsIn, recordsOut, skipped, kept, charsIn, charsOut, bytesRead, elapsedNanos, encodings, 0);
    }

    /** A summary without skipped outputs. */
    public BatchSummary(long recordsIn, long recordsOut, long skipped, long kept, long charsIn, long charsOut,
                        long bytesRead, long elapsedNanos, List<DetectedEncoding> encodings, long badFiles) {
        this(recordsIn, recordsOut, skipped, kept, charsIn, charsOut, bytesRead, elapsedNanos, encodings, badFiles,
                List.of());
    }

    /** This summary with {@code files} as its skipped outputs. */
    public BatchSummary withSkippedOutputs(List<java.nio.file.Path> files) {
        return new BatchSummary(recordsIn, recordsOut, skipped, kept, charsIn, charsOut, bytesRead, elapsedNanos,
                encodings, badFiles, files, dropped, dropReasons);
    }

    /** Bad records: skipped plus kept. */
    public long bad() {
        return skipped + kept;
    }

    public double seconds() {
        return elapsedNanos / 1e9;
    }

    /** Raw megabytes (10<sup>6</sup> bytes) read per second of wall time; 0 for an instant run. */
    public double megabytesPerSecond() {
        return elapsedNanos <= 0 ? 0 : bytesRead / 1e6 / seconds();
    }

    /**
     * One line for people, such as {@code 12,345 records in, 12,140 out, 5 bad (5 skipped), 200 dropped
     * (quality.minHanShare 150, quality.maxDupLineFraction 60); 1 bad file skipped; 3.2 MB read in 0.41 s
     * (7.8 MB/s); 1,234,567 → 1,100,000 chars}.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(count(recordsIn)).append(recordsIn == 1 ? " record in, " : " records in, ")
                .append(count(recordsOut)).append(" out");
        if (bad() > 0) {
            sb.append(", ").append(count(bad())).append(" bad (");
            if (skipped > 0) {
                sb.append(count(skipped)).append(" skipped");
            }
            if (kept > 0) {
                sb.append(skipped > 0 ? ", " : "").append(count(kept)).append(" kept");
            }
            sb.append(')');
        }
        if (dropped > 0) {
            sb.append(", ").append(count(dropped)).append(" dropped (");
            int i = 0;
            for (var reason : dropReasons.entrySet()) {
                sb.append(i++ > 0 ? ", " : "").append(reason.getKey()).append(' ').append(count(reason.getValue()));
            }
            sb.append(')');
        }
        if (badFiles > 0) {
            sb.append("; ").append(count(badFiles)).append(badFiles == 1 ? " bad file skipped" : " bad files skipped");
        }
        sb.append("; ").append(bytes(bytesRead)).append(" read in ")
                .append(String.format(Locale.ROOT, "%.2f s", seconds()))
                .append(String.format(Locale.ROOT, " (%.1f MB/s)", megabytesPerSecond()))
                .append("; ").append(count(charsIn)).append(" → ").append(count(charsOut)).append(" chars");
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String bytes(long n) {
        if (n < 1_000) {
            return n + " B";
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", n / 1e3);
        }
        if (n < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", n / 1e9);
    }
}

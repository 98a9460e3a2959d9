package org.zhpipe.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.DetectedEncoding;
import org.zhpipe.output.Utf8Writer;
import org.zhpipe.stage.Drop;

/**
 * Writes outcomes in order, one line each ending with {@code \n}, reports bad records as
 * {@code zhpipe: file:line: problem} and bad files as {@code zhpipe: problem} (which names the file), applies the {@link OnError} policy and counts. Runs on the thread that called
 * the runner; not thread-safe.
 */
final class BatchWriter implements OrderedParallelRunner.Sink<List<Outcome>> {
    private final Utf8Writer out;
    private final OnError onError;
    private final Consumer<String> report;
    private long recordsIn;
    private long recordsOut;
    private long skipped;
    private long kept;
    private long charsIn;
    private long charsOut;
    private long badFiles;
    private final boolean matrixMarket;
    private long entries;
    private long dropped;
    private final Map<String, Long> dropReasons = new HashMap<>();
    private final Writer rejects;
    private @Nullable ResultObserver observer;

    BatchWriter(Utf8Writer out, OnError onError, Consumer<String> report) {
        this(out, onError, report, false, null);
    }

    /**
     * @param matrixMarket whether outputs are Matrix Market rows ({@code column value} lines, possibly none), to be
     *                     written as {@code row column value} lines
     * @param rejects      where dropped records' reject lines go, or {@code null}
     */
    BatchWriter(Utf8Writer out, OnError onError, Consumer<String> report, boolean matrixMarket,
                @Nullable Writer rejects) {
        this.out = out;
        this.rejects = rejects;
        this.onError = onError;
        this.report = report;
        this.matrixMarket = matrixMarket;
    }

    /** Shows every observed outcome to {@code observer}, in order. */
    BatchWriter observedBy(@Nullable ResultObserver observer) {
        this.observer = observer;
        return this;
    }

    @Override
    public void accept(List<Outcome> outcomes) throws IOException {
        for (Outcome outcome : outcomes) {
            if (observer != null && outcome.seen() != null) {
                observer.observe(outcome.location(), outcome.seen().text(), outcome.seen().result());
            }
            if (outcome.badFile()) {
                // only under skip and keep: under fail the reader throws
                report.accept("zhpipe: " + outcome.problem());
                badFiles++;
                continue;
            }
            recordsIn++;
            if (outcome.isDropped()) {
                dropped++;
                charsIn += outcome.charsIn();
                for (Drop drop : outcome.drops()) {
                    dropReasons.merge(drop.key(), 1L, Long::sum);
                }
                if (rejects != null && outcome.reject() != null) {
                    rejects.write(outcome.reject());
                    rejects.write('\n');
                }
                continue;
            }
            if (outcome.isBad()) {
                String message = outcome.location() + ": " + outcome.problem();
                if (onError == OnError.FAIL) {
                    throw new BadRecordException(message);
                }
                report.accept("zhpipe: " + message);
                if (outcome.output() == null) {
                    skipped++;
                    continue;
                }
                kept++;
            }
            charsIn += outcome.charsIn();
            charsOut += outcome.charsOut();
            recordsOut++;
            if (matrixMarket) {
                writeRow(outcome.output());
                continue;
            }
            out.writeUtf8(outcome.output());
            out.write('\n');
        }
    }

    /** Writes {@code column value} lines (UTF-8, ASCII in fact) as {@code row column value} lines. */
    private void writeRow(byte[] columns) throws IOException {
        if (columns.length == 0) {
            return;
        }
        String row = Long.toString(recordsOut);
        int from = 0;
        while (from <= columns.length) {
            int to = from;
            while (to < columns.length && columns[to] != '\n') {
                to++;
            }
            out.write(row);
            out.write(' ');
            out.writeUtf8(columns, from, to - from);
            out.write('\n');
            entries++;
            from = to + 1;
        }
    }

    /** Matrix Market entries written so far. */
    long entries() {
        return entries;
    }

    /** The counts so far, with the given byte count, time and encodings. */
    BatchSummary summary(long bytesRead, long elapsedNanos, List<DetectedEncoding> encodings) {
        return new BatchSummary(recordsIn, recordsOut, skipped, kept, charsIn, charsOut, bytesRead, elapsedNanos,
                encodings, badFiles, List.of(), dropped, new TreeMap<>(dropReasons));
    }
}

package org.zhpipe.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes outcomes in order, one line each ending with {@code \n}, reports bad records as
 * {@code zhpipe: file:line: problem}, applies the {@link OnError} policy and counts. Runs on the thread that called
 * the runner; not thread-safe.
 */
final class BatchWriter implements OrderedParallelRunner.Sink<List<Outcome>> {
    private final Writer out;
    private final OnError onError;
    private final Consumer<String> report;
    private long recordsIn;
    private long recordsOut;
    private long skipped;
    private long kept;
    private long charsIn;
    private long charsOut;

    BatchWriter(Writer out, OnError onError, Consumer<String> report) {
        this.out = out;
        this.onError = onError;
        this.report = report;
    }

    @Override
    public void accept(List<Outcome> outcomes) throws IOException {
        for (Outcome outcome : outcomes) {
            recordsIn++;
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
            out.write(outcome.output());
            out.write('\n');
            recordsOut++;
        }
    }

    /** The counts so far, with the given byte count, time and encodings. */
    BatchSummary summary(long bytesRead, long elapsedNanos, List<DetectedEncoding> encodings) {
        return new BatchSummary(recordsIn, recordsOut, skipped, kept, charsIn, charsOut, bytesRead, elapsedNanos,
                encodings);
    }
}

package org.zhpipe.batch;

import org.jspecify.annotations.Nullable;
import org.zhpipe.input.RecordOrigin;

/**
 * One line as read, not yet decoded: decoding happens on the worker threads. Or, under {@link OnError#SKIP} and
 * {@link OnError#KEEP}, a marker for an input that could not be read (or not to its end), which travels in input
 * order with the records so that it is reported where it happened.
 *
 * @param origin      the input it comes from
 * @param line        its line number in that input, from 1 (for a bad input: the lines read before the problem)
 * @param bytes       the line without its line ending (empty for a bad input, or a line too long to keep)
 * @param fileProblem why the rest of the input was skipped, or {@code null} for a line
 * @param tooLongSize the size in bytes of a line longer than the record limit (not kept), else -1
 */
record RawRecord(RecordOrigin origin, long line, byte[] bytes, @Nullable String fileProblem, long tooLongSize) {
    private static final byte[] NONE = new byte[0];

    RawRecord(RecordOrigin origin, long line, byte[] bytes) {
        this(origin, line, bytes, null, -1);
    }

    /** A line; {@code tooLongSize} is -1, or the size of a line over the record limit, which was not kept. */
    RawRecord(RecordOrigin origin, long line, byte[] bytes, long tooLongSize) {
        this(origin, line, bytes, null, tooLongSize);
    }

    /** A marker for an input skipped, whole or from line {@code linesRead + 1} on. */
    static RawRecord badFile(RecordOrigin origin, long linesRead, String problem) {
        return new RawRecord(origin, linesRead, NONE, problem, -1);
    }

    boolean isBadFile() {
        return fileProblem != null;
    }

    /** Whether the line was longer than the record limit and was not kept. */
    boolean tooLong() {
        return tooLongSize >= 0;
    }

    /** {@code file:line}, as messages start. */
    String location() {
        return origin.name() + ":" + line;
    }
}

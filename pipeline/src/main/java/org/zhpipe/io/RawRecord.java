package org.zhpipe.io;

/**
 * One line as read, not yet decoded: decoding happens on the worker threads.
 *
 * @param origin      the input it comes from
 * @param line        its line number in that input, from 1
 * @param bytes       the line without its line ending; empty when it was too long to keep
 * @param tooLongSize the size in bytes of a line longer than the record limit (not kept), else -1
 */
record RawRecord(RecordOrigin origin, long line, byte[] bytes, long tooLongSize) {
    RawRecord(RecordOrigin origin, long line, byte[] bytes) {
        this(origin, line, bytes, -1);
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

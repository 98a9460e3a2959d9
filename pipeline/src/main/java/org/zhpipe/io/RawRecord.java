package org.zhpipe.io;

/**
 * One line as read, not yet decoded: decoding happens on the worker threads.
 *
 * @param origin the input it comes from
 * @param line   its line number in that input, from 1
 * @param bytes  the line without its line ending
 */
record RawRecord(RecordOrigin origin, long line, byte[] bytes) {
    /** {@code file:line}, as messages start. */
    String location() {
        return origin.name() + ":" + line;
    }
}

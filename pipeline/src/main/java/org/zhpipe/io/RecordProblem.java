package org.zhpipe.io;

/**
 * Why one record is bad, as a one-line message without the location; raised and caught inside the io package, so
 * it carries no stack trace.
 */
final class RecordProblem extends Exception {
    private static final long serialVersionUID = 1L;

    RecordProblem(String message) {
        super(message, null, false, false);
    }
}

package org.zhpipe.input;

/**
 * Why one record is bad, as a one-line message without the location; raised while a record is parsed or rendered
 * and caught by the batch run, which adds {@code file:line}, so it carries no stack trace.
 */
public final class RecordProblem extends Exception {
    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}: one line, what is wrong and how to fix it. */
    public RecordProblem(String message) {
        super(message, null, false, false);
    }
}

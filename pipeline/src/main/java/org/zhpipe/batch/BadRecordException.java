package org.zhpipe.batch;

/**
 * Thrown by a {@link BatchRunner} under {@link OnError#FAIL} at the first bad record, in input order. The message is
 * one line, {@code file:line: what is wrong; hint}, without the {@code zhpipe: } prefix; the CLI prints it and exits
 * with code 1. Output to a file is not left behind (see {@link BatchRunner}).
 */
public class BadRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRecordException(String message) {
        super(message);
    }
}

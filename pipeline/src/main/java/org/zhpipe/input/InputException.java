package org.zhpipe.input;

import org.jspecify.annotations.Nullable;

/**
 * A problem with what the user asked to read or write, as opposed to a problem with one record: a missing or
 * unreadable input path, a directory without files, an unknown or unsupported encoding, a corrupt gzip file, an
 * output directory that does not exist. The message is one line that names the path and suggests a fix; the CLI
 * prints it and exits with code 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    /** With the exception that caused it (may be null). */
    public InputException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}

package org.zhpipe.cli;

/** A mistake in how the command was called: printed as one line, exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}

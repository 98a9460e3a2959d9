package org.zhpipe.spark;

/** A command line {@link ZhpipeJob} cannot run: reported as one line, exit status 2. */
final class JobUsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JobUsageException(String message) {
        super(message);
    }
}

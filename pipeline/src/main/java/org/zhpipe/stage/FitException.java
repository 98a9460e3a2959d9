package org.zhpipe.stage;

/** The corpus does not allow fitting: no document, or no term left after pruning. The message says how to fix it. */
public class FitException extends RuntimeException {
    public FitException(String message) {
        super(message);
    }
}

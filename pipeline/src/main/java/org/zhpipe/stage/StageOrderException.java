package org.zhpipe.stage;

/** A stage stands where it cannot run, e.g. a token stage before any segmenter. */
public final class StageOrderException extends IllegalArgumentException {
    private final int index;

    public StageOrderException(int index, String message) {
        super(message);
        this.index = index;
    }

    /** Position of the offending stage in the pipeline (0-based). */
    public int index() {
        return index;
    }
}

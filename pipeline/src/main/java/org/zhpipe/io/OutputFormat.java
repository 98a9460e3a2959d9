package org.zhpipe.io;

/** How processed records are written: always one line per record, in UTF-8, ending with {@code \n}. */
public enum OutputFormat {
    /** {@link #JSONL} when any input is JSONL or the output file is named {@code .jsonl} / {@code .ndjson}, else {@link #TEXT}. */
    AUTO,
    /**
     * The result's {@link org.zhpipe.stage.Result#output() output}: tokens joined by a space when the pipeline
     * segments, else the final text. Line breaks inside it become spaces so that one record stays one line.
     */
    TEXT,
    /**
     * One JSON object per record: for JSONL input the input object with its text field replaced (and a
     * {@code "tokens"} array when the pipeline segments), for line input {@link ResultJson#toJsonLine}.
     */
    JSONL;

    /** The concrete format: this format itself unless it is {@link #AUTO}. */
    public OutputFormat resolve(boolean anyJsonlInput) {
        if (this != AUTO) {
            return this;
        }
        return anyJsonlInput ? JSONL : TEXT;
    }
}

package org.zhpipe.io;

/**
 * How processed records are written: one line per record, in UTF-8, ending with {@code \n} (Matrix Market: a header,
 * then one line per non-zero entry). The last three need a pipeline that ends in a feature stage.
 */
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
    JSONL,
    /** A feature vector as {@code {"terms": {"词": weight, ...}}}; needs a vector with terms (not {@code hashing_tf}). */
    TERMS,
    /** A feature vector as a LIBSVM / SVMlight line: {@code label index:value ...}, 1-based indices. */
    LIBSVM,
    /** Feature vectors as one Matrix Market coordinate matrix: a row per record, a column per dimension. */
    MTX;

    /** The concrete format: this format itself unless it is {@link #AUTO}. */
    public OutputFormat resolve(boolean anyJsonlInput) {
        if (this != AUTO) {
            return this;
        }
        return anyJsonlInput ? JSONL : TEXT;
    }

    /** Whether the format writes feature vectors only. */
    public boolean vectorsOnly() {
        return this == TERMS || this == LIBSVM || this == MTX;
    }
}

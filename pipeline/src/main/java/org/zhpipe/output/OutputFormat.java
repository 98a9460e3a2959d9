package org.zhpipe.output;

import org.zhpipe.input.InputException;

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

    /**
     * Refuses this format where {@code pipeline} cannot be written in it: the one check of (pipeline, format) for
     * one-shot texts and corpora alike. (A batch run adds its own rule on bad records: see the batch package's
     * {@code BatchOptions.requireUsable}.)
     *
     * @param corpus        whether a whole corpus is written ({@code false}: texts one at a time, where {@link #MTX},
     *                      one matrix for a corpus, cannot be)
     * @param formatSetting how messages name the setting of the output format, e.g. {@code outputFormat} or
     *                      {@code --format}
     * @throws InputException naming the setting to change
     */
    public void requireUsable(org.zhpipe.stage.Pipeline pipeline, boolean corpus, String formatSetting) {
        String format = formatSetting + " " + name().toLowerCase(java.util.Locale.ROOT);
        org.zhpipe.stage.FeatureStage stage = pipeline.featureStage().map(s -> s.stage())
                .filter(org.zhpipe.stage.FeatureStage.class::isInstance)
                .map(org.zhpipe.stage.FeatureStage.class::cast).orElse(null); // null also while it is unfitted
        if (vectorsOnly() && !pipeline.hasFeatures()) {
            throw new InputException(format + " writes feature vectors, but the pipeline ends in no feature stage: "
                    + "add bow, tfidf, hashing_tf or keywords");
        }
        if (this == TERMS && stage != null && !stage.hasTerms()) {
            throw new InputException(format + " needs terms, but hashing_tf keeps only bucket numbers: use "
                    + formatSetting + " jsonl, or bow / tfidf");
        }
        if ((this == LIBSVM || this == MTX) && stage != null && !stage.sharedIndices()) {
            throw new InputException(format + " needs feature indices that mean the same term in every record, but "
                    + "keywords are ranked per document: use " + formatSetting + " jsonl or terms");
        }
        if (this == MTX && !corpus) {
            throw new InputException(format + " writes one matrix for a whole corpus: give the texts as a corpus "
                    + "(files or standard input)");
        }
    }
}

package org.zhpipe.stage;

/** The three places a stage can stand, in pipeline order. */
public enum StageKind {
    /** Rewrites the text, keeping its alignment to the original: any number, before the segmenter. */
    TEXT,
    /** Splits the text into tokens: at most one. */
    SEGMENTER,
    /** Rewrites or filters tokens: any number, after the segmenter. */
    TOKEN,
    /** Turns the tokens into a vector: at most one, last. */
    FEATURE;

    /** The lowercase word used in messages. */
    public String word() {
        return switch (this) {
            case TEXT -> "text stage";
            case SEGMENTER -> "segmenter";
            case TOKEN -> "token stage";
            case FEATURE -> "feature stage";
        };
    }
}

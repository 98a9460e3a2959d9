package org.zhpipe.stage;

/** The kinds of stage, and so where each can stand in a pipeline. */
public enum StageKind {
    /** Rewrites the text, keeping its alignment to the original: any number, before the segmenter. */
    TEXT,
    /** Splits the text into tokens: at most one. */
    SEGMENTER,
    /** Rewrites or filters tokens: any number, after the segmenter. */
    TOKEN,
    /**
     * Measures the document and may drop it ({@link DocumentStage}): any number, among the text stages (it sees the
     * text) or after the segmenter (it sees the tokens too), never after the feature stage.
     */
    DOCUMENT,
    /** Turns the tokens into a vector: at most one, last. */
    FEATURE;

    /** The lowercase word used in messages. */
    public String word() {
        return switch (this) {
            case TEXT -> "text stage";
            case SEGMENTER -> "segmenter";
            case TOKEN -> "token stage";
            case DOCUMENT -> "document stage";
            case FEATURE -> "feature stage";
        };
    }
}

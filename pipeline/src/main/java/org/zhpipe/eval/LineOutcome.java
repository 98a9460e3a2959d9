package org.zhpipe.eval;

/** What {@link SegmentationScorer} did with one line. */
public enum LineOutcome {
    /** Scored; the prediction equals the gold segmentation. */
    EXACT,
    /** Scored; some words differ. */
    ERRORS,
    /** Left out of the score (see {@link SkippedLine}). */
    SKIPPED
}

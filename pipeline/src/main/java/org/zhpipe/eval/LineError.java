package org.zhpipe.eval;

import java.util.Objects;

/**
 * A scored line whose predicted words differ from the gold words, kept as an example for the user to look at.
 *
 * @param line      the 1-based line number in the gold file
 * @param gold      the gold segmentation
 * @param predicted the predicted segmentation of the same text
 */
public record LineError(long line, Segmentation gold, Segmentation predicted) {
    public LineError {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
    }
}

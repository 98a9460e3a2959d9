package org.zhpipe.eval;

import java.util.Objects;

/**
 * A line left out of the score, and why: its text differs from the gold line, or the predicted tokens do not cover
 * it exactly.
 *
 * @param line   the 1-based line number in the gold file
 * @param reason a short phrase, e.g. {@code no token covers "的" [5,6)}
 */
public record SkippedLine(long line, String reason) {
    public SkippedLine {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
        Objects.requireNonNull(reason, "reason");
    }
}

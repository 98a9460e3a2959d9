package org.zhpipe.eval;

import java.util.List;

/**
 * What {@link SegmentationEvaluator} found: the score, the first lines with errors, and how fast the pipeline
 * segmented. Immutable.
 *
 * @param score      the bakeoff score
 * @param firstErrors the first scored lines whose words differ from the gold, in order (as many as asked for)
 * @param characters code points of the gold text the pipeline segmented (0 when a segmented file was scored)
 * @param nanos      time spent in {@link org.zhpipe.stage.Pipeline#process(String)} alone (0 likewise)
 */
public record SegmentationReport(SegmentationScore score, List<LineError> firstErrors, long characters, long nanos) {
    public SegmentationReport {
        firstErrors = List.copyOf(firstErrors);
    }

    /** Characters (code points) segmented per second; NaN when nothing was timed. */
    public double charactersPerSecond() {
        return nanos <= 0 ? Double.NaN : characters * 1e9 / nanos;
    }
}

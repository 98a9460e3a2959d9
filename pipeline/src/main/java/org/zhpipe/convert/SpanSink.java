package org.zhpipe.convert;

/**
 * What {@link SegmentConsumer} receives, without making strings: span {@code [start, end)} of the input became
 * {@code output[from, to)}, an array only valid during the call. A span that did not change is passed as the input
 * array itself ({@code output == input}, {@code from == start}); any other span did change. For
 * {@link ConvertStage}, which needs no string for most spans.
 */
@FunctionalInterface
interface SpanSink {
    void span(int start, int end, char[] output, int from, int to);
}

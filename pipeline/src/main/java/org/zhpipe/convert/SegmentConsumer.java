package org.zhpipe.convert;

/**
 * Receives the pieces of a conversion in order: {@code [start, end)} is a UTF-16 span of the input and
 * {@code output} what the whole conversion turned it into. The spans cover the input without gaps or overlaps and
 * never split a surrogate pair; the outputs concatenated are the converted text.
 */
@FunctionalInterface
public interface SegmentConsumer {
    void accept(int start, int end, String output);
}

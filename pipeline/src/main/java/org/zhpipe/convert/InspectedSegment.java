package org.zhpipe.convert;

import java.util.List;

/**
 * One segment of a conversion, as OpenCC's {@code --inspect} shows it (OpenCC 1.4.1's
 * {@code ConversionInspectionResult}, turned around to be per segment): {@code [start, end)} is its UTF-16 span of
 * the input, {@code input} that text and {@code output} what the configuration turned it into. {@code normalization}
 * has one step per normalization dictionary (run on the whole text before segmenting), {@code conversion} one per
 * step of the conversion chain, each step's input being the previous step's output.
 *
 * <p>Segments are OpenCC's: the config's {@code mmseg} segmentation of the normalized text, or the whole text when
 * it has none (then the matches show the detail).
 */
public record InspectedSegment(int start, int end, String input, String output, List<InspectedStep> normalization,
                               List<InspectedStep> conversion) {
    public InspectedSegment {
        normalization = List.copyOf(normalization);
        conversion = List.copyOf(conversion);
    }
}

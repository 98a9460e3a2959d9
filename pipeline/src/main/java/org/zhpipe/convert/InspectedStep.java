package org.zhpipe.convert;

import java.util.List;

/**
 * What one step of a normalization or conversion chain did to one segment: its {@code input}, its {@code output},
 * and the dictionary {@code matches} in order (the text between them was copied unchanged). {@code index} counts
 * the steps of its chain from 1, as OpenCC's {@code --inspect} does.
 */
public record InspectedStep(int index, String input, String output, List<DictionaryMatch> matches) {
    public InspectedStep {
        matches = List.copyOf(matches);
    }
}

package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** Test helper: a segmentation as text, after checking that it covers the atoms in order. */
final class RenderedWords {
    private RenderedWords() {
    }

    /** The words joined by {@code /}; asserts that they cover every atom, in order. */
    static String render(Atoms atoms, Words words) {
        List<String> out = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < words.count; i++) {
            assertEquals(previous, words.start(i), "word " + i + " starts where the last ended");
            int from = atoms.start[words.start(i)];
            int to = atoms.end[words.ends[i] - 1];
            out.add(new String(atoms.chars, from, to - from));
            previous = words.ends[i];
        }
        assertEquals(atoms.count, previous, "the words cover every atom");
        return String.join("/", out);
    }
}

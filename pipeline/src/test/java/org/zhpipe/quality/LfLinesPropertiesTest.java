package org.zhpipe.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** The line statistics on char ranges equal the sources' definitions on strings, on random texts with many repeats. */
class LfLinesPropertiesTest {
    /** datatrove find_duplicates over strings: {repeated, their characters, all}. */
    static long[] duplicates(List<String> elements) {
        Set<String> seen = new HashSet<>();
        long repeated = 0;
        long chars = 0;
        for (String e : elements) {
            if (!seen.add(e)) {
                repeated++;
                chars += e.codePointCount(0, e.length());
            }
        }
        return new long[] {repeated, chars, elements.size()};
    }

    @Property(tries = 500)
    void equalTheStringDefinitions(@ForAll @CharRange(from = 'a', to = 'f') @StringLength(max = 40) String letters) {
        // e is a line feed, d a space, c an ideographic space (Python white space too), f a supplementary character
        String text = letters.replace('e', '\n').replace('d', ' ').replace('c', '\u3000').replace("f", "𠀀");
        int[] cps = text.codePoints().toArray();
        LfLines lines = new LfLines(java.util.Arrays.copyOf(cps, cps.length + 2), cps.length);
        String[] split = text.split("\n", -1);
        List<String> runs = List.of(java.util.regex.Pattern.compile("\n+").split(text, -1));
        List<String> nonBlank = new ArrayList<>();
        List<String> stripped = new ArrayList<>();
        for (String line : split) {
            String s = QualityMeasurer.pythonStrip(line);
            if (!s.isEmpty()) {
                nonBlank.add(line);
                stripped.add(s);
            }
        }
        assertArrayEquals(duplicates(runs), lines.duplicates(LfLines.Selection.RUNS), text);
        assertArrayEquals(duplicates(nonBlank), lines.duplicates(LfLines.Selection.NON_BLANK), text);
        assertArrayEquals(duplicates(stripped), lines.duplicates(LfLines.Selection.STRIPPED), text);
    }
}

package org.zhpipe.segment;

import org.zhpipe.text.TokenType;

/**
 * Joins a number written in digits with the unit character after it into one word, as the People's Daily and MSR
 * segmentation standards do: dates ({@code 1998年}, {@code 12月}, {@code 31日}) and large-number units
 * ({@code 30万}, {@code 5亿}). Stateless; thread-safe.
 */
final class NumberUnits {
    private static final String UNITS = "年月日万亿";

    private NumberUnits() {
    }

    /** {@code words} with each digit number followed by a unit joined to it. */
    static Words join(Atoms atoms, Words words) {
        Words joined = null;
        for (int i = 0; i < words.count; i++) {
            int first = words.start(i);
            boolean join = i + 1 < words.count
                    && words.ends[i] == first + 1 && atoms.type[first] == TokenType.NUMBER.ordinal()
                    && words.ends[i + 1] == first + 2 && atoms.end[first] == atoms.start[first + 1]
                    && atoms.end[first + 1] - atoms.start[first + 1] == 1
                    && UNITS.indexOf(atoms.chars[atoms.start[first + 1]]) >= 0;
            if (join && joined == null) {
                joined = new Words(words.count);
                joined.addAll(words, 0, i);
            }
            if (join) {
                joined.add(first + 2, -1);
                i++;
            } else if (joined != null) {
                joined.add(words.ends[i], words.ids[i]);
            }
        }
        return joined == null ? words : joined;
    }
}

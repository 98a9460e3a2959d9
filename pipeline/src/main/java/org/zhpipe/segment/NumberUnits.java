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

    /** Joins, in place, each number in digits with a following unit into one word. */
    static void join(Atoms atoms, Words words) {
        int kept = 0;
        for (int i = 0; i < words.count; i++) {
            int first = kept == 0 ? 0 : words.ends[kept - 1];
            int end = words.ends[i];
            int id = words.ids[i];
            if (end == first + 1 && i + 1 < words.count && words.ends[i + 1] == end + 1
                    && atoms.type[first] == TokenType.NUMBER.ordinal() && isUnit(atoms, end)) {
                end++;
                id = -1;
                i++;
            }
            words.ends[kept] = end;
            words.ids[kept] = id;
            kept++;
        }
        words.count = kept;
    }

    /** Whether atom {@code k} is a unit character right after the atom before it. */
    private static boolean isUnit(Atoms atoms, int k) {
        return atoms.start[k] == atoms.end[k - 1] && atoms.end[k] - atoms.start[k] == 1
                && UNITS.indexOf(atoms.chars[atoms.start[k]]) >= 0;
    }
}

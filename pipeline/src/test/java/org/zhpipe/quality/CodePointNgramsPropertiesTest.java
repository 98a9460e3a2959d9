package org.zhpipe.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The hashed n-gram statistics equal a plain transcription of the sources' Python (lists of strings, dictionaries)
 * on random texts over small alphabets, where n-grams repeat often.
 */
class CodePointNgramsPropertiesTest {
    private static List<String> grams(String s, int n) {
        List<String> out = new ArrayList<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + n <= cps.length; i++) {
            out.add(new String(cps, i, n));
        }
        return out;
    }

    /** datatrove find_top_duplicate: Counter(x).most_common(1) → len × count. */
    private static long top(String s, int n) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String g : grams(s, n)) {
            counts.merge(g, 1, Integer::sum);
        }
        long best = 0;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                bestCount = e.getValue();
                best = (long) e.getKey().codePointCount(0, e.getKey().length()) * bestCount;
            }
        }
        return best;
    }

    /** datatrove find_all_duplicate. */
    private static long allDuplicate(String s, int n) {
        List<String> g = grams(s, n);
        Set<String> seen = new HashSet<>();
        long repeated = 0;
        int i = 0;
        while (i < g.size()) {
            if (seen.contains(g.get(i))) {
                repeated += n;
                i += n;
            } else {
                seen.add(g.get(i));
                i++;
            }
        }
        return repeated;
    }

    /** data-juicer character_repetition_filter. */
    private static double repetition(String s, int n) {
        List<String> g = grams(s, n);
        if (g.isEmpty()) {
            return 0;
        }
        Map<String, Integer> freq = new HashMap<>();
        g.forEach(x -> freq.merge(x, 1, Integer::sum));
        List<Integer> freqs = new ArrayList<>(freq.values());
        freqs.sort((a, b) -> b - a);
        long once = freqs.stream().filter(f -> f == 1).count();
        int k = (int) Math.min((int) Math.sqrt(freqs.size()), freqs.size() - once);
        long top = 0;
        for (int j = 0; j < k; j++) {
            top += freqs.get(j);
        }
        return (double) top / g.size();
    }

    @Property(tries = 300)
    void wordRangesEqualTheStringDefinitions(@ForAll @CharRange(from = 'a', to = 'c') @StringLength(max = 40) String s,
                                             @ForAll @IntRange(min = 1, max = 10) int n) {
        // words of one to three letters cut from s, so that different word sequences can join to the same letters
        List<String> words = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            int length = 1 + (s.charAt(i) - 'a');
            words.add(s.substring(i, Math.min(s.length(), i + length)));
            i += length;
        }
        int[] lengths = words.stream().mapToInt(String::length).toArray();
        for (boolean spaced : List.of(true, false)) {
            StringBuilder units = new StringBuilder();
            int[] bounds = new int[words.size() + 1];
            for (int k = 0; k < words.size(); k++) {
                bounds[k] = units.length();
                units.append(words.get(k)).append(spaced ? " " : "");
            }
            bounds[words.size()] = units.length();
            int[] cps = units.toString().codePoints().toArray();
            CodePointNgrams ngrams = new CodePointNgrams(cps, cps.length);
            if (spaced) {
                assertEquals(WordNgrams.topDuplicateChars(words, lengths, n),
                        ngrams.topDuplicateRanges(bounds, words.size(), n, 1), words.toString());
            } else {
                assertEquals(WordNgrams.allDuplicateChars(words, lengths, n),
                        ngrams.allDuplicateRanges(bounds, words.size(), n), words.toString());
            }
        }
    }

    @Property(tries = 500)
    void equalToThePythonDefinitions(@ForAll @CharRange(from = 'a', to = 'c') @StringLength(max = 60) String ascii,
                                     @ForAll @IntRange(min = 1, max = 10) int n) {
        // supplementary characters too: 𠀀 is two chars but one code point
        String s = ascii.replace('c', '\uD840').replace("\uD840", "𠀀");
        int[] cps = s.codePoints().toArray();
        CodePointNgrams ngrams = new CodePointNgrams(cps, cps.length);
        assertEquals(top(s, n), ngrams.topDuplicateChars(n), s);
        assertEquals(allDuplicate(s, n), ngrams.allDuplicateChars(n), s);
        assertEquals(repetition(s, n), ngrams.repetitionRatio(n), 1e-12, s);
        // one instance answers every n in any order, reusing its table
        assertEquals(allDuplicate(s, 2), ngrams.allDuplicateChars(2), s);
    }
}

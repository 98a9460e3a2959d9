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
 * The n-gram statistics ({@link NgramClasses} for characters, {@link CodePointNgrams} for word ranges) equal a plain
 * transcription of the sources' Python (lists of strings, dictionaries) on random texts over small alphabets, where
 * n-grams repeat often.
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

    /** ChineseWebText's repetition ratio: n-grams at range(0, len - n), the share of those that repeat there. */
    private static double repeatedShare(String s, int n) {
        List<String> g = grams(s, n);
        if (g.size() <= 1) {
            return 0;
        }
        g = g.subList(0, g.size() - 1);
        Map<String, Integer> freq = new HashMap<>();
        g.forEach(x -> freq.merge(x, 1, Integer::sum));
        long repeated = freq.values().stream().filter(f -> f > 1).mapToLong(Integer::longValue).sum();
        return (double) repeated / g.size();
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
                                     @ForAll @IntRange(min = 1, max = 14) int n) {
        // supplementary characters too: 𠀀 is two chars but one code point
        String s = ascii.replace('c', '\uD840').replace("\uD840", "𠀀");
        int[] cps = s.codePoints().toArray();
        NgramClasses direct = new NgramClasses().of(cps, cps.length, n);
        assertStatistics(s, n, direct);
        if (n >= 2) {
            // the chain from 2-grams reaches the same classes; the array may be longer than the sequence, and the
            // instance is the one used above, starting over
            int[] padded = java.util.Arrays.copyOf(cps, cps.length + 3);
            padded[cps.length] = 'a';
            NgramClasses chain = direct.chain(padded, cps.length);
            while (chain.n() < n) {
                assertStatistics(s, chain.n(), chain);
                chain.advance();
            }
            assertStatistics(s, n, chain);
        }
    }

    @Property(tries = 500)
    void theRawRepetitionFromTheChainWithGapsEqualsItsDefinition(
            @ForAll @CharRange(from = 'a', to = 'd') @StringLength(max = 60) String letters,
            @ForAll @IntRange(min = 2, max = 12) int n) {
        // d is white space: the chain runs over the text without it, the rule over the text with it
        String full = letters.replace('d', '\n');
        int[] cps = full.codePoints().toArray();
        int[] kept = full.replace("\n", "").codePoints().toArray();
        int[] gaps = new int[cps.length];
        int gapCount = 0;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\n') {
                gaps[gapCount++] = i;
            }
        }
        NgramClasses chain = new NgramClasses().chain(kept, kept.length);
        while (chain.n() < n) {
            chain.advance();
        }
        NgramClasses spanning = new NgramClasses();
        assertEquals(repetition(full, n), chain.repetitionRatioWithGaps(cps, cps.length, gaps, gapCount, spanning),
                1e-12, full);
        // again: the tally it keeps is left empty
        assertEquals(repetition(full, n), chain.repetitionRatioWithGaps(cps, cps.length, gaps, gapCount, spanning),
                1e-12, full);
    }

    private static void assertStatistics(String s, int n, NgramClasses classes) {
        assertEquals(n, classes.n());
        assertEquals(top(s, n), classes.topDuplicate(), s);
        assertEquals(allDuplicate(s, n), classes.allDuplicate(), s);
        assertEquals(repetition(s, n), classes.repetitionRatio(), 1e-12, s);
        assertEquals(repeatedShare(s, n), classes.repeatedShareWithoutLast(), 1e-12, s);
        // allDuplicate again: it does not change the classes
        assertEquals(allDuplicate(s, n), classes.allDuplicate(), s);
    }

    /**
     * Through the quality stage, every character n-gram signal at once: the chain over the text without white space
     * serves the raw text's and ChineseWebText's n-grams only when their sequences are that one, so texts with and
     * without spaces, line feeds and capitals take both ways.
     */
    @Property(tries = 300)
    void theStageMeasuresEachSequenceByItsDefinition(
            @ForAll @CharRange(from = 'a', to = 'f') @StringLength(max = 50) String letters) {
        String s = letters.replace('c', '\uD840').replace("\uD840", "𠀀").replace('d', ' ').replace('e', '\n')
                .replace('f', 'A').replace("AAA", "ΣİΣ");
        List<String> names = new ArrayList<>();
        for (int n = 2; n <= 4; n++) {
            names.add("charTop" + n + "gramFraction");
        }
        for (int n = 5; n <= 10; n++) {
            names.add("charDup" + n + "gramFraction");
        }
        names.add("charRepetition");
        names.add("cwtRepetition");
        QualityStage stage = QualityStage.of(new QualityStage.Params("", Map.of(), Map.of(), names, false,
                List.of("zh"), List.of(), QualityPreset.FINEWEB2_STOPWORDS));
        double[] out = new double[names.size()];
        stage.judge(org.zhpipe.text.Text.of(s), null, out, 0);
        Map<String, Double> measured = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            measured.put(stage.signalNames().get(i), out[i]);
        }
        StringBuilder kept = new StringBuilder();
        s.codePoints().filter(cp -> !PythonText.isSpace(cp)).forEach(kept::appendCodePoint);
        String nonSpace = kept.toString();
        int chars = s.codePointCount(0, s.length());
        for (int n = 2; n <= 4; n++) {
            assertEquals(chars == 0 ? 0 : (double) top(nonSpace, n) / chars, measured.get("charTop" + n + "gramFraction"),
                    1e-12, s);
        }
        for (int n = 5; n <= 10; n++) {
            assertEquals(chars == 0 ? 0 : (double) allDuplicate(nonSpace, n) / chars,
                    measured.get("charDup" + n + "gramFraction"), 1e-12, s);
        }
        assertEquals(repetition(s, 10), measured.get("charRepetition"), 1e-12, s);
        String cwt = QualityMeasurer.pythonStrip(s).toLowerCase(java.util.Locale.ROOT).replace(" ", "")
                .replace("\n", "").replace("\t", "");
        assertEquals(repeatedShare(cwt, 13), measured.get("cwtRepetition"), 1e-12, s);
    }
}

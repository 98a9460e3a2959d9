package org.zhpipe.quality;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plain transcription of datatrove's repetition statistics over words (gopher_repetition_filter.py), the reference
 * the hashed ranges of {@link CodePointNgrams} are tested against, with its quirks: the top n-gram is
 * joined with single spaces (which count towards its length), the duplicated n-grams without a separator (so
 * different word sequences with the same letters count as one). Lengths are code points. Stateless.
 */
final class WordNgrams {
    private WordNgrams() {
    }

    /**
     * {@code find_top_duplicate(get_n_grams(words, n))}: the length of the most frequent space-joined n-gram (the
     * first seen among equals) times its count; 0 without n-grams.
     */
    static long topDuplicateChars(List<String> words, int[] lengths, int n) {
        int grams = words.size() - n + 1;
        if (grams <= 0) {
            return 0;
        }
        Map<String, int[]> counts = new HashMap<>(grams * 2);
        long best = 0;
        int bestCount = 0;
        int bestFirst = Integer.MAX_VALUE;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < grams; i++) {
            sb.setLength(0);
            int chars = n - 1;
            for (int k = 0; k < n; k++) {
                sb.append(k > 0 ? " " : "").append(words.get(i + k));
                chars += lengths[i + k];
            }
            int[] entry = counts.computeIfAbsent(sb.toString(), key -> new int[2]);
            if (entry[0]++ == 0) {
                entry[1] = i;
            }
            if (entry[0] > bestCount || entry[0] == bestCount && entry[1] < bestFirst) {
                bestCount = entry[0];
                bestFirst = entry[1];
                best = (long) chars * bestCount;
            }
        }
        return best;
    }

    /** {@code find_all_duplicate(words, n)}: see {@link CodePointNgrams#allDuplicateChars}, n-grams joined by "". */
    static long allDuplicateChars(List<String> words, int[] lengths, int n) {
        int grams = words.size() - n + 1;
        Set<String> seen = new HashSet<>(Math.max(16, grams * 2));
        long repeated = 0;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < grams) {
            sb.setLength(0);
            int chars = 0;
            for (int k = 0; k < n; k++) {
                sb.append(words.get(i + k));
                chars += lengths[i + k];
            }
            if (!seen.add(sb.toString())) {
                repeated += chars;
                i += n;
            } else {
                i++;
            }
        }
        return repeated;
    }
}

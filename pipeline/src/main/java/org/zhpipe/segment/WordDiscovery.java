package org.zhpipe.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds new words in {@link HanGramCounts}, the information-entropy way (Matrix67's 2012 method, as used by many
 * Chinese word finders): a candidate is a string of {@code minLength}–{@code maxLength} Han characters that
 *
 * <ol>
 *   <li>occurs at least {@code minCount} times;</li>
 *   <li>is not explained by the dictionary: it is not a word of it, and the dictionary's best split of it has a
 *       single character that is not a frequent word of its own ({@code wordShare}) — so not a phrase of known words
 *       (经济发展), not words joined by a particle (经济的发展), and not starting or ending with a numeral (二十, 万元,
 *       第三: the number rules' work);</li>
 *   <li>holds together: at its weakest split point {@code a|b}, {@code ln(p(ab) / (p(a) p(b))) >= minCohesion}, each
 *       p a count divided by the corpus's Han characters (pointwise mutual information, nats);</li>
 *   <li>stands free: the entropy of the characters just before it and of those just after it are both at least
 *       {@code minEntropy} (nats); the start or end of a run of Han characters counts as a new neighbour each time,
 *       so a word that opens sentences is free on its left;</li>
 *   <li>is not only ever part of a longer word found: a string whose occurrences outside the longer words found
 *       number fewer than {@code minCount} is left out (神经网 inside 神经网络).</li>
 * </ol>
 *
 * The {@code maxWords} most frequent are kept (ties by the word). Each gets the frequency its unigram model uses: its
 * corpus probability (count over Han characters) scaled to the dictionary's total, raised when needed to the smallest
 * frequency that makes it beat its best split into the dictionary's words, so a found word is cut as one.
 */
public final class WordDiscovery {
    private WordDiscovery() {
    }

    /** The words found in {@code counts} under {@code settings}, not in {@code dictionary}, most frequent first. */
    public static List<DiscoveredWord> discover(HanGramCounts counts, DiscoverySettings settings,
                                                WordDictionary dictionary) {
        double n = counts.hanCharacters();
        if (n == 0) {
            return List.of();
        }
        double wordFrequency = settings.wordShare() * dictionary.total();
        // the candidates, by the slot of their string in the counts
        Map<Integer, Candidate> candidates = new HashMap<>();
        for (int slot = 0; slot < counts.capacity(); slot++) {
            long count = counts.countAt(slot);
            if (count < settings.minCount()) {
                continue;
            }
            long k0 = counts.lowAt(slot);
            long k1 = counts.highAt(slot);
            int length = HanGramCounts.length(k0, k1);
            if (length < settings.minLength() || length > settings.maxLength()) {
                continue;
            }
            double cohesion = cohesion(k0, k1, length, count, counts, n);
            if (cohesion < settings.minCohesion()) {
                continue;
            }
            String gram = HanGramCounts.gram(k0, k1);
            if (dictionary.id(gram) < 0 && unexplained(gram, dictionary, wordFrequency)) {
                candidates.put(slot, new Candidate(gram, length, count, counts.documentsAt(slot), cohesion));
            }
        }
        // neighbours: every string one longer than a candidate is a right neighbour of its prefix, a left one of its
        // suffix; an occurrence at a run's edge has no such string and adds 1 ln 1 = 0 to the sum
        if (!candidates.isEmpty()) {
            for (int slot = 0; slot < counts.capacity(); slot++) {
                long count = counts.countAt(slot);
                if (count == 0) {
                    continue;
                }
                long k0 = counts.lowAt(slot);
                long k1 = counts.highAt(slot);
                int length = HanGramCounts.length(k0, k1);
                if (length <= settings.minLength() || length > settings.maxLength() + 1) {
                    continue;
                }
                double cLogC = count * Math.log(count);
                int prefixSlot = counts.find(HanGramCounts.prefixLow(k0, length - 1),
                        HanGramCounts.prefixHigh(k1, length - 1));
                Candidate prefix = prefixSlot < 0 ? null : candidates.get(prefixSlot);
                if (prefix != null) {
                    prefix.rightSum += cLogC;
                }
                int suffixSlot = counts.find(HanGramCounts.suffixLow(k0, k1, 1), HanGramCounts.suffixHigh(k1, 1));
                Candidate suffix = suffixSlot < 0 ? null : candidates.get(suffixSlot);
                if (suffix != null) {
                    suffix.leftSum += cLogC;
                }
            }
        }
        List<Candidate> free = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (Math.min(c.leftEntropy(), c.rightEntropy()) >= settings.minEntropy()) {
                free.add(c);
            }
        }
        // longest first: a string's occurrences inside the longer words kept are known when it is judged
        free.sort(Comparator.comparingInt((Candidate c) -> -c.length).thenComparing(c -> c.word));
        Map<String, Long> inside = new HashMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : free) {
            if (c.count - inside.getOrDefault(c.word, 0L) < settings.minCount()) {
                continue;
            }
            kept.add(c);
            // each occurrence of c holds one occurrence of each substring at each place
            for (int from = 0; from < c.word.length(); from = c.word.offsetByCodePoints(from, 1)) {
                for (int to = c.word.offsetByCodePoints(from, 1); to <= c.word.length();
                     to = to == c.word.length() ? to + 1 : c.word.offsetByCodePoints(to, 1)) {
                    if (from > 0 || to < c.word.length()) {
                        inside.merge(c.word.substring(from, to), c.count, Long::sum);
                    }
                }
            }
        }
        kept.sort(Comparator.comparingLong((Candidate c) -> -c.count).thenComparing(c -> c.word));
        List<DiscoveredWord> words = new ArrayList<>();
        for (Candidate c : kept.subList(0, Math.min(kept.size(), settings.maxWords()))) {
            long scaled = Math.round(c.count / n * dictionary.total());
            long frequency = Math.max(scaled, dictionary.winningFrequency(c.word));
            words.add(new DiscoveredWord(c.word, frequency, c.count, c.documents, c.cohesion, c.leftEntropy(),
                    c.rightEntropy(), ""));
        }
        return List.copyOf(words);
    }

    /**
     * Whether the dictionary fails to explain {@code gram}: its best split into dictionary words has a single
     * character, and none that is a frequent word on its own. A string the dictionary cuts into words of two or more
     * characters (经济发展 = 经济 发展) is a phrase of known words, not a new word; one with a function character
     * (也是, 进行了, 经济的发展) is words joined by a particle; one that starts or ends with a numeral (二十, 万元,
     * 第三) is a number, which the number rules cut.
     */
    static boolean unexplained(String gram, WordDictionary dictionary, double functionFrequency) {
        if (NUMERALS.indexOf(gram.codePointAt(0)) >= 0
                || NUMERALS.indexOf(gram.codePointBefore(gram.length())) >= 0) {
            return false;
        }
        boolean single = false;
        for (String piece : dictionary.bestSplit(gram)) {
            if (piece.codePointCount(0, piece.length()) == 1) {
                if (isFunction(piece, dictionary, functionFrequency)) {
                    return false;
                }
                single = true;
            }
        }
        return single;
    }

    /** Chinese numerals and the ordinal prefix: numbers are the number rules' work, not the word list's. */
    private static final String NUMERALS = "〇零一二三四五六七八九十百千万亿两第";

    private static boolean isFunction(String piece, WordDictionary dictionary, double edgeFrequency) {
        if (piece.codePointCount(0, piece.length()) != 1) {
            return false;
        }
        int id = dictionary.id(piece);
        return id >= 0 && dictionary.frequency(id) >= edgeFrequency;
    }

    /** The smallest pointwise mutual information over the split points of a key; -∞ when a part is unknown. */
    static double cohesion(long k0, long k1, int length, long count, HanGramCounts counts, double n) {
        double weakest = Double.POSITIVE_INFINITY;
        for (int split = 1; split < length; split++) {
            long left = counts.count(HanGramCounts.prefixLow(k0, split), HanGramCounts.prefixHigh(k1, split));
            long right = counts.count(HanGramCounts.suffixLow(k0, k1, split), HanGramCounts.suffixHigh(k1, split));
            if (left == 0 || right == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            weakest = Math.min(weakest, Math.log(count * n / ((double) left * right)));
        }
        return weakest;
    }

    private static final class Candidate {
        final String word;
        final int length;
        final long count;
        final long documents;
        final double cohesion;
        double leftSum;
        double rightSum;

        Candidate(String word, int length, long count, long documents, double cohesion) {
            this.word = word;
            this.length = length;
            this.count = count;
            this.documents = documents;
            this.cohesion = cohesion;
        }

        double leftEntropy() {
            return entropy(leftSum);
        }

        double rightEntropy() {
            return entropy(rightSum);
        }

        /** H = ln c − Σ cᵢ ln cᵢ / c over the neighbours' counts cᵢ (Σ cᵢ = c; edges count 1 each). */
        private double entropy(double sum) {
            return Math.max(0, Math.log(count) - sum / count);
        }
    }
}

package org.zhpipe.segment;

import org.jspecify.annotations.Nullable;
import org.zhpipe.internal.trie.DoubleArrayTrie;

/**
 * The most probable segmentation under a unigram language model, as jieba's default mode does it: over the word graph
 * (every dictionary word starting at every atom, plus each atom alone), the path whose words' {@code ln(freq/total)}
 * sum is largest, by dynamic programming from the right (on a tie, the longer word first). An atom the dictionary
 * lacks costs a frequency of 1.
 *
 * <p>With an {@link HmmModel}, each run of single Han characters the path leaves (two or more in a row that together
 * are not a dictionary word, with at least one character the dictionary lacks or knows only as a rare word) is cut again by the HMM, which joins
 * characters into words the dictionary does not know, such as names. No maps, no boxing: arrays sized by the text. Stateless; thread-safe.
 */
final class UnigramViterbi {
    /**
     * Below this probability a character as a word counts as unexplained (2 in a million: a frequency under 10 in the
     * core dictionary). Measured on SIGHAN with the core dictionary: unknown characters only, PKU 0.910 / MSR 0.885;
     * with this threshold 0.912 / 0.890; from 4 in a million on, both fall again.
     */
    static final double RARE = 2e-6;
    private static final double RARE_COST = Math.log(RARE);

    private UnigramViterbi() {
    }

    static Words segment(Atoms atoms, WordDictionary dictionary, @Nullable HmmModel hmm) {
        DoubleArrayTrie trie = dictionary.trie();
        char[] c = atoms.chars;
        int n = c.length;
        int count = atoms.count;
        double unknown = dictionary.unknownCost();
        double[] route = new double[count + 1];
        int[] next = new int[count];
        int[] nextId = new int[count];
        int[] singleId = new int[count];
        for (int k = count - 1; k >= 0; k--) {
            double best = unknown + route[k + 1];
            int bestEnd = k + 1;
            int bestId = -1;
            singleId[k] = -1;
            int p = atoms.start[k];
            int node = trie.rootChild(c[p]);
            while (node >= 0) {
                p++;
                int key = trie.keyIndex(node);
                if (key >= 0) {
                    int end = atoms.endingAt[p];
                    if (end == k + 1) {
                        singleId[k] = key;
                        best = dictionary.cost(key) + route[end];
                        bestId = key;
                    } else if (end > k) {
                        double score = dictionary.cost(key) + route[end];
                        if (score >= best) {
                            best = score;
                            bestEnd = end;
                            bestId = key;
                        }
                    }
                }
                if (p >= n) {
                    break;
                }
                node = trie.child(node, c[p]);
            }
            route[k] = best;
            next[k] = bestEnd;
            nextId[k] = bestId;
        }
        Words words = new Words(count);
        int pending = -1; // first atom of a run of single Han characters, when the HMM is on
        for (int k = 0; k < count; ) {
            int end = next[k];
            if (hmm != null && end == k + 1 && atoms.isHanChar(k)) {
                if (pending < 0) {
                    pending = k;
                }
                k = end;
                continue;
            }
            if (pending >= 0) {
                flush(atoms, dictionary, hmm, singleId, pending, k, words);
                pending = -1;
            }
            words.add(end, nextId[k]);
            k = end;
        }
        if (pending >= 0) {
            flush(atoms, dictionary, hmm, singleId, pending, count, words);
        }
        return words;
    }

    /**
     * A run of single Han characters {@code [from, to)}: cut by the HMM when it holds a character the dictionary
     * cannot explain ({@link #isUnexplained}) and is not itself a word; of the HMM's words, only those that hold such a
     * character are kept whole (the others fall back to single characters). Gating the HMM this way, unlike jieba, keeps it from gluing known
     * characters into false words: F1 on SIGHAN PKU 0.875 → 0.896, MSR 0.868 → 0.879 (core dictionary).
     */
    private static void flush(Atoms atoms, WordDictionary dictionary, HmmModel hmm, int[] singleId, int from, int to,
                              Words words) {
        if (to - from == 1) {
            words.add(to, singleId[from]);
            return;
        }
        DoubleArrayTrie trie = dictionary.trie();
        int whole = wordId(trie, atoms.chars, atoms.start[from], atoms.end[to - 1]);
        boolean unknown = false;
        for (int k = from; k < to; k++) {
            unknown |= isUnexplained(dictionary, singleId[k]);
        }
        if (whole >= 0 || !unknown) {
            for (int k = from; k < to; k++) {
                words.add(k + 1, singleId[k]);
            }
            return;
        }
        int[] codePoints = new int[to - from];
        for (int k = from; k < to; k++) {
            codePoints[k - from] = Character.codePointAt(atoms.chars, atoms.start[k]);
        }
        int[] last = {0};
        hmm.cut(codePoints, 0, codePoints.length, end -> {
            int first = from + last[0];
            int stop = from + end;
            int id = stop - first == 1 ? singleId[first]
                    : wordId(trie, atoms.chars, atoms.start[first], atoms.end[stop - 1]);
            boolean hasUnknown = false;
            for (int k = first; k < stop; k++) {
                hasUnknown |= isUnexplained(dictionary, singleId[k]);
            }
            if (stop - first > 1 && id < 0 && !hasUnknown) {
                for (int k = first; k < stop; k++) {
                    words.add(k + 1, singleId[k]);
                }
            } else {
                words.add(stop, id);
            }
            last[0] = end;
        });
    }

    /**
     * Whether a character (its word id, or -1) is one the dictionary cannot explain: not a word, or so rare a word on
     * its own (probability below {@link #RARE}) that it is mostly bound inside words it lacks, as in names.
     */
    private static boolean isUnexplained(WordDictionary dictionary, int id) {
        return id < 0 || dictionary.cost(id) < RARE_COST;
    }

    private static int wordId(DoubleArrayTrie trie, char[] c, int from, int to) {
        int node = trie.rootChild(c[from]);
        for (int p = from + 1; p < to && node >= 0; p++) {
            node = trie.child(node, c[p]);
        }
        return node < 0 ? -1 : trie.keyIndex(node);
    }
}

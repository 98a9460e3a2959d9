package org.zhpipe.segment;

import org.zhpipe.text.TokenType;
import org.zhpipe.internal.trie.DoubleArrayTrie;

/**
 * Maximum matching, as classically defined, over {@link Atoms}: forward (from the left, the longest dictionary word
 * at each position), backward (from the right, the longest word ending at each position), and bidirectional (both;
 * per sentence where they differ, the one with fewer words wins, then the one with fewer single-character words,
 * then the backward one). Where no word matches, one atom is a word. Sentences end at punctuation both directions
 * cut around. Stateless; thread-safe.
 */
final class MaxMatch {
    private MaxMatch() {
    }

    static Words forward(Atoms atoms, WordDictionary dictionary) {
        DoubleArrayTrie trie = dictionary.trie();
        char[] c = atoms.chars;
        int n = c.length;
        Words words = new Words(atoms.count);
        int k = 0;
        while (k < atoms.count) {
            int end = k + 1;
            int id = -1;
            int p = atoms.start[k];
            int node = trie.rootChild(c[p]);
            while (node >= 0) {
                p++;
                int key = trie.keyIndex(node);
                if (key >= 0 && atoms.endingAt[p] > k) {
                    end = atoms.endingAt[p];
                    id = key;
                }
                if (p >= n) {
                    break;
                }
                node = trie.child(node, c[p]);
            }
            words.add(end, id);
            k = end;
        }
        return words;
    }

    static Words backward(Atoms atoms, WordDictionary dictionary) {
        DoubleArrayTrie trie = dictionary.reversedTrie();
        char[] c = atoms.chars;
        int count = atoms.count;
        // found from the right: starts and ids in reverse order
        int[] starts = new int[count];
        int[] ids = new int[count];
        int found = 0;
        int m = count;
        while (m > 0) {
            int start = m - 1;
            int id = -1;
            int p = atoms.end[m - 1];
            int node = trie.rootChild(c[p - 1]);
            while (node >= 0) {
                p--;
                int key = trie.keyIndex(node);
                if (key >= 0 && atoms.startingAt[p] > 0 && atoms.startingAt[p] - 1 < m) {
                    start = atoms.startingAt[p] - 1;
                    id = key;
                }
                if (p == 0) {
                    break;
                }
                node = trie.child(node, c[p - 1]);
            }
            starts[found] = start;
            ids[found] = id;
            found++;
            m = start;
        }
        Words words = new Words(found);
        for (int i = found - 1; i >= 0; i--) {
            words.add(i == 0 ? count : starts[i - 1], ids[i]);
        }
        return words;
    }

    static Words bidirectional(Atoms atoms, WordDictionary dictionary) {
        Words forward = forward(atoms, dictionary);
        Words backward = backward(atoms, dictionary);
        Words chosen = new Words(Math.max(forward.count, backward.count));
        int f = 0;
        int b = 0;
        while (f < forward.count) {
            // a sentence: up to the next punctuation atom both directions cut after, or the end
            int fEnd = f;
            int bEnd = b;
            while (true) {
                int end = forward.ends[fEnd++];
                while (backward.ends[bEnd] < end) {
                    bEnd++;
                }
                if (backward.ends[bEnd] == end) {
                    bEnd++;
                    if (fEnd == forward.count || isSentenceEnd(atoms, end - 1)) {
                        break;
                    }
                }
            }
            if (prefersForward(atoms, forward, f, fEnd, backward, b, bEnd)) {
                chosen.addAll(forward, f, fEnd);
            } else {
                chosen.addAll(backward, b, bEnd);
            }
            f = fEnd;
            b = bEnd;
        }
        return chosen;
    }

    private static boolean isSentenceEnd(Atoms atoms, int atom) {
        return atoms.type[atom] == TokenType.PUNCTUATION.ordinal();
    }

    private static boolean prefersForward(Atoms atoms, Words forward, int f, int fEnd, Words backward, int b,
                                          int bEnd) {
        int forwardWords = fEnd - f;
        int backwardWords = bEnd - b;
        if (forwardWords != backwardWords) {
            return forwardWords < backwardWords;
        }
        return singles(atoms, forward, f, fEnd) < singles(atoms, backward, b, bEnd);
    }

    /** Words of one code point. */
    private static int singles(Atoms atoms, Words words, int from, int to) {
        int singles = 0;
        for (int i = from; i < to; i++) {
            int first = words.start(i);
            int last = words.ends[i] - 1;
            int chars = atoms.end[last] - atoms.start[first];
            if (chars == 1 || chars == 2 && Character.isHighSurrogate(atoms.chars[atoms.start[first]])) {
                singles++;
            }
        }
        return singles;
    }
}

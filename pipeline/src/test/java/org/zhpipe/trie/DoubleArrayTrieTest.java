package org.zhpipe.trie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DoubleArrayTrieTest {
    @Test
    void findsEveryKeyAndTheLongestPrefixLikeABruteForceSearch() {
        Random random = new Random(42);
        String alphabet = "的一是了发展头髮𠀀😀ab⿰";
        TreeSet<String> set = new TreeSet<>();
        while (set.size() < 3000) {
            StringBuilder key = new StringBuilder();
            int length = 1 + random.nextInt(5);
            for (int i = 0; i < length; i++) {
                int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(
                        alphabet.codePointCount(0, alphabet.length()))));
                key.appendCodePoint(cp);
            }
            set.add(key.toString());
        }
        String[] keys = set.toArray(String[]::new);
        DoubleArrayTrie trie = DoubleArrayTrie.build(KeyRanges.of(keys));
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, trie.get(keys[i]), keys[i]);
        }
        assertEquals(-1, trie.get("zzz"));
        for (int n = 0; n < 2000; n++) {
            String text = keys[random.nextInt(keys.length)] + keys[random.nextInt(keys.length)];
            char[] chars = text.toCharArray();
            int from = random.nextInt(chars.length);
            long expected = -1;
            for (int end = from + 1; end <= chars.length; end++) {
                int index = Arrays.binarySearch(keys, text.substring(from, end));
                if (index >= 0) {
                    expected = ((long) (end - from) << DoubleArrayTrie.LENGTH_SHIFT) | index;
                }
            }
            assertEquals(expected, trie.longestPrefix(chars, from, chars.length), text + " at " + from);
        }
    }

    @Test
    void anEmptyTrieMatchesNothing() {
        DoubleArrayTrie trie = DoubleArrayTrie.build(KeyRanges.of());
        assertEquals(-1, trie.longestPrefix("abc".toCharArray(), 0, 3));
        assertEquals(-1, trie.get("a"));
    }
}

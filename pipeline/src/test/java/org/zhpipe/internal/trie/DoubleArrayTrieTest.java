package org.zhpipe.internal.trie;

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
    void wideNodesAndManyCharsFindEveryKey() {
        // nodes with thousands of children whose labels spread over all codes, in any order of size: the first-fit
        // search tests many bases at once and runs past the cells allocated at first
        TreeSet<String> set = new TreeSet<>();
        Random random = new Random(7);
        for (int c = 0x4E00; c < 0x4E00 + 3000; c++) {
            set.add("的" + (char) c);
            set.add(String.valueOf((char) c));
            if (random.nextInt(4) == 0) {
                set.add((char) c + "的" + (char) (0x4E00 + random.nextInt(3000)));
            }
        }
        for (int i = 0; i < 500; i++) {
            set.add("a" + (char) (0x4E00 + random.nextInt(3000)) + (char) ('a' + random.nextInt(26)));
        }
        String[] keys = set.toArray(String[]::new);
        int[] indexes = new int[keys.length];
        int[] payloads = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            indexes[i] = keys.length - i;
            payloads[i] = i * 3;
        }
        DoubleArrayTrie trie = DoubleArrayTrie.build(KeyRanges.of(keys), indexes, payloads);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(keys.length - i, trie.get(keys[i]), keys[i]);
            long match = trie.longestPrefix(keys[i].toCharArray(), 0, keys[i].length());
            assertEquals(keys[i].length(), (int) (match >>> DoubleArrayTrie.LENGTH_SHIFT), keys[i]);
        }
        assertEquals(-1, trie.get("的的的"));
        assertEquals(-1, trie.get("b"));
    }

    @Test
    void aChildWithALargeLabelPlacedPastTheCellsAllocatedAtFirst() {
        // 5,000 chars that start keys take the first codes and cells; 'A' starts none, so its code comes after
        // theirs: the node 一 has the children A (the largest label, listed first) and 丁
        TreeSet<String> set = new TreeSet<>();
        for (char c = 0x4E00; c < 0x4E00 + 5000; c++) {
            set.add(String.valueOf(c));
        }
        set.add("一A");
        set.add("一丁");
        String[] keys = set.toArray(String[]::new);
        DoubleArrayTrie trie = DoubleArrayTrie.build(KeyRanges.of(keys));
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, trie.get(keys[i]), keys[i]);
        }
        assertEquals(-1, trie.get("A"));
    }

    @Test
    void anEmptyTrieMatchesNothing() {
        DoubleArrayTrie trie = DoubleArrayTrie.build(KeyRanges.of());
        assertEquals(-1, trie.longestPrefix("abc".toCharArray(), 0, 3));
        assertEquals(-1, trie.get("a"));
    }
}

package org.zhpipe.bench.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrueJaccardTest {
    @Test
    void shinglesAreDistinctRunsOfCodePointsAndAShortTextIsOneShingle() {
        int[][] sets = TrueJaccard.shingleSets(List.of("ababa", "ab", "", "𠀀a𠀀a"), 2);
        assertEquals(2, sets[0].length); // ab, ba
        assertEquals(1, sets[1].length); // ab itself: the same id as ab in the first text
        assertEquals(sets[0][0], sets[1][0]);
        assertEquals(1, sets[2].length); // the empty shingle
        assertEquals(2, sets[3].length); // 𠀀a, a𠀀: a supplementary character is one code point
    }

    @Test
    void jaccardOfSortedSetsByMerging() {
        assertEquals(2.0 / 4, TrueJaccard.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4}));
        assertEquals(0, TrueJaccard.jaccard(new int[] {1}, new int[] {2}));
        assertEquals(1, TrueJaccard.jaccard(new int[] {5, 9}, new int[] {5, 9}));
    }

    @Test
    void theInvertedIndexFindsExactlyThePairsThatAllPairsMergingFinds() {
        SplittableRandom rng = new SplittableRandom(7);
        List<String> texts = new ArrayList<>();
        String base = randomText(rng, 40);
        for (int i = 0; i < 60; i++) {
            // near copies of one text and unrelated ones, over a small alphabet so unrelated texts share shingles
            texts.add(i % 3 == 0 ? randomText(rng, 30 + rng.nextInt(20)) : mutate(base, rng));
        }
        int[][] sets = TrueJaccard.shingleSets(texts, 3);
        PairTable table = TrueJaccard.pairsAtLeast(sets, 0.2);
        int expected = 0;
        for (int a = 0; a < sets.length; a++) {
            for (int b = a + 1; b < sets.length; b++) {
                double j = TrueJaccard.jaccard(sets[a], sets[b]);
                if (j >= 0.2) {
                    expected++;
                    assertEquals(j, table.get(a, b), 1e-12);
                    assertEquals(j, table.get(b, a), 1e-12);
                } else {
                    assertEquals(0, table.get(a, b));
                }
            }
        }
        assertEquals(expected, table.size());
        assertEquals(true, expected > 100, "the test needs many pairs: " + expected);
    }

    @Test
    void pairKeysRoundTrip() {
        long key = PairTable.key(9, 4);
        assertArrayEquals(new int[] {4, 9}, new int[] {PairTable.first(key), PairTable.second(key)});
    }

    private static String randomText(SplittableRandom rng, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append("的一是在不了有和人这中大为上个国".charAt(rng.nextInt(16)));
        }
        return sb.toString();
    }

    private static String mutate(String text, SplittableRandom rng) {
        StringBuilder sb = new StringBuilder(text);
        for (int e = rng.nextInt(6); e > 0; e--) {
            sb.setCharAt(rng.nextInt(sb.length()), "天地玄黄".charAt(rng.nextInt(4)));
        }
        return sb.toString();
    }
}

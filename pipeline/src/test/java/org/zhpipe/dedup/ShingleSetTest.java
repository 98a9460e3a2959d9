package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShingleSetTest {
    private final MinHasher hasher = new MinHasher(5, 16, 1);

    private static double hashSetJaccard(long[] a, long[] b) {
        Set<Long> x = new HashSet<>();
        for (long v : a) {
            x.add(v);
        }
        Set<Long> y = new HashSet<>();
        for (long v : b) {
            y.add(v);
        }
        Set<Long> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 1 : (double) x.size() / union.size();
    }

    /** The code-point shingles of {@code text} as strings, as {@link MinHasher} defines them. */
    private static Set<String> shingles(String text, int n) {
        int[] cps = text.codePoints().toArray();
        Set<String> set = new HashSet<>();
        if (cps.length < n) {
            set.add(text);
        }
        for (int i = 0; i + n <= cps.length; i++) {
            set.add(new String(cps, i, n));
        }
        return set;
    }

    @Test
    void ofSortsAndDropsRepeatsWithoutTouchingItsArgument() {
        long[] hashes = {5, -3, 5, Long.MIN_VALUE, 0, -3, Long.MAX_VALUE};
        assertArrayEquals(new long[] {Long.MIN_VALUE, -3, 0, 5, Long.MAX_VALUE}, ShingleSet.of(hashes));
        assertArrayEquals(new long[] {5, -3, 5, Long.MIN_VALUE, 0, -3, Long.MAX_VALUE}, hashes);
        assertArrayEquals(new long[0], ShingleSet.of(new long[0]));
    }

    @Test
    void theMergeAgreesWithHashSetsOnRandomSets() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 500; trial++) {
            int range = 1 + random.nextInt(200);
            long[] a = new long[random.nextInt(60)];
            long[] b = new long[random.nextInt(60)];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(range) - range / 2 + (random.nextBoolean() ? Long.MIN_VALUE / 2 : 0);
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(range) - range / 2 + (random.nextBoolean() ? Long.MIN_VALUE / 2 : 0);
            }
            assertEquals(hashSetJaccard(a, b), ShingleSet.jaccard(ShingleSet.of(a), ShingleSet.of(b)), 1e-15);
        }
    }

    @Test
    void edgeCases() {
        assertEquals(1.0, ShingleSet.jaccard(new long[0], new long[0]));
        assertEquals(0.0, ShingleSet.jaccard(new long[] {1}, new long[0]));
        assertEquals(1.0, ShingleSet.jaccard(new long[] {-1, 2}, new long[] {-1, 2}));
        assertEquals(0.0, ShingleSet.jaccard(new long[] {-1, 2}, new long[] {0, 3}));
        assertEquals(1.0 / 3, ShingleSet.jaccard(new long[] {1, 2}, new long[] {2, 3}));
    }

    @Test
    void isTheTrueJaccardOfCodePointShinglesOfTexts() {
        String a = "今天天气很好，我们一起去公园散步吧。𠀀𠀁😀 Mixed ｗｉｄｔｈ";
        String b = "今天天气很好，我们一起去动物园散步吧。𠀀𠀁😀 Mixed ｗｉｄｔｈ";
        Set<String> x = shingles(a, 5);
        Set<String> y = shingles(b, 5);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        double expected = (double) x.size() / union.size();
        long[] setA = ShingleSet.of(hasher.shingleHashes(a));
        long[] setB = ShingleSet.of(hasher.shingleHashes(b));
        assertEquals(shingles(a, 5).size(), setA.length, "one distinct hash per distinct shingle");
        assertEquals(expected, ShingleSet.jaccard(setA, setB), 1e-15);
        assertEquals(1.0, ShingleSet.jaccard(ShingleSet.of(hasher.shingleHashes("")),
                ShingleSet.of(hasher.shingleHashes(""))), "empty texts: one empty shingle each");
        assertEquals(0.0, ShingleSet.jaccard(ShingleSet.of(hasher.shingleHashes("好")),
                ShingleSet.of(hasher.shingleHashes("好好"))), "short texts are compared whole");
    }
}

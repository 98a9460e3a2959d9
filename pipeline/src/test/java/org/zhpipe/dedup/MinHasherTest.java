package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHasherTest {
    private final MinHasher hasher = new MinHasher(5, 128, 1);

    private static Set<String> shingles(String text, int n) {
        int[] cps = text.codePoints().toArray();
        Set<String> set = new HashSet<>();
        if (cps.length < n) {
            set.add(text);
            return set;
        }
        for (int i = 0; i + n <= cps.length; i++) {
            set.add(new String(cps, i, n));
        }
        return set;
    }

    private static double jaccard(String a, String b, int n) {
        Set<String> x = shingles(a, n);
        Set<String> y = shingles(b, n);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    @Test
    void equalTextsHaveEqualSignaturesAndOtherInstancesAgree() {
        String text = "今天天气很好，我们一起去公园散步吧。";
        assertArrayEquals(hasher.signature(text), new MinHasher(5, 128, 1).signature(text));
        assertEquals(1.0, MinHasher.estimatedJaccard(hasher.signature(text), hasher.signature(text)));
        assertFalse(java.util.Arrays.equals(hasher.signature(text), new MinHasher(5, 128, 2).signature(text)),
                "another seed, other hash functions");
    }

    @Test
    void theSignatureOfTheShingleHashesIsTheTextsSignature() {
        String text = "今天天气很好，我们一起去公园散步吧。𠀀😀";
        long[] hashes = hasher.shingleHashes(text);
        assertEquals(text.codePointCount(0, text.length()) - 4, hashes.length, "one hash per shingle, in order");
        assertArrayEquals(hasher.signature(text), hasher.signature(hashes));
        assertEquals(1, hasher.shingleHashes("").length);
        assertEquals(1, hasher.shingleHashes("今天").length);
    }

    @Test
    void estimateIsNearTheTrueJaccardOfCodePointShingles() {
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            base.appendCodePoint(0x4E00 + (i * 7919) % 2000);
        }
        String a = base.toString();
        String b = a.substring(0, 150) + "插入了几个字" + a.substring(150, 300) + a.substring(310);
        double truth = jaccard(a, b, 5);
        double estimate = MinHasher.estimatedJaccard(hasher.signature(a), hasher.signature(b));
        double error = Math.sqrt(truth * (1 - truth) / 128);
        assertTrue(Math.abs(estimate - truth) < 4 * error, estimate + " vs " + truth);
        assertTrue(truth > 0.8 && truth < 0.95, "a near duplicate: " + truth);
    }

    @Test
    void shinglesAreCodePointsNotChars() {
        // five supplementary-plane characters: ten chars, one shingle of five code points
        String ext = "𠀀𠀁𠀂𠀃𠀄";
        String other = "𠀀𠀁𠀂𠀃𠀅";
        assertEquals(0.0, MinHasher.estimatedJaccard(hasher.signature(ext), hasher.signature(other)), 0.05);
        // with 2-code-point shingles they share 3 of 5
        MinHasher two = new MinHasher(2, 256, 1);
        assertEquals(3.0 / 5, MinHasher.estimatedJaccard(two.signature(ext), two.signature(other)), 0.15);
    }

    @Test
    void shortAndEmptyTextsAreOneShingle() {
        assertArrayEquals(hasher.signature(""), hasher.signature(""));
        assertFalse(java.util.Arrays.equals(hasher.signature(""), hasher.signature("你")));
        assertArrayEquals(hasher.signature("你好"), hasher.signature("你好"));
        assertTrue(MinHasher.estimatedJaccard(hasher.signature("你好"), hasher.signature("你们")) < 0.1);
    }

    @Test
    void rejectsBadParametersAndMismatchedSignatures() {
        assertThrows(IllegalArgumentException.class, () -> new MinHasher(0, 128, 1));
        assertThrows(IllegalArgumentException.class, () -> new MinHasher(5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> MinHasher.estimatedJaccard(new int[2], new int[3]));
    }
}

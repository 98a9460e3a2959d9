package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HanGramCountsTest {
    private static final DiscoverySettings SETTINGS = new DiscoverySettings(2, 0, 0, 2, 3, 100, 1_000_000, 1.0);

    @Test
    void countsStringsInsideHanRunsOnly() {
        Object owner = new Object();
        HanGramCounts counts = new HanGramCounts(owner, SETTINGS);
        counts.add("中文ab中，文中");
        assertEquals(3, counts.count("中"));
        assertEquals(1, counts.count("中文"));
        assertEquals(1, counts.count("文中"));
        assertEquals(0, counts.count("文a"));
        assertEquals(0, counts.count("文中文"));
        assertEquals(5, counts.hanCharacters());
        assertEquals(1, counts.documentCount("中"));
    }

    @Test
    void mergedPartsEqualOnePass() {
        Random random = new Random(7);
        List<String> documents = new ArrayList<>();
        for (int d = 0; d < 200; d++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                s.appendCodePoint(random.nextInt(10) == 0 ? '，' : random.nextInt(20) == 0 ? 0x20000 + random.nextInt(3)
                        : 0x4E00 + random.nextInt(12));
            }
            documents.add(s.toString());
        }
        Object owner = new Object();
        HanGramCounts whole = new HanGramCounts(owner, SETTINGS);
        HanGramCounts first = new HanGramCounts(owner, SETTINGS);
        HanGramCounts second = new HanGramCounts(owner, SETTINGS);
        for (int i = 0; i < documents.size(); i++) {
            whole.add(documents.get(i));
            (i < 77 ? first : second).add(documents.get(i));
        }
        first.merge(second);
        assertEquals(whole.counts(), first.counts());
        assertEquals(whole.hanCharacters(), first.hanCharacters());
        HanGramCounts shipped = new HanGramCounts(owner, SETTINGS);
        shipped.add(whole.counts());
        assertEquals(whole.counts(), shipped.counts());
    }

    @Test
    void memoryCapDropsTheRarest() {
        DiscoverySettings small = new DiscoverySettings(2, 0, 0, 2, 3, 100, 1000, 1.0);
        HanGramCounts counts = new HanGramCounts(new Object(), small);
        counts.add("中文中文中文中文");
        Random random = new Random(1);
        for (int d = 0; d < 100; d++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                s.appendCodePoint(0x4E00 + random.nextInt(5000));
            }
            counts.add(s.toString());
        }
        assertTrue(counts.size() <= 1000, "held " + counts.size());
        assertTrue(counts.prunedTerms() > 0);
        assertTrue(counts.count("中文") >= 4);
    }

    @Test
    void keysPackEighteenBitsPerCodePointAcrossBothHalves() {
        Random random = new Random(3);
        for (int trial = 0; trial < 2000; trial++) {
            int length = 1 + random.nextInt(HanGramCounts.MAX_LENGTH);
            int[] cps = new int[length];
            for (int i = 0; i < length; i++) {
                cps[i] = random.nextBoolean() ? 0x4E00 + random.nextInt(0x5100) : 0x20000 + random.nextInt(0xA6D0);
            }
            String gram = new String(cps, 0, length);
            HanGramCounts counts = new HanGramCounts(new Object(), new DiscoverySettings(2, 0, 0, 2, 6, 10, 1000, 1.0));
            counts.add(gram);
            int slot = -1;
            for (int i = 0; i < counts.capacity(); i++) {
                if (counts.countAt(i) > 0 && HanGramCounts.length(counts.lowAt(i), counts.highAt(i)) == length) {
                    slot = i;
                }
            }
            long k0 = counts.lowAt(slot);
            long k1 = counts.highAt(slot);
            assertEquals(gram, HanGramCounts.gram(k0, k1));
            for (int k = 1; k < length; k++) {
                String prefix = new String(cps, 0, k);
                String suffix = new String(cps, k, length - k);
                assertEquals(prefix, HanGramCounts.gram(HanGramCounts.prefixLow(k0, k), HanGramCounts.prefixHigh(k1, k)));
                assertEquals(suffix, HanGramCounts.gram(HanGramCounts.suffixLow(k0, k1, k),
                        HanGramCounts.suffixHigh(k1, k)));
                assertEquals(1, counts.count(prefix), prefix);
                assertEquals(1, counts.count(suffix), suffix);
            }
        }
    }
}

package org.zhpipe.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhpipe.text.Text;

class TermCountsTest {
    private static final Object OWNER = new Object();

    private static Map<String, List<Long>> snapshot(TermCounts counts) {
        Map<String, List<Long>> m = new HashMap<>();
        counts.forEach((term, df, tf) -> m.put(term, List.of(df, tf)));
        return m;
    }

    private static void add(TermCounts counts, String... terms) {
        counts.add(SklearnEquivalenceTest.tokens(List.of(terms)), Text.of(""));
    }

    @Test
    void countsDocumentAndTotalFrequencies() {
        TermCounts counts = new TermCounts(OWNER, NGrams.UNIGRAMS, 100);
        add(counts, "天气", "好", "天气");
        add(counts, "天气", "𠀀");
        add(counts);
        assertEquals(3, counts.documents());
        assertEquals(Map.of("天气", List.of(2L, 3L), "好", List.of(1L, 1L), "𠀀", List.of(1L, 1L)), snapshot(counts));
        assertEquals(0, counts.documentFrequency("雨"));
    }

    @Test
    void bigramsJoinTokensWithOneSpace() {
        TermCounts counts = new TermCounts(OWNER, new NGrams(1, 2), 100);
        add(counts, "机器", "学习", "机器", "学习");
        assertEquals(Map.of("机器", List.of(1L, 2L), "学习", List.of(1L, 2L), "机器 学习", List.of(1L, 2L),
                "学习 机器", List.of(1L, 1L)), snapshot(counts));
    }

    @Test
    void partsMergedInOrderEqualOneCount() {
        List<List<String>> documents = SklearnEquivalenceTest.documents();
        TermCounts whole = new TermCounts(OWNER, new NGrams(1, 2), 1_000_000);
        TermCounts merged = new TermCounts(OWNER, new NGrams(1, 2), 1_000_000);
        TermCounts part = null;
        for (int i = 0; i < documents.size(); i++) {
            add(whole, documents.get(i).toArray(String[]::new));
            if (i % 7 == 0) {
                if (part != null) {
                    merged.merge(part);
                }
                part = new TermCounts(OWNER, new NGrams(1, 2), 1_000_000);
            }
            add(part, documents.get(i).toArray(String[]::new));
        }
        merged.merge(part);
        add(merged, "新", "词"); // counting goes on after merging
        add(whole, "新", "词");
        assertEquals(whole.documents(), merged.documents());
        assertEquals(snapshot(whole), snapshot(merged));
    }

    @Test
    void theMemoryCapKeepsTheMostFrequentTerms() {
        TermCounts counts = new TermCounts(OWNER, NGrams.UNIGRAMS, 4);
        add(counts, "a", "b", "c");
        add(counts, "a", "b");
        add(counts, "a", "d", "e"); // 5 terms > 4: keep 3, a and b, and one of c, d, e (in one document each)
        Map<String, List<Long>> kept = snapshot(counts);
        assertEquals(3, kept.size());
        assertEquals(List.of(3L, 3L), kept.get("a"));
        assertEquals(List.of(2L, 2L), kept.get("b"));
        assertEquals(1, kept.keySet().stream().filter(t -> List.of("c", "d", "e").contains(t)).count());
        assertEquals(2, counts.prunedTerms());
        add(counts, "f");
        assertEquals(4, counts.size()); // at the cap, not over it: nothing dropped
        assertEquals(2, counts.prunedTerms());
    }

    /** Pruning again and again keeps the table evenly filled, so that lookups stay short. */
    @Test
    void repeatedPruningLeavesNoLongClusters() {
        TermCounts total = new TermCounts(OWNER, NGrams.UNIGRAMS, 40_000);
        int distinct = 0;
        for (int batch = 0; batch < 60; batch++) {
            TermCounts part = new TermCounts(OWNER, NGrams.UNIGRAMS, 40_000);
            for (int d = 0; d < 100; d++) {
                String[] terms = new String[20];
                for (int t = 0; t < terms.length; t++) {
                    terms[t] = "w" + distinct++;
                }
                add(part, terms);
            }
            total.merge(part);
            assertTrue(total.size() <= 40_000);
        }
        assertEquals(distinct, total.size() + total.prunedTerms());
        assertTrue(total.longestRun() < 100, "longest run of occupied slots: " + total.longestRun());
    }

    @Test
    void countsOfAnotherEstimatorDoNotMerge() {
        TermCounts counts = new TermCounts(OWNER, NGrams.UNIGRAMS, 10);
        assertThrows(IllegalArgumentException.class,
                () -> counts.merge(new TermCounts(new Object(), NGrams.UNIGRAMS, 10)));
    }
}

package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhpipe.resource.ResourceCache;

class WordDiscoveryTest {
    private static final WordDictionary CORE = SegmentStage.bundledDictionary("core", new ResourceCache());
    /** Every filter off but the counts: hand-computable values. */
    private static final DiscoverySettings OPEN = new DiscoverySettings(2, -100, 0, 2, 4, 100, 1000, 1.0);
    /** The same for words of two characters only, so no longer string hides them. */
    private static final DiscoverySettings PAIRS = new DiscoverySettings(2, -100, 0, 2, 2, 100, 1000, 1.0);

    private static List<DiscoveredWord> discover(DiscoverySettings settings, String... documents) {
        DiscoveringSegmenter estimator = new DiscoveringSegmenter(settings, CORE,
                d -> new DictionarySegmenter(d, SegmentAlgorithm.VITERBI, null, false, false, true));
        HanGramCounts counts = estimator.newAccumulator();
        for (String d : documents) {
            counts.add(d);
        }
        return estimator.discover(counts);
    }

    private static DiscoveredWord word(List<DiscoveredWord> words, String word) {
        return words.stream().filter(w -> w.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError(word + " not in " + words));
    }

    @Test
    void cohesionAndEntropiesByHand() {
        // 彧 3, 馥 3, 彧馥 3 over 6 Han characters: PMI ln(3·6 / (3·3)) = ln 2; every occurrence starts and ends a run,
        // so each neighbour is new: entropy ln 3 on both sides
        DiscoveredWord w = word(discover(OPEN, "彧馥", "彧馥。", "彧馥"), "彧馥");
        assertEquals(Math.log(2), w.cohesion(), 1e-12);
        assertEquals(Math.log(3), w.leftEntropy(), 1e-12);
        assertEquals(Math.log(3), w.rightEntropy(), 1e-12);
        assertEquals(3, w.count());
        assertEquals(3, w.documents());
    }

    @Test
    void theSameNeighbourEveryTimeIsNoFreedom() {
        // 山彧馥水 twice: left neighbours 山 山 → entropy ln 2 − 2 ln 2 / 2 = 0; cohesion ln(2·8 / (2·2)) = ln 4
        DiscoveredWord w = word(discover(PAIRS, "山彧馥水", "山彧馥水"), "彧馥");
        assertEquals(0, w.leftEntropy(), 1e-12);
        assertEquals(0, w.rightEntropy(), 1e-12);
        assertEquals(Math.log(4), w.cohesion(), 1e-12);
        DiscoverySettings free = new DiscoverySettings(2, -100, 0.1, 2, 2, 100, 1000, 1.0);
        assertTrue(discover(free, "山彧馥水", "山彧馥水").isEmpty());
        // with longer candidates, the whole run is the word, and 彧馥 only ever inside it
        assertEquals(List.of("山彧馥水"), discover(OPEN, "山彧馥水", "山彧馥水").stream().map(DiscoveredWord::word)
                .toList());
    }

    @Test
    void mixedNeighboursByHand() {
        // right of 彧馥: 山 twice, 水 once → ln 3 − (2 ln 2 + 0) / 3
        DiscoveredWord w = word(discover(PAIRS, "彧馥山", "彧馥山", "彧馥水"), "彧馥");
        assertEquals(Math.log(3) - 2 * Math.log(2) / 3, w.rightEntropy(), 1e-12);
    }

    @Test
    void aStringOnlyEverInsideALongerWordIsNotReported() {
        List<DiscoveredWord> words = discover(OPEN, "彧馥琮", "彧馥琮", "彧馥琮");
        assertEquals(List.of("彧馥琮"), words.stream().map(DiscoveredWord::word).toList());
        // outside it often enough, it is
        List<DiscoveredWord> more = discover(OPEN, "彧馥琮", "彧馥琮", "彧馥", "彧馥");
        assertEquals(List.of("彧馥", "彧馥琮"), more.stream().map(DiscoveredWord::word).sorted().toList());
    }

    @Test
    void dictionaryWordsPhrasesNumeralsAndParticlesAreLeftOut() {
        DiscoverySettings settings = new DiscoverySettings(2, -100, 0.5, 2, 4, 100, 1000, 0.00003);
        List<String> words = discover(settings, "中国", "中国", "经济发展", "经济发展", "二十", "二十", "彧馥的", "彧馥的",
                "彧馥了", "彧馥了").stream().map(DiscoveredWord::word).toList();
        // 中国 (a word), 经济发展 (two words), 二十 (a number), 彧馥的 (a particle) are not new words; each stands
        // alone twice, so only these rules can leave it out
        assertEquals(List.of("彧馥"), words);
        DiscoverySettings everything = new DiscoverySettings(2, -100, 0.5, 2, 4, 100, 1000, 1.0);
        assertTrue(discover(everything, "经济发展", "经济发展", "彧馥的", "彧馥的").stream()
                .anyMatch(w -> w.word().equals("彧馥的")), "the particle rule is what removes it");
    }

    @Test
    void supplementaryCharactersCountAsOneEach() {
        DiscoveredWord w = word(discover(OPEN, "𠀀𠀁", "𠀀𠀁", "𠀀𠀁"), "𠀀𠀁");
        assertEquals(Math.log(2), w.cohesion(), 1e-12);
        assertEquals(2, "𠀀𠀁".codePointCount(0, 4));
    }

    @Test
    void mostFrequentFirstAndAtMostMaxWords() {
        DiscoverySettings two = new DiscoverySettings(2, -100, 0, 2, 2, 1, 1000, 1.0);
        List<DiscoveredWord> words = discover(two, "彧馥，琮琯", "彧馥，琮琯", "彧馥");
        assertEquals(List.of("彧馥"), words.stream().map(DiscoveredWord::word).toList());
    }

    @Test
    void aFoundWordIsCutAsOne() {
        DiscoveringSegmenter estimator = new DiscoveringSegmenter(new DiscoverySettings(3, 0, 0, 2, 6, 100, 1000,
                0.00003), CORE, d -> new DictionarySegmenter(d, SegmentAlgorithm.VITERBI, null, false, false, true));
        HanGramCounts counts = estimator.newAccumulator();
        for (String d : List.of("卷积神经网络很强", "用卷积神经网络", "卷积神经网络的层", "好的卷积神经网络")) {
            counts.add(d);
        }
        DiscoveringSegmenter.FittedSegmenter fitted = estimator.fit(counts);
        assertEquals(List.of("卷积神经网络"), fitted.words().stream().map(DiscoveredWord::word).toList());
        assertEquals(List.of("用", "卷积神经网络"),
                fitted.segment(org.zhpipe.text.Text.of("用卷积神经网络")).terms());
        assertTrue(fitted.words().get(0).frequency() >= CORE.winningFrequency("卷积神经网络"));
    }

    @Test
    void settingsFromAnObject() {
        DiscoverySettings s = DiscoverySettings.of(Map.of("minCount", 3.0, "maxWords", 10.0));
        assertEquals(3, s.minCount());
        assertEquals(10, s.maxWords());
        assertEquals(DiscoverySettings.DEFAULTS.minEntropy(), s.minEntropy());
        assertEquals(s, DiscoverySettings.of(s.toMap()));
        assertEquals("unknown discover setting \"minCout\"; known: minCount, minCohesion, minEntropy, minLength, "
                        + "maxLength, maxWords, pruneAt, wordShare",
                assertThrows(IllegalArgumentException.class, () -> DiscoverySettings.of(Map.of("minCout", 3.0)))
                        .getMessage());
        assertEquals("minCount must be a whole number, not 2.5",
                assertThrows(IllegalArgumentException.class, () -> DiscoverySettings.of(Map.of("minCount", 2.5)))
                        .getMessage());
    }
}

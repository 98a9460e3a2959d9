package org.zhpipe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/** The bakeoff's scoring on cases computed by hand. */
class SegmentationScorerTest {
    private static final double EXACT = 1e-12;
    private static final TrainingWords WORDS = TrainingWords.of(List.of("我", "喜欢", "北京", "他", "来", "了", "。"));

    private static Segmentation seg(String line) {
        return Segmentation.parse(line);
    }

    @Test
    void handComputedLine() {
        // gold 我[0,1) 喜欢[1,3) 北京[3,5) 天安门[5,8); predicted 我[0,1) 喜[1,2) 欢[2,3) 北京天安门[3,8)
        SegmentationScorer scorer = new SegmentationScorer(WORDS);
        assertEquals(LineOutcome.ERRORS, scorer.add(1, seg("我 喜欢 北京 天安门"), seg("我 喜 欢 北京天安门")));
        SegmentationScore s = scorer.score();
        assertEquals(new SegmentationScore(1, 0, List.of(), 4, 4, 1, true, 1, 0), s);
        assertEquals(0.25, s.precision(), EXACT);
        assertEquals(0.25, s.recall(), EXACT);
        assertEquals(0.25, s.f1(), EXACT);
        assertEquals(0.25, s.oovRate(), EXACT);   // 天安门 of 4
        assertEquals(0.0, s.oovRecall(), EXACT);
        assertEquals(1.0 / 3, s.ivRecall(), EXACT); // 我 of 我, 喜欢, 北京
    }

    @Test
    void handComputedLinesAccumulate() {
        SegmentationScorer scorer = new SegmentationScorer(WORDS);
        scorer.add(1, seg("我 喜欢 北京 天安门"), seg("我 喜 欢 北京天安门"));      // 1 correct of 4 gold, 4 predicted
        scorer.add(2, seg("我 喜欢 北京 天安门"), seg("我 喜 欢 北京 天安门"));     // 3 correct of 4 gold, 5 predicted
        assertEquals(LineOutcome.EXACT, scorer.add(3, seg("他 来 了 。"), seg("他  来\u3000了 。")));
        SegmentationScore s = scorer.score();
        assertEquals(new SegmentationScore(3, 0, List.of(), 12, 13, 8, true, 2, 1), s);
        assertEquals(8.0 / 13, s.precision(), EXACT);
        assertEquals(8.0 / 12, s.recall(), EXACT);
        double p = 8.0 / 13;
        double r = 8.0 / 12;
        assertEquals(2 * p * r / (p + r), s.f1(), EXACT);
        assertEquals(16.0 / 25, s.f1(), EXACT);
        assertEquals(2.0 / 12, s.oovRate(), EXACT);
        assertEquals(0.5, s.oovRecall(), EXACT);
        assertEquals(7.0 / 10, s.ivRecall(), EXACT);
    }

    @Test
    void withoutWordListOovFiguresAreUndefined() {
        SegmentationScorer scorer = new SegmentationScorer();
        scorer.add(1, seg("我 喜欢 北京 天安门"), seg("我 喜欢 北京 天安门"));
        SegmentationScore s = scorer.score();
        assertEquals(1.0, s.f1(), EXACT);
        assertFalse(s.hasWordList());
        assertTrue(Double.isNaN(s.oovRate()));
        assertTrue(Double.isNaN(s.oovRecall()));
        assertTrue(Double.isNaN(s.ivRecall()));
    }

    @Test
    void zeroDenominatorsAreNaNAndF1IsZeroWhenNothingIsCorrect() {
        SegmentationScore empty = new SegmentationScorer(WORDS).score();
        assertTrue(Double.isNaN(empty.precision()));
        assertTrue(Double.isNaN(empty.recall()));
        assertTrue(Double.isNaN(empty.f1()));
        assertTrue(Double.isNaN(empty.oovRate()));

        SegmentationScorer blank = new SegmentationScorer(WORDS);
        assertEquals(LineOutcome.EXACT, blank.add(1, seg(""), seg("  ")));
        assertEquals(1, blank.score().lines());
        assertTrue(Double.isNaN(blank.score().f1()));

        SegmentationScore nothingPredicted = new SegmentationScore(1, 0, List.of(), 3, 0, 0, true, 0, 0);
        assertTrue(Double.isNaN(nothingPredicted.precision()));
        assertEquals(0.0, nothingPredicted.recall(), EXACT);
        assertEquals(0.0, nothingPredicted.f1(), EXACT);
        assertTrue(Double.isNaN(nothingPredicted.oovRecall()), "no OOV word: OOV recall undefined");
        assertEquals(0.0, nothingPredicted.ivRecall(), EXACT);
    }

    @Test
    void mismatchedTextIsSkippedAndReported() {
        SegmentationScorer scorer = new SegmentationScorer();
        scorer.add(1, seg("他 说 ："), seg("他 说 ：“"));
        assertEquals(LineOutcome.SKIPPED, scorer.add(2, seg("“ 好 。"), seg("好 。")));
        scorer.add(3, seg("好"), seg("好"));
        SegmentationScore s = scorer.score();
        assertEquals(1, s.lines());
        assertEquals(2, s.skippedLines());
        assertEquals(List.of(
                new SkippedLine(1, "text differs from the gold line at offset 3: gold ends, predicted \"“\""),
                new SkippedLine(2, "text differs from the gold line at offset 0: gold \"“好。\", predicted \"好。\"")),
                s.firstSkipped());
        assertEquals(1, s.goldWords());
        assertEquals(1.0, s.f1(), EXACT);
    }

    @Test
    void onlyTheFirstSkippedLinesAreKept() {
        SegmentationScorer scorer = new SegmentationScorer();
        for (int line = 1; line <= 8; line++) {
            scorer.add(line, seg("甲"), seg("乙"));
        }
        SegmentationScore s = scorer.score();
        assertEquals(8, s.skippedLines());
        assertEquals(SegmentationScorer.SKIPPED_EXAMPLES, s.firstSkipped().size());
        assertEquals(5, s.firstSkipped().get(4).line());
    }

    @Test
    void tokensThatTileTheLineAreScored() {
        SegmentationScorer scorer = new SegmentationScorer();
        Tokens tokens = tokens("我", 0, 1, "喜欢", 1, 3, "𠀀", 3, 5);
        assertEquals(LineOutcome.EXACT, scorer.add(1, seg("我 喜欢 𠀀"), tokens));
        assertEquals(new SegmentationScore(1, 0, List.of(), 3, 3, 3, false, 0, 0), scorer.score());
    }

    @Test
    void tokensThatDoNotTileTheLineAreSkipped() {
        Segmentation gold = seg("我 的 朋友 𠀀");
        assertEquals("no token covers \"的\" [1,2)",
                Segmentation.tilingProblem(gold.text(), tokens("我", 0, 1, "朋友", 2, 4, "𠀀", 4, 6)).orElseThrow());
        assertEquals("no token covers \"𠀀\" [4,6)",
                Segmentation.tilingProblem(gold.text(), tokens("我的", 0, 2, "朋友", 2, 4)).orElseThrow());
        assertEquals("tokens overlap at [2,4)", Segmentation.tilingProblem(gold.text(),
                tokens("我的", 0, 2, "朋友", 2, 4, "朋友", 2, 4, "𠀀", 4, 6)).orElseThrow());
        assertEquals("token boundary at 5 splits a surrogate pair", Segmentation.tilingProblem(gold.text(),
                tokens("我的朋友", 0, 4, "?", 4, 5, "?", 5, 6)).orElseThrow());
        assertEquals("empty token at 0", Segmentation.tilingProblem(gold.text(), tokens("", 0, 0)).orElseThrow());
        assertEquals("token [0,9) ends after the line (length 6)",
                Segmentation.tilingProblem(gold.text(), tokens("x", 0, 9)).orElseThrow());
        assertEquals("no token covers \"我的朋友𠀀\" [0,6)",
                Segmentation.tilingProblem(gold.text(), Tokens.empty()).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> Segmentation.ofTokens(gold.text(), Tokens.empty()));

        SegmentationScorer scorer = new SegmentationScorer();
        assertEquals(LineOutcome.SKIPPED, scorer.add(7, gold, tokens("我", 0, 1, "朋友", 2, 4, "𠀀", 4, 6)));
        assertEquals(List.of(new SkippedLine(7, "no token covers \"的\" [1,2)")), scorer.score().firstSkipped());
        assertEquals(0, scorer.score().goldWords());
    }

    @Test
    void inconsistentCountsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new SegmentationScore(1, 0, List.of(), 3, 2, 3, false, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new SegmentationScore(1, 0, List.of(), 3, 3, 3, false, 1, 0));
    }

    /** Tokens from (term, start, end) triples. */
    private static Tokens tokens(Object... triples) {
        Tokens.Builder b = Tokens.builder(triples.length / 3);
        for (int i = 0; i < triples.length; i += 3) {
            b.add((String) triples[i], (Integer) triples[i + 1], (Integer) triples[i + 2], TokenType.WORD);
        }
        return b.build();
    }
}

package org.zhpipe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conformance with the real SIGHAN 2005 bakeoff data in {@code ../shared/eval/sighan2005}; skipped when it is
 * absent (a fresh clone). The OOV rates are the ones the bakeoff reports (Emerson 2005, table 1).
 */
class SighanGoldTest {
    private static Path data() {
        Path dir = Path.of(System.getProperty("zhpipe.root", ".")).resolve("../shared/eval/sighan2005");
        assumeTrue(Files.isDirectory(dir), "SIGHAN 2005 data not found at " + dir);
        return dir;
    }

    @ParameterizedTest
    @CsvSource({"pku, 1945, 104372, 0.058", "msr, 3985, 106873, 0.026"})
    void goldAgainstItselfIsPerfectAndOovRateIsTheBakeoffs(String corpus, long lines, long words, double oovRate) {
        Path dir = data();
        List<Segmentation> gold = SegmentedFileReader.readAll(dir.resolve(corpus + "_test_gold.utf8"));
        SegmentationScorer scorer = new SegmentationScorer(TrainingWords.read(dir.resolve(corpus
                + "_training_words.utf8")));
        for (int i = 0; i < gold.size(); i++) {
            scorer.add(i + 1, gold.get(i), gold.get(i));
        }
        SegmentationScore s = scorer.score();
        assertEquals(lines, s.lines());
        assertEquals(0, s.skippedLines());
        assertEquals(words, s.goldWords());
        assertEquals(words, s.correctWords());
        assertEquals(1.0, s.f1());
        assertEquals(oovRate, s.oovRate(), 0.005);
        assertEquals(1.0, s.oovRecall());
        assertEquals(1.0, s.ivRecall());
    }

    @ParameterizedTest
    @CsvSource({"pku, 0", "msr, 16"})
    void rawTestLinesMatchTheGoldExceptMsrsMovedQuotes(String corpus, long mismatched) {
        Path dir = data();
        List<Segmentation> gold = SegmentedFileReader.readAll(dir.resolve(corpus + "_test_gold.utf8"));
        List<Segmentation> raw = SegmentedFileReader.readAll(dir.resolve(corpus + "_test.utf8"));
        assertEquals(gold.size(), raw.size());
        SegmentationScorer scorer = new SegmentationScorer();
        List<Long> skipped = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            // each raw line as one "word": the text is compared, the score is meaningless here
            if (scorer.add(i + 1, gold.get(i), Segmentation.parse(raw.get(i).text())) == LineOutcome.SKIPPED) {
                skipped.add(i + 1L);
            }
        }
        assertEquals(mismatched, scorer.score().skippedLines());
        if (mismatched > 0) {
            assertEquals(List.of(442L, 443L, 1734L, 1735L, 1736L), skipped.subList(0, 5));
            assertEquals(skipped.subList(0, 5), scorer.score().firstSkipped().stream().map(SkippedLine::line).toList());
        }
    }
}

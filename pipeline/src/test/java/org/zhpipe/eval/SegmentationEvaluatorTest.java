package org.zhpipe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/** Whole files against a gold file: a pipeline, or an already segmented file. */
class SegmentationEvaluatorTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void pipelineTokensAreScoredAgainstEachGoldLine() throws IOException {
        Path gold = write("gold.utf8", "我  喜欢  𠀀\r\n\r\n他  来\r\n");
        Pipeline tokenize = Spec.parseInline("tokenize").build();
        SegmentationReport report = new SegmentationEvaluator(TrainingWords.of(List.of("我", "他", "来")), 1)
                .evaluate(gold, tokenize);
        // 我 喜 欢 𠀀 / (blank) / 他 来: 3 lines, 5 gold words, 6 predicted, 4 correct; 喜欢 and 𠀀 are OOV
        assertEquals(new SegmentationScore(3, 0, List.of(), 5, 6, 4, true, 2, 1), report.score());
        assertEquals(List.of(new LineError(1, Segmentation.parse("我 喜欢 𠀀"), Segmentation.parse("我 喜 欢 𠀀"))),
                report.firstErrors());
        assertEquals(6, report.characters()); // code points: 𠀀 counts 1
        assertTrue(report.nanos() > 0);
    }

    @Test
    void aPipelineWithoutSegmenterIsRejected() throws IOException {
        Path gold = write("gold.utf8", "我\n");
        Pipeline halfwidth = Spec.parseInline("halfwidth").build();
        assertThrows(IllegalArgumentException.class, () -> new SegmentationEvaluator(null, 0).evaluate(gold, halfwidth));
    }

    @Test
    void segmentedFileAgainstGoldToleratesTrailingBlankLines() throws IOException {
        Path gold = write("gold.utf8", "我  喜欢\r\n他  来\r\n");
        Path test = write("test.txt", "我 喜 欢\n他 来\n\n \n");
        SegmentationReport report = new SegmentationEvaluator(null, 0).evaluate(gold, test);
        assertEquals(new SegmentationScore(2, 0, List.of(), 4, 5, 3, false, 0, 0), report.score());
        assertEquals(List.of(), report.firstErrors());
        assertTrue(Double.isNaN(report.charactersPerSecond()));
    }

    @Test
    void filesOfDifferentLengthAreAnInputError() throws IOException {
        Path gold = write("gold.utf8", "我  喜欢\r\n他  来\r\n");
        Path test = write("test.txt", "我 喜欢\n");
        EvalInputException e = assertThrows(EvalInputException.class,
                () -> new SegmentationEvaluator(null, 0).evaluate(gold, test));
        assertEquals(test + ": has 1 lines, but the gold file " + gold + " has 2; the files must correspond line by "
                + "line", e.getMessage());
        Path longer = write("longer.txt", "我 喜欢\n他 来\n好\n");
        assertEquals(longer + ": has 3 lines, but the gold file " + gold + " has 2; the files must correspond line by "
                + "line", assertThrows(EvalInputException.class,
                        () -> new SegmentationEvaluator(null, 0).evaluate(gold, longer)).getMessage());
    }
}

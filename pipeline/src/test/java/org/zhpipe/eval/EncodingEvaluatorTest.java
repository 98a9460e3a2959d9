package org.zhpipe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.convert.OpenccConverter;
import org.zhpipe.input.CharacterFrequencies;
import org.zhpipe.input.EncodingDetector;

class EncodingEvaluatorTest {
    private static final List<String> TEXT = List.of("今天天气很好，我们一起去公园散步吧。", "",
            "abc", "中国的首都是北京，人口超过两千万。", "自然语言处理是人工智能的一个重要分支。");

    @Test
    void aSampleIsCutAfterItsNthHanCharacterAndRunsOnOverLines() {
        assertEquals("今天", EncodingEvaluator.sampleFrom(TEXT, 0, 2));
        assertEquals("今天天气很好，我们一起去公园散步吧。\n\nabc\n中国", EncodingEvaluator.sampleFrom(TEXT, 0, 18));
        assertNull(EncodingEvaluator.sampleFrom(TEXT, 2, 2), "no Han character in the start line");
        assertNull(EncodingEvaluator.sampleFrom(TEXT, 4, 100), "too near the end");
    }

    @Test
    void reportsOneCellPerLengthAndEncoding() {
        EncodingEvaluator evaluator = new EncodingEvaluator(new EncodingDetector(CharacterFrequencies.bundled()),
                OpenccConverter.bundled("s2tw")::convert, List.of(4, 8), 10);
        EncodingReport report = evaluator.evaluate(TEXT);
        assertEquals(6, report.cells().size());
        for (int n : List.of(4, 8)) {
            for (Charset charset : EncodingEvaluator.ENCODINGS) {
                EncodingReport.Cell cell = report.cell(n, charset);
                assertEquals(3, cell.samples(), n + " " + charset);
                assertEquals(3, cell.correct(), n + " " + charset + " " + cell.firstErrors());
            }
        }
        assertEquals(1.0, report.cell(4, StandardCharsets.UTF_8).accuracy());
    }

    @Test
    void refusesLengthsAndCountsBelowOne() {
        EncodingDetector detector = new EncodingDetector(CharacterFrequencies.bundled());
        assertThrows(IllegalArgumentException.class, () -> new EncodingEvaluator(detector, s -> s, List.of(0), 1));
        assertThrows(IllegalArgumentException.class, () -> new EncodingEvaluator(detector, s -> s, List.of(2), 0));
    }
}

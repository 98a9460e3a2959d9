package org.zhpipe.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.convert.OpenccConverter;
import org.zhpipe.input.CharacterFrequencies;
import org.zhpipe.input.EncodingDetector;

/**
 * Encoding detection on real sentences: the SIGHAN 2005 PKU and MSR test text in {@code ../shared/eval/sighan2005},
 * as UTF-8, GB18030 and (made traditional with OpenCC s2tw) Big5, at 2 to 64 Han characters; the figures of the
 * README's table ({@code zhpipe eval encoding}). Skipped when the data is absent (a fresh clone).
 */
class EncodingDetectionConformanceTest {
    @Test
    void detectsAtLeast99PercentFromFourHanCharactersAnd98FromTwo() throws IOException {
        Path dir = Path.of(System.getProperty("zhpipe.root", ".")).resolve("../shared/eval/sighan2005");
        assumeTrue(Files.isDirectory(dir), "SIGHAN 2005 data not found at " + dir);
        List<String> lines = new ArrayList<>();
        for (String name : List.of("pku_test.utf8", "msr_test.utf8")) {
            lines.addAll(Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8));
        }
        EncodingEvaluator evaluator = new EncodingEvaluator(new EncodingDetector(CharacterFrequencies.bundled()),
                OpenccConverter.bundled("s2tw")::convert, List.of(2, 4, 8, 16, 64), 2000);
        EncodingReport report = evaluator.evaluate(lines);
        for (EncodingReport.Cell cell : report.cells()) {
            double threshold = cell.hanCharacters() >= 4 ? 0.99 : 0.98;
            assertTrue(cell.samples() >= 1000, cell.toString());
            assertTrue(cell.accuracy() >= threshold, cell.hanCharacters() + " Han characters in "
                    + cell.charset() + ": " + cell.accuracy() + ", e.g. " + cell.firstErrors());
        }
        Charset big5 = Charset.forName("Big5");
        assertTrue(report.cell(64, big5).accuracy() == 1.0, report.cell(64, big5).firstErrors().toString());
    }
}

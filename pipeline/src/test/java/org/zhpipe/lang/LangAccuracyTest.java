package org.zhpipe.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.zhpipe.text.Text;

/**
 * The accuracy of {@code lang} on the committed UDHR sample ({@code udhr-sample.tsv}, 316 pieces of 40 languages;
 * see its README) stays at least what it was measured at, per length.
 */
class LangAccuracyTest {
    /** Right answers per length of the 80 pieces (76 of 300), measured with opennlp-models-langdetect 1.3.0. */
    private static final Map<Integer, Integer> FLOOR = Map.of(10, 51, 30, 75, 100, 79, 300, 75);

    @Test
    void accuracyOnTheUdhrSampleStaysAtItsFloor() throws IOException {
        String tsv;
        try (InputStream in = getClass().getResourceAsStream("udhr-sample.tsv")) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        LangStage stage = new LangStage(LanguageModel.bundled(), List.of(), 0, 1000);
        LanguageModel model = LanguageModel.bundled();
        Map<Integer, int[]> byLength = new TreeMap<>();
        double[] signals = new double[1];
        double[] scores = new double[model.labels().size()];
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", 4);
            int length = Integer.parseInt(f[2]);
            assertEquals(List.of(), stage.judge(Text.of(f[3]), null, signals, 0));
            model.scores(f[3], scores);
            int top = 0;
            for (int i = 1; i < scores.length; i++) {
                if (scores[i] > scores[top]) {
                    top = i;
                }
            }
            assertEquals(scores[top], signals[0], 1e-12);
            int[] counts = byLength.computeIfAbsent(length, k -> new int[2]);
            counts[0] += model.labels().get(top).equals(f[0]) ? 1 : 0;
            counts[1]++;
        }
        StringBuilder report = new StringBuilder();
        byLength.forEach((length, c) -> report.append(length).append(": ").append(c[0]).append('/').append(c[1])
                .append("  "));
        System.out.println("lang accuracy on udhr-sample.tsv: " + report);
        for (var e : byLength.entrySet()) {
            assertTrue(e.getValue()[0] >= FLOOR.get(e.getKey()), report.toString());
        }
    }
}

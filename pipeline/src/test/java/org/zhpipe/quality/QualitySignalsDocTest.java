package org.zhpipe.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/quality-signals.md} — every signal's definition and source, every preset's bounds — equal to
 * what the code says. Run with {@code -Dregenerate=true} to rewrite it after changing a signal or a preset.
 */
class QualitySignalsDocTest {
    private static final Path DOC = Path.of("../docs/quality-signals.md");

    static String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Quality signals and presets\n\n")
                .append("What the `quality` stage measures (`min`/`max` bound any of them by name; `signals` adds ")
                .append("them to the output). Generated from `QualitySignal` and `QualityPreset` by ")
                .append("`QualitySignalsDocTest`; characters are code points, a share of nothing is 0.\n\n")
                .append("| signal | needs tokens | definition [source] |\n|---|---|---|\n");
        for (QualitySignal s : QualitySignal.values()) {
            sb.append("| `").append(s.key()).append("` | ").append(s.needsWords() ? "yes" : "").append(" | ")
                    .append(s.definition().replace("|", "\\|")).append(" |\n");
        }
        sb.append("\n## Presets\n\nA document is dropped when a signal is below its `min` or above its `max`; the ")
                .append("rules are listed in the source's order, which is the order of the reasons a drop gives.\n");
        for (QualityPreset p : QualityPreset.values()) {
            sb.append("\n### `").append(p.key()).append("`\n\n").append(p.description()).append("\n\n");
            sb.append("| rule | bound |\n|---|---|\n");
            for (String rule : p.rules()) {
                boolean min = rule.startsWith("min");
                String signal = Character.toLowerCase(rule.charAt(3)) + rule.substring(4);
                double bound = (min ? p.min() : p.max()).get(signal);
                sb.append("| `").append(rule).append("` | ").append(min ? "≥ " : "≤ ")
                        .append(QualityStage.format(bound)).append(" |\n");
            }
        }
        return sb.toString();
    }

    @Test
    void theDocumentSaysWhatTheCodeDoes() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8), "docs/quality-signals.md is out of "
                + "date: run mvn -pl pipeline test -Dtest=QualitySignalsDocTest -Dregenerate=true");
    }
}

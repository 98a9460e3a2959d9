package org.zhpipe.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/**
 * Through a real pipeline's alignment, an original line is removed exactly when its own normalized text is
 * boilerplate, and what stays is the original's other lines, char for char.
 */
class BoilerplateRemoverPropertiesTest {
    private static final Pipeline PIPELINE = Spec.parseInline("halfwidth,lowercase,whitespace:keepNewlines").build();
    /** Lines and variants that normalize alike (width, case, spacing), blank ones, a supplementary character. */
    private static final List<String> POOL = List.of("首页 | 新闻", "首页｜新闻", "  首页 |  新闻 ", "ＣＯＰＹＲＩＧＨＴ 2024",
            "copyright ２０２４", "正文第一段。", "正文𠀀第二段。", "", " ", "\u3000", "扫一扫");
    private static final String[] ENDINGS = {"\n", "\r\n", "\n\n"};

    @Property(tries = 300)
    void aLineGoesExactlyWhenItsNormalizedTextIsBoilerplate(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 10) Integer> picks,
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 2) Integer> endings,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 10) Integer> boilerplateLines,
            @ForAll boolean finalBreak) {
        Set<Long> hashes = new HashSet<>();
        for (int b : boilerplateLines) {
            String normalized = PIPELINE.process(POOL.get(b)).text().current().strip();
            if (!normalized.isEmpty()) {
                hashes.add(DocumentLines.hash(normalized));
            }
        }
        Boilerplate boilerplate = new Boilerplate(hashes.stream().mapToLong(Long::longValue).toArray());
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        boolean removedLast = false;
        for (int i = 0; i < picks.size(); i++) {
            String line = POOL.get(picks.get(i));
            String ending = i < picks.size() - 1 || finalBreak
                    ? ENDINGS[endings.isEmpty() ? 0 : endings.get(i % endings.size())] : "";
            text.append(line).append(ending);
            String own = PIPELINE.process(line).text().current().strip();
            removedLast = !own.isEmpty() && hashes.contains(DocumentLines.hash(own));
            if (!removedLast) {
                expected.append(line).append(ending);
            } else if (ending.equals("\n\n")) {
                expected.append("\n"); // the blank line after it is a line of its own
            }
            lines.add(line);
        }
        String original = text.toString();
        var normalized = PIPELINE.process(original).text();
        DocumentLines documentLines = DocumentLines.of(normalized.current(), original.length(),
                normalized::originalStart, normalized::originalEnd);
        BoilerplateRemover.Cleaned cleaned = BoilerplateRemover.remove(original, documentLines, boilerplate);
        String want = expected.toString();
        if (removedLast && !original.endsWith("\n")) {
            want = want.endsWith("\r\n") ? want.substring(0, want.length() - 2)
                    : want.endsWith("\n") ? want.substring(0, want.length() - 1) : want;
        }
        assertEquals(want, cleaned.text(), () -> "lines " + lines);
    }
}

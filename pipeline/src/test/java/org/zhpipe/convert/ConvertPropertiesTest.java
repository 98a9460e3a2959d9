package org.zhpipe.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.testing.TokenAssertions;
import org.zhpipe.text.Text;

/** Invariants over arbitrary Unicode, for a configuration with segmentation and a two-step chain and one without. */
class ConvertPropertiesTest {
    private static final OpenccLoader LOADER = new OpenccLoader();
    private static final List<OpenccConverter> CONVERTERS = List.of(LOADER.bundled("s2t"), LOADER.bundled("s2twp"),
            LOADER.bundled("tw2sp"));

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.chars().all().map(String::valueOf), // any BMP char, unpaired surrogates included
                Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString),
                Arbitraries.integers().between(0x4E00, 0x9FFF).map(Character::toString),
                Arbitraries.integers().between(0xF900, 0xFAFF).map(Character::toString), // compatibility ideographs
                Arbitraries.of("发展", "头发", "鼠标", "内存", "記憶體", "軟體", "⿰钅干", "⿱⿰", "⿲", "𠆲", "周𫖮",
                        "\uD800", "\uDC00", "\u0000", "\r\n", " ", "😀"));
        return piece.list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void piecesCoverTheInputAndMakeUpTheOutput(@ForAll("text") String s) {
        for (OpenccConverter c : CONVERTERS) {
            String converted = c.convert(s);
            StringBuilder pieces = new StringBuilder();
            int[] covered = {0};
            c.convert(s, (start, end, output) -> {
                assertEquals(covered[0], start, c.name());
                assertTrue(end > start, c.name());
                assertFalse(splitsPair(s, start) || splitsPair(s, end), c.name());
                covered[0] = end;
                pieces.append(output);
            });
            assertEquals(s.length(), covered[0]);
            assertEquals(converted, pieces.toString(), c.name());
            StringBuilder inspected = new StringBuilder();
            int at = 0;
            for (InspectedSegment segment : c.inspect(s)) {
                assertEquals(at, segment.start());
                assertEquals(s.substring(segment.start(), segment.end()), segment.input());
                at = segment.end();
                inspected.append(segment.output());
            }
            assertEquals(converted, inspected.toString(), c.name());
        }
    }

    @Property(tries = 200)
    void theStageKeepsOffsetsValid(@ForAll("text") String s) {
        for (OpenccConverter c : CONVERTERS) {
            Pipeline p = Pipeline.builder().add(new ConvertStage(c)).add(new BasicTokenizer()).build();
            Text t = new ConvertStage(c).apply(Text.of(s));
            assertEquals(c.convert(s), t.current());
            TokenAssertions.assertOffsetsValid(p.process(s).tokens(), s);
        }
    }

    @Test
    void eightThreadsGiveTheSameOutputAsOne() throws Exception {
        OpenccConverter s2twp = LOADER.bundled("s2twp");
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            inputs.add("第" + i + "个鼠标和内存，头发和发展，𠆲周𫖮" + "软件".repeat(i % 7));
        }
        List<String> expected = inputs.stream().map(s2twp::convert).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> inputs.stream().map(s2twp::convert).toList()));
            }
            for (Future<List<String>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean splitsPair(String s, int index) {
        return index > 0 && index < s.length()
                && Character.isHighSurrogate(s.charAt(index - 1)) && Character.isLowSurrogate(s.charAt(index));
    }
}

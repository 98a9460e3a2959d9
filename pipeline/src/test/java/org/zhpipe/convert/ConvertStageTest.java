package org.zhpipe.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import org.junit.jupiter.api.Test;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.text.Text;

class ConvertStageTest {
    private static final OpenccLoader LOADER = new OpenccLoader();

    private static Pipeline pipeline(String config) {
        return Pipeline.builder().add(new ConvertStage(LOADER.bundled(config))).add(new BasicTokenizer()).build();
    }

    @Test
    void emptyAndUnchangedTextIsReturnedItself() {
        ConvertStage stage = new ConvertStage(LOADER.bundled("s2t"));
        Text empty = Text.of("");
        assertSame(empty, stage.apply(empty));
        Text unchanged = Text.of("Hello, 世界 𠀀");
        assertSame(unchanged, stage.apply(unchanged));
    }

    @Test
    void aWordOfAnotherLengthMapsToItsWholeSpan() {
        // 記憶體 → 内存: both characters come from all three
        String original = "記憶體很大";
        assertTokens(pipeline("tw2sp").process(original).tokens(), original,
                new String[] {"内", "存", "很", "大"},
                new int[] {0, 0, 3, 4},
                new int[] {3, 3, 4, 5});
        // 内存 → 記憶體
        original = "内存";
        assertTokens(pipeline("s2twp").process(original).tokens(), original,
                new String[] {"記", "憶", "體"},
                new int[] {0, 0, 0},
                new int[] {2, 2, 2});
    }

    @Test
    void aWordOfTheSameLengthMapsCharByChar() {
        String original = "发展了";
        assertTokens(pipeline("s2t").process(original).tokens(), original,
                new String[] {"發", "展", "了"},
                new int[] {0, 1, 2},
                new int[] {1, 2, 3});
        // 鼠标 → 滑鼠: the same length, so char by char even though the characters moved
        original = "鼠标";
        assertTokens(pipeline("s2twp").process(original).tokens(), original,
                new String[] {"滑", "鼠"},
                new int[] {0, 1},
                new int[] {1, 2});
    }

    @Test
    void supplementaryCharactersKeepTheirPairs() {
        String original = "𠀀发😀";
        Text converted = new ConvertStage(LOADER.bundled("s2t")).apply(Text.of(original));
        assertEquals("𠀀發😀", converted.current());
        assertTokens(pipeline("s2t").process(original).tokens(), original,
                new String[] {"𠀀", "發", "😀"},
                new int[] {0, 2, 3},
                new int[] {2, 3, 5});
        // 㑮 (one char) → 𫝈 (a surrogate pair): both halves map to 㑮
        original = "㑮好";
        assertTokens(pipeline("t2s").process(original).tokens(), original,
                new String[] {"𫝈", "好"},
                new int[] {0, 1},
                new int[] {1, 2});
    }

    @Test
    void alignmentGoesBackThroughEarlierStages() {
        // after a stage that already changed the text, offsets still point into the original
        ConvertStage stage = new ConvertStage(LOADER.bundled("tw2sp"));
        Text once = stage.apply(Text.of("記憶體"));
        assertEquals("内存", once.current());
        Text twice = new ConvertStage(LOADER.bundled("s2t")).apply(once);
        assertEquals("內存", twice.current());
        assertEquals(0, twice.originalStart(0));
        assertEquals(3, twice.originalEnd(2));
    }
}

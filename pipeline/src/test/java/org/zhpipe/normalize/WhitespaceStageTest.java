package org.zhpipe.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import com.ibm.icu.text.UnicodeSet;
import org.junit.jupiter.api.Test;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.text.Span;
import org.zhpipe.text.Text;

class WhitespaceStageTest {
    private final WhitespaceStage stage = new WhitespaceStage();

    private String apply(String s) {
        return stage.apply(Text.of(s)).current();
    }

    @Test
    void empty() {
        Text t = Text.of("");
        assertSame(t, stage.apply(t));
        assertEquals("", apply(" \u3000\t"));
    }


    @Test
    void collapsesEveryKindOfWhiteSpace() {
        assertEquals("你好 世界 ok go", apply("  你好\u3000\u3000世界\u00A0\t ok\r\n\u2003go \u3000"));
    }

    @Test
    void removesInvisibleCharacters() {
        assertEquals("zerowidthsoft", apply("\uFEFFzero\u200Bwidth\u200C\u200D\u2060soft\u00AD"));
        assertEquals("a b", apply("a \u200B b"));
    }

    @Test
    void keepNewlinesAndNoCollapse() {
        WhitespaceStage lines = new WhitespaceStage(true, true, true, new UnicodeSet(WhitespaceStage.DEFAULT_INVISIBLE));
        assertEquals("一\n二 三", lines.apply(Text.of("一 \r\n 二  三\n")).current());
        WhitespaceStage trimOnly = new WhitespaceStage(false, true, false, new UnicodeSet("[]"));
        assertEquals("a \u3000b\u200B", trimOnly.apply(Text.of(" a \u3000b\u200B ")).current());
    }

    @Test
    void supplementaryPlane() {
        assertEquals("𠀀 😀", apply("𠀀\u3000 😀\u200B"));
    }

    @Test
    void alignment() {
        Text t = stage.apply(Text.of(" 甲\u3000 乙"));
        assertEquals("甲 乙", t.current());
        assertEquals(new Span(1, 2), t.originalSpan(0, 1));
        assertEquals(new Span(2, 4), t.originalSpan(1, 2));
        assertEquals(new Span(4, 5), t.originalSpan(2, 3));
    }

    @Test
    void offsets() {
        Pipeline p = Pipeline.builder().add(stage).add(new BasicTokenizer()).build();
        String original = "\u200B Hello\u3000\u3000世界 𠀀";
        assertTokens(p.process(original).tokens(), original,
                new String[] {"Hello", "世", "界", "𠀀"},
                new int[] {2, 9, 10, 12},
                new int[] {7, 10, 11, 14});
    }
}

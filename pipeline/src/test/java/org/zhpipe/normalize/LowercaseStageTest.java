package org.zhpipe.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import org.junit.jupiter.api.Test;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.text.Span;
import org.zhpipe.text.Text;

class LowercaseStageTest {
    private final LowercaseStage lower = new LowercaseStage();
    private final CaseFoldStage fold = new CaseFoldStage();

    @Test
    void empty() {
        Text t = Text.of("");
        assertSame(t, lower.apply(t));
        assertSame(t, fold.apply(t));
    }


    @Test
    void mixedScriptAndWidth() {
        assertEquals("iphone手机ａｂｃ", lower.apply(Text.of("iPhone手机ＡＢＣ")).current());
    }

    @Test
    void localeIndependent() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertEquals("title i", lower.apply(Text.of("TITLE I")).current());
        } finally {
            java.util.Locale.setDefault(saved);
        }
        assertEquals("i", lower.apply(Text.of("\u0130")).current());
    }

    @Test
    void supplementaryPlane() {
        // U+10400 DESERET CAPITAL LONG I → U+10428
        assertEquals("\uD801\uDC28𠀀", lower.apply(Text.of("\uD801\uDC00𠀀")).current());
        assertEquals("\uD801\uDC28𠀀", fold.apply(Text.of("\uD801\uDC00𠀀")).current());
    }

    @Test
    void fullCaseFoldingChangesLengthAndKeepsAlignment() {
        Text t = fold.apply(Text.of("Straße Σ"));
        assertEquals("strasse σ", t.current());
        assertEquals(new Span(4, 5), t.originalSpan(4, 6));
        assertEquals(new Span(7, 8), t.originalSpan(8, 9));
        assertEquals("straße", lower.apply(Text.of("STRAßE")).current());
    }

    @Test
    void offsets() {
        Pipeline p = Pipeline.builder().add(fold).add(new BasicTokenizer()).build();
        String original = "ẞIG 大 ﬁle";
        assertTokens(p.process(original).tokens(), original,
                new String[] {"ssig", "大", "file"},
                new int[] {0, 4, 6},
                new int[] {3, 5, 9});
    }
}

package org.zhpipe.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import org.junit.jupiter.api.Test;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.text.Text;

class HalfwidthStageTest {
    private final HalfwidthStage stage = new HalfwidthStage();

    private String apply(String s) {
        return stage.apply(Text.of(s)).current();
    }


    @Test
    void issueExample() {
        assertEquals("ABC123,你好 世界!", apply("ＡＢＣ１２３，你好　世界！"));
    }


    @Test
    void exactlyTheFullWidthAsciiBlockAndNothingElse() {
        assertEquals("!", apply("\uFF01"));
        assertEquals("~", apply("\uFF5E"));
        assertEquals("\uFF5F\uFF00\uFF61①℃﹏ｶ", apply("\uFF5F\uFF00\uFF61①℃﹏ｶ"));
        assertEquals(" ", apply("\u3000"));
        assertEquals("\u00A0", apply("\u00A0"));
    }

    @Test
    void mixedScriptAndWidth() {
        assertEquals("GPT-4是AI,对吧?Yes.", apply("ＧＰＴ－４是AI，对吧？Ｙｅｓ．"));
    }

    @Test
    void supplementaryCharactersPassThroughWhole() {
        assertEquals("𠀀A😀", apply("𠀀Ａ😀"));
    }

    @Test
    void offsetsPointAtTheFullWidthOriginal() {
        Pipeline p = Pipeline.builder().add(stage).add(new BasicTokenizer()).build();
        String original = "ＡＢＣ１２３，你好　𠀀";
        Result r = p.process(original);
        assertTokens(r.tokens(), original,
                new String[] {"ABC123", ",", "你", "好", "𠀀"},
                new int[] {0, 6, 7, 8, 10},
                new int[] {6, 7, 8, 9, 12});
    }
}

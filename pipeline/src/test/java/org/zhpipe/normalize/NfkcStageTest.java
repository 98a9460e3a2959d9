package org.zhpipe.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.text.Span;
import org.zhpipe.text.Text;

class NfkcStageTest {
    private final NfkcStage stage = new NfkcStage();

    private String apply(String s) {
        return stage.apply(Text.of(s)).current();
    }



    @Test
    void foldsMoreThanHalfwidth() {
        assertEquals("ABC123,你好 世界!", apply("ＡＢＣ１２３，你好　世界！"));
        assertEquals("1°C_kgカ", apply("①℃﹏㎏ｶ"));
    }

    @Test
    void composesCombiningSequences() {
        assertEquals("é", apply("e\u0301"));
        assertEquals("ガ", apply("ｶﾞ"));
    }

    @Test
    void supplementaryPlane() {
        assertEquals("𠀀😀A", apply("𠀀😀Ａ"));
        // U+2F800 CJK COMPATIBILITY IDEOGRAPH-2F800 → U+4E3D 丽
        assertEquals("丽", apply(new String(Character.toChars(0x2F800))));
    }

    @Test
    void alignmentOfExpansionsAndCompositions() {
        Text t = stage.apply(Text.of("x㎏e\u0301"));
        assertEquals("xkgé", t.current());
        assertEquals(new Span(1, 2), t.originalSpan(1, 3));
        assertEquals(new Span(2, 4), t.originalSpan(3, 4));
    }

    @Test
    void tokenOffsetsPointAtTheOriginal() {
        Pipeline p = Pipeline.builder().add(stage).add(new BasicTokenizer()).build();
        String original = "用量①㎏，好";
        assertTokens(p.process(original).tokens(), original,
                new String[] {"用", "量", "1kg", ",", "好"},
                new int[] {0, 1, 2, 4, 5},
                new int[] {1, 2, 4, 5, 6});
    }

    @Test
    void equalsWholeStringNormalization() {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        for (String s : new String[] {"ＡＢ①ｶﾞe\u0301\u0323x", "\u1100\u1161\u11A8한글", "ﬁ½ᾀ\u0345", "a\u0308\u0301"}) {
            assertEquals(nfkc.normalize(s), apply(s), s);
        }
    }
}

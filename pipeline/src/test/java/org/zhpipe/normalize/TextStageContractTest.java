package org.zhpipe.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.UnicodeSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhpipe.stage.CodePointMapper;
import org.zhpipe.stage.FusedCodePointStage;
import org.zhpipe.stage.TextStage;
import org.zhpipe.text.Text;

/** What every text stage promises, checked for each one; the stage tests add what is particular to each. */
class TextStageContractTest {
    static Stream<Arguments> stages() {
        return Stream.of(
                Arguments.of("halfwidth", new HalfwidthStage()),
                Arguments.of("nfkc", new NfkcStage()),
                Arguments.of("lowercase", new LowercaseStage()),
                Arguments.of("case fold", new CaseFoldStage()),
                Arguments.of("html_unescape", new HtmlUnescapeStage()),
                Arguments.of("whitespace", new WhitespaceStage()),
                Arguments.of("filter", new UnicodeFilterStage(new UnicodeSet("[[:Han:][:L:][:Nd:]\\u0020]"),
                        CodePointMapper.DELETE)),
                Arguments.of("trailing stop", new TrailingStopStage()),
                Arguments.of("fused", new FusedCodePointStage(List.of(new HalfwidthStage(), new LowercaseStage()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void emptyInputIsReturnedAsIs(String name, TextStage stage) {
        Text empty = Text.of("");
        assertSame(empty, stage.apply(empty));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void plainChineseIsReturnedAsIs(String name, TextStage stage) {
        Text plain = Text.of("今天天气很好我们去公园散步");
        assertSame(plain, stage.apply(plain));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void supplementaryCharactersStayWhole(String name, TextStage stage) {
        Text t = stage.apply(Text.of("𠀀 ＡＢ &amp; 😀𪚥"));
        String out = t.current();
        assertTrue(out.contains("𠀀") && out.contains("𪚥"), out);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1)), "split at " + i);
            }
            assertFalse(Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(out.charAt(i - 1))),
                    "split at " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void alignmentCoversTheOriginal(String name, TextStage stage) {
        String original = "  Ｈｅｌｌｏ，世界！&lt;𠀀&gt;\u200B ÉTÉ。";
        Text t = stage.apply(Text.of(original));
        assertEquals(original, t.original());
        int last = 0;
        for (int i = 0; i < t.length(); i++) {
            int start = t.originalStart(i);
            assertTrue(start >= last && t.originalEnd(i + 1) <= original.length(), name + " at " + i);
            last = start;
        }
    }
}

package org.zhpipe.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import com.ibm.icu.text.UnicodeSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.stage.CodePointMapper;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.TextStageSequence;
import org.zhpipe.text.Text;

class UnicodeFilterStageTest {
    private static final UnicodeSet CJK_ASCII = new UnicodeSet("[\\u4E00-\\u9FA5\\u0020-\\u007E]");
    private static final UnicodeSet HAN_LETTERS_DIGITS = new UnicodeSet("[[:Han:][:L:][:Nd:]\\u0020]");
    private final UnicodeFilterStage cjkAscii = new UnicodeFilterStage(CJK_ASCII, CodePointMapper.DELETE);



    @Test
    void dropsWhatIsNotInTheSet() {
        assertEquals("ABC你好 world!", cjkAscii.apply(Text.of("ABC，你好😀 world!é")).current());
        UnicodeFilterStage letters = new UnicodeFilterStage(HAN_LETTERS_DIGITS, CodePointMapper.DELETE);
        assertEquals("你好 worldé3𠀀", letters.apply(Text.of("你好，\u3000 world！é3𠀀😀")).current());
    }

    @Test
    void replacesInsteadOfDropping() {
        UnicodeFilterStage replacing = new UnicodeFilterStage(CJK_ASCII, '_');
        assertEquals("a_b__c", replacing.apply(Text.of("a，b😀𠀀c")).current());
    }

    @Test
    void supplementaryCodePointsAreJudgedWhole() {
        UnicodeFilterStage onlyExtB = new UnicodeFilterStage(new UnicodeSet("[\\U00020000-\\U0002A6DF]"),
                CodePointMapper.DELETE);
        assertEquals("𠀀𠀁", onlyExtB.apply(Text.of("a𠀀😀b𠀁\uD840")).current());
    }

    @Test
    void trailingStop() {
        TextStageSequence strip = new TextStageSequence(List.of(cjkAscii, new TrailingStopStage()));
        assertEquals("你好", strip.apply(Text.of("你好。")).current());
        assertEquals("end", strip.apply(Text.of("end.")).current());
        assertEquals("wait...", strip.apply(Text.of("wait...")).current());
        assertEquals("", strip.apply(Text.of("。")).current());
    }

    @Test
    void offsets() {
        Pipeline p = Pipeline.builder().add(cjkAscii).add(new BasicTokenizer()).build();
        String original = "😀你，好 GPT-4。";
        assertTokens(p.process(original).tokens(), original,
                new String[] {"你", "好", "GPT-4"},
                new int[] {2, 4, 6},
                new int[] {3, 5, 11});
    }
}

package org.zhpipe.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.text.Text;

/** Line-level cleaning that keeps what stays aligned to the original. */
class LinesStageTest {
    private static String apply(LinesStage.Params p, String text) {
        return new LinesStage(p).apply(Text.of(text)).current();
    }

    private static LinesStage.Params params(int minLength, int maxLength, double minHanShare, List<String> patterns,
                                            boolean boilerplate, boolean dropRepeated, boolean dropBlank,
                                            boolean cutUnfinished) {
        return new LinesStage.Params(minLength, maxLength, minHanShare, patterns, boilerplate, dropRepeated,
                dropBlank, cutUnfinished);
    }

    @Test
    void dropsBoilerplateRepeatsShortAndNonHanLines() {
        String page = "城市马拉松赛鸣枪开跑\n点击查看更多精彩内容\n上一篇：春季养生\nabc def\n好\n城市马拉松赛鸣枪开跑\n\n三万名跑者参加了比赛。";
        assertEquals("城市马拉松赛鸣枪开跑\n\n三万名跑者参加了比赛。",
                apply(params(2, 0, 0.5, List.of(), true, true, false, false), page));
        assertEquals("城市马拉松赛鸣枪开跑\n三万名跑者参加了比赛。",
                apply(params(2, 0, 0.5, List.of(), true, true, true, false), page));
        assertEquals("城市马拉松赛鸣枪开跑\n点击查看更多精彩内容\nabc def\n好\n城市马拉松赛鸣枪开跑\n\n三万名跑者参加了比赛。",
                apply(params(0, 0, 0, List.of("^上一篇"), false, false, false, false), page));
        assertEquals("好\n", apply(params(0, 1, 0, List.of(), false, false, false, false), "长一点\n好\n"));
        assertEquals("正文\n", apply(params(0, 0, 0, List.of(), true, false, false, false),
                "Copyright © 2024 示例网\n正文\n京icp备12345号\n  下一篇：如何选购\nALL RIGHTS RESERVED"));
    }

    @Test
    void keptTextKeepsItsOffsetsIntoTheOriginal() {
        Pipeline p = Pipeline.builder().add(new LinesStage(params(0, 0, 0, List.of(), true, false, false, false)))
                .add(new BasicTokenizer()).build();
        String original = "版权所有\n𠀀好\n";
        Result r = p.process(original);
        assertEquals("𠀀好\n", r.text().current());
        assertEquals("𠀀", original.substring(r.tokens().start(0), r.tokens().end(0)));
        assertEquals("好", original.substring(r.tokens().start(1), r.tokens().end(1)));
    }

    @Test
    void cutUnfinishedAsFlagDataDoesIt() {
        LinesStage.Params cut = params(0, 0, 0, List.of(), false, false, false, true);
        assertEquals("第一句。第二句！", apply(cut, "第一句。第二句！第三句没有写完"));
        assertEquals("他说：“好。”", apply(cut, "他说：“好。”然后"));
        assertEquals("完整的句子。", apply(cut, "完整的句子。"));
        assertEquals("完整的句子。 ", apply(cut, "完整的句子。 "));
        assertEquals("", apply(cut, "没有标点"));
        assertEquals("", apply(cut, ""));
    }

    @Test
    void nothingChangedIsTheSameText() {
        Text t = Text.of("一\n二\n");
        assertTrue(new LinesStage(LinesStage.Params.DEFAULTS).apply(t) == t);
    }

    @Test
    void badParameters() {
        assertThrows(InvalidParameterException.class, () -> params(5, 2, 0, List.of(), false, false, false, false));
        InvalidParameterException re = assertThrows(InvalidParameterException.class,
                () -> params(0, 0, 0, List.of("(a)\\1"), false, false, false, false));
        assertTrue(re.getMessage().contains("RE2"), re.getMessage());
    }
}

package org.zhpipe.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.stage.DocumentStage;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.text.Text;

/** Script labels and shares from OpenCC's character tables, kana and hangul. */
class ScriptStageTest {
    private static final ScriptStage ALL = ScriptStage.of(ScriptStage.Params.DEFAULTS);

    private static double[] signals(String text) {
        double[] out = new double[5];
        ALL.judge(Text.of(text), null, out, 0);
        return out;
    }

    @Test
    void theTablesSplitHanCharactersByScript() {
        HanScripts scripts = HanScripts.bundled();
        assertTrue(scripts.isSimplifiedOnly('这') && scripts.isTraditionalOnly('這'));
        // 后 → 後 后 and 乾 → 干 乾: both forms exist in the other script, so shared
        assertTrue(!scripts.isSimplifiedOnly('后') && !scripts.isTraditionalOnly('乾'));
        assertTrue(!scripts.isSimplifiedOnly('的') && !scripts.isTraditionalOnly('的'));
        int[] sizes = scripts.sizes();
        assertTrue(sizes[0] > 2000 && sizes[1] > 2000, sizes[0] + " " + sizes[1]);
    }

    @Test
    void labels() {
        assertEquals(ScriptStage.Label.SIMPLIFIED, ALL.label("这是简体中文，我们在学习。"));
        assertEquals(ScriptStage.Label.TRADITIONAL, ALL.label("這是繁體中文，我們在學習。"));
        assertEquals(ScriptStage.Label.MIXED, ALL.label("今天試用了新的輸入法，感觉还不错，就是有些繁體字和简体字混在一起了"));
        assertEquals(ScriptStage.Label.CHINESE, ALL.label("中文"));
        assertEquals(ScriptStage.Label.JAPANESE, ALL.label("今年の桜は例年より一週間ほど早く咲きました。"));
        assertEquals(ScriptStage.Label.KOREAN, ALL.label("서울시는 내년부터 대중교통 요금을 일부 조정한다고 밝혔다."));
        assertEquals(ScriptStage.Label.OTHER, ALL.label("Hello, world"));
        assertEquals(ScriptStage.Label.OTHER, ALL.label(""));
        // one traditional character in simplified text is below the minority share
        assertEquals(ScriptStage.Label.SIMPLIFIED, ALL.label("这个问题我们已经讨论过很多次了，现在需要做出决定，乾杯吧。"));
    }

    @Test
    void sharesOfHanAndOfAllCharacters() {
        double[] s = signals("这這的ab가");
        assertEquals(1.0 / 3, s[0], 1e-12);
        assertEquals(1.0 / 3, s[1], 1e-12);
        assertEquals(1.0 / 3, s[2], 1e-12);
        assertEquals(0.0, s[3]);
        assertEquals(1.0 / 6, s[4], 1e-12);
        // a supplementary Han character counts once
        assertEquals(1.0, signals("𠀀")[2]);
    }

    @Test
    void keepDropsOtherScriptsWithAReason() {
        ScriptStage simplifiedOnly = ScriptStage.of(new ScriptStage.Params(List.of("simplified", "chinese"), 0.1));
        List<DocumentStage.Violation> v = simplifiedOnly.judge(Text.of("這是繁體中文"), null, new double[5], 0);
        assertEquals(List.of(new DocumentStage.Violation("keepScript", "script traditional not in [simplified, "
                + "chinese]")), v);
        assertEquals(List.of(), simplifiedOnly.judge(Text.of("这是简体"), null, new double[5], 0));
        assertThrows(InvalidParameterException.class, () -> new ScriptStage.Params(List.of("hans"), 0.1));
    }
}

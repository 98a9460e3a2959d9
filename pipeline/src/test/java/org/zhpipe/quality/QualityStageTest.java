package org.zhpipe.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhpipe.stage.DocumentStage;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/**
 * The quality signals on hand-computed cases: the values published pipelines' code gives (datatrove, data-juicer,
 * ChineseWebText; re-computed with their Python definitions, words from Python jieba 0.42.1 as FineWeb-2 has them),
 * edge cases, and the presets' bounds.
 */
class QualityStageTest {
    private static final double EPS = 1e-12;

    /** Measures {@code signals} of {@code text}, with {@code words} as the tokens (or none). */
    private static Map<String, Double> measure(String text, List<String> words, String... signals) {
        QualityStage stage = QualityStage.of(new QualityStage.Params("", Map.of(), Map.of(), List.of(signals),
                words != null, List.of("zh"), List.of(), QualityPreset.FINEWEB2_STOPWORDS));
        double[] out = new double[stage.signalNames().size()];
        List<DocumentStage.Violation> none = stage.judge(Text.of(text), words == null ? null : tokens(words), out, 0);
        assertEquals(List.of(), none);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < out.length; i++) {
            m.put(stage.signalNames().get(i), out[i]);
        }
        return m;
    }

    private static Tokens tokens(List<String> words) {
        Tokens.Builder b = Tokens.builder(words.size());
        for (String w : words) {
            b.add(w, 0, 0, TokenType.WORD);
        }
        return b.build();
    }

    private static List<String> split(String bars) {
        return Arrays.asList(bars.split("\\|"));
    }

    // TV-FW-1: two repeated lines and one other
    private static final String T1 = "我爱北京天安门。天安门上太阳升！\n我爱北京天安门。天安门上太阳升！\n今天天气很好，我们去公园散步吧。";
    private static final List<String> W1 = split("我|爱|北京|天安门|。|天安门|上|太阳升|！|我|爱|北京|天安门|。|天安门|上|太阳升|！"
            + "|今天天气|很|好|，|我们|去|公园|散步|吧|。");

    @Test
    void gopherRepetitionAsDatatroveComputesIt() {
        Map<String, Double> m = measure(T1, W1, "all");
        assertEquals(50.0, m.get("chars"));
        assertEquals(1.0 / 3, m.get("dupLineFraction"), EPS);
        assertEquals(6.0 / 50, m.get("wordTop2gramFraction"), EPS);
        assertEquals(12.0 / 50, m.get("wordTop3gramFraction"), EPS);
        assertEquals(20.0 / 50, m.get("wordTop4gramFraction"), EPS);
        assertEquals(8.0 / 50, m.get("wordDup5gramFraction"), EPS);
        assertEquals(11.0 / 50, m.get("wordDup6gramFraction"), EPS);
        assertEquals(12.0 / 50, m.get("wordDup7gramFraction"), EPS);
        assertEquals(15.0 / 50, m.get("wordDup8gramFraction"), EPS);
        assertEquals(16.0 / 50, m.get("wordDup9gramFraction"), EPS);
        assertEquals(0.0, m.get("wordDup10gramFraction"), EPS);
        assertEquals(1.0, m.get("linePunctRatio"), EPS);
        assertEquals(16.0 / 48, m.get("lineCharDupRatio"), EPS);
        assertEquals(2.0 / 28, m.get("newlineWordRatio"), EPS);
    }

    private static final String T2 = "人工智能是计算机科学的一个分支，它企图了解智能的实质，并生产出一种新的能以人类智能相似的方式做出反应的智能机器。\n"
            + "该领域的研究包括机器人、语言识别、图像识别、自然语言处理和专家系统等。\n人工智能从诞生以来，理论和技术日益成熟，应用领域也不断扩大。";
    private static final List<String> W2 = split("人工智能|是|计算机科学|的|一个|分支|，|它|企图|了解|智能|的|实质|，|并|生产|出|一种|新|的"
            + "|能|以|人类|智能|相似|的|方式|做出|反应|的|智能|机器|。|该|领域|的|研究|包括|机器人|、|语言|识别|、|图像识别|、|自然语言|处理"
            + "|和|专家系统|等|。|人工智能|从|诞生|以来|，|理论|和|技术|日益|成熟|，|应用领域|也|不断扩大|。");

    @Test
    void gopherQualityAsDatatroveComputesIt() {
        Map<String, Double> m = measure(T2, W2, "all");
        assertEquals(123.0, m.get("chars"));
        assertEquals(66.0, m.get("words"));
        assertEquals(56.0, m.get("gopherWords"));
        assertEquals(111.0 / 56, m.get("gopherMeanWordLength"), EPS);
        assertEquals(56.0 / 66, m.get("alphaWordRatio"), EPS);
        assertEquals(10.0, m.get("stopwordCount"));
        assertEquals(0.0, m.get("hashWordRatio"));
        assertEquals(0.0, m.get("bulletLineRatio"));
        // nothing repeats, yet the top n-gram fraction is the first n-gram's length (spaces included)
        assertEquals(6.0 / 123, m.get("wordTop2gramFraction"), EPS);
        assertEquals(12.0 / 123, m.get("wordTop3gramFraction"), EPS);
        assertEquals(14.0 / 123, m.get("wordTop4gramFraction"), EPS);
        assertEquals(0.0, m.get("wordDup5gramFraction"));
        assertEquals(2.0 / 66, m.get("newlineWordRatio"), EPS);
        assertEquals(1.0, m.get("linePunctRatio"), EPS);
    }

    @Test
    void datatroveHelpersOnTheirOwnCases() {
        int[] jia = "甲乙甲乙甲乙甲".codePoints().toArray();
        assertEquals(4, new NgramClasses().chain(jia, jia.length).allDuplicate());
        assertEquals(3, new NgramClasses().of(jia, jia.length, 3).allDuplicate());
        List<String> w = split("天|气|很|好|天|气|真|真|好|好");
        int[] ones = new int[w.size()];
        Arrays.fill(ones, 1);
        assertEquals(6, WordNgrams.topDuplicateChars(w, ones, 2));
        assertEquals(0.4, measure("\nA\nB\n\nA\n", null, "dupLineFraction").get("dupLineFraction"), EPS);
    }

    @Test
    void gopherLineAndSymbolRules() {
        assertEquals(2.0, measure("我的书的封面很好看。", split("我|的|书|的|封面|很|好看|。"), "stopwordCount")
                .get("stopwordCount"));
        // a closing quote or a trailing space: not a terminal line for datatrove
        assertEquals(0.0, measure("他说：“今天下雨。”\n明天晴。 ", null, "linePunctRatio").get("linePunctRatio"));
        Map<String, Double> symbols = measure("#话题# 今天……真的...好", split("#|话题|#|今天|…|…|真的|...|好"),
                "hashWordRatio", "ellipsisWordRatio");
        assertEquals(2.0 / 9, symbols.get("hashWordRatio"), EPS);
        assertEquals(3.0 / 9, symbols.get("ellipsisWordRatio"), EPS);
        Map<String, Double> lines = measure("- 第一条\n• 第二条\n第三条…", split("-|第一|条|•|第二|条|第三|条|…"),
                "bulletLineRatio", "ellipsisLineRatio");
        assertEquals(2.0 / 3, lines.get("bulletLineRatio"), EPS);
        assertEquals(1.0 / 3, lines.get("ellipsisLineRatio"), EPS);
    }

    @Test
    void dataJuicerSignals() {
        assertEquals(4.0 / 9, measure("今天天气很好".repeat(3), null, "charRepetition").get("charRepetition"), EPS);
        Map<String, Double> m = measure("中文也是一个字算一个长度", null, "charRepetition", "alnumShare");
        assertEquals(0.0, m.get("charRepetition"));
        assertEquals(1.0, m.get("alnumShare"));
        assertEquals(9.0 / 14, measure("一上士，。！ abc 123", null, "alnumShare").get("alnumShare"), EPS);
        Map<String, Double> lines = measure("ab\r\ncd\u2028efg\n", null, "lines", "meanLineLength", "maxLineLength");
        assertEquals(3.0, lines.get("lines"));
        assertEquals(11.0 / 3, lines.get("meanLineLength"), EPS);
        assertEquals(3.0, lines.get("maxLineLength"));
    }

    @Test
    void chineseWebTextSignals() {
        assertEquals(1.0, measure("今天天气很好，我们一起去公园散步吧。".repeat(3), null, "cwtRepetition")
                .get("cwtRepetition"), EPS);
        assertEquals(0.8, measure("abcabcabcabcabcabc", null, "cwtRepetition").get("cwtRepetition"), EPS);
        assertEquals(0.0, measure("abcdefghijklm", null, "cwtRepetition").get("cwtRepetition"));
        assertEquals(0.0, measure("abcdefghijklmn", null, "cwtRepetition").get("cwtRepetition"));
        Map<String, Double> m = measure("人工智能是计算机科学的一个分支。\n它企图了解智能的实质。\n并生产出一种新的能以人类智能相似的方式做出反应的智能机器。",
                null, "chars", "cwtMeanLineLength", "cwtHanShare", "cwtRepetition");
        assertEquals(58.0, m.get("chars"));
        assertEquals(58.0 / 3, m.get("cwtMeanLineLength"), EPS);
        assertEquals(53.0 / 58, m.get("cwtHanShare"), EPS);
        assertEquals(0.0, m.get("cwtRepetition"));
    }

    @Test
    void zhpipeSignalsCountCodePoints() {
        Map<String, Double> m = measure("𠀀𠀁ab 1，", null, "chars", "hanShare", "letterShare", "digitShare",
                "punctuationShare", "whitespaceShare", "terminalLineShare");
        assertEquals(7.0, m.get("chars"));
        assertEquals(2.0 / 7, m.get("hanShare"), EPS);
        assertEquals(2.0 / 7, m.get("letterShare"), EPS);
        assertEquals(1.0 / 7, m.get("digitShare"), EPS);
        assertEquals(1.0 / 7, m.get("punctuationShare"), EPS);
        assertEquals(1.0 / 7, m.get("whitespaceShare"), EPS);
        assertEquals(0.0, m.get("terminalLineShare"));
        assertEquals(2.0 / 3, measure("好。”\n不好\n对吗？  \n\n", null, "terminalLineShare").get("terminalLineShare"),
                EPS);
        assertEquals(0.5, measure("甲\n乙\n甲\n 甲 ", null, "uniqueLineShare").get("uniqueLineShare"), EPS);
    }

    @Test
    void anEmptyOrOneLineDocumentHasDefinedSignals() {
        for (String text : List.of("", "一", "\n", "𠀀")) {
            Map<String, Double> m = measure(text, List.of(), "all");
            for (var e : m.entrySet()) {
                assertTrue(Double.isFinite(e.getValue()), text + ": " + e.getKey());
            }
        }
        assertEquals(0.0, measure("", List.of(), "all").get("meanWordLength"));
    }

    @Test
    void boundsDropWithEveryBrokenRuleInOrder() {
        QualityStage stage = QualityStage.of(new QualityStage.Params("chinesewebtext", Map.of(),
                Map.of("dupLineFraction", 0.1), List.of(), false, List.of("zh"), List.of(), List.of()));
        double[] out = new double[stage.signalNames().size()];
        List<DocumentStage.Violation> v = stage.judge(Text.of("hello\nhello"), null, out, 0);
        assertEquals(List.of("minChars", "minCwtMeanLineLength", "minCwtHanShare", "maxDupLineFraction"),
                v.stream().map(DocumentStage.Violation::rule).toList());
        assertEquals("chars 11 < 201", v.get(0).detail());
        assertEquals("cwtMeanLineLength 5.5 < 10", v.get(1).detail());
        assertEquals("dupLineFraction 0.5 > 0.1", v.get(3).detail());
    }

    @Test
    void presetsArePinned() {
        assertEquals(23, QualityPreset.FINEWEB2.rules().size());
        assertEquals(0.287, QualityPreset.FINEWEB2.max().get("dupLineFraction"));
        assertEquals(List.of(0.256, 0.201, 0.171), List.of(QualityPreset.FINEWEB2.max().get("wordTop2gramFraction"),
                QualityPreset.FINEWEB2.max().get("wordTop3gramFraction"),
                QualityPreset.FINEWEB2.max().get("wordTop4gramFraction")));
        assertEquals(List.of(0.198, 0.182, 0.167, 0.154, 0.14, 0.127), List.of(5, 6, 7, 8, 9, 10).stream()
                .map(n -> QualityPreset.FINEWEB2.max().get("wordDup" + n + "gramFraction")).toList());
        assertEquals(Map.of("linePunctRatio", 0.106, "gopherWords", 50.0, "gopherMeanWordLength", 1.0,
                "alphaWordRatio", 0.735, "stopwordCount", 2.0), QualityPreset.FINEWEB2.min());
        assertEquals(22, QualityPreset.FINEWEB2_STOPWORDS.size());
        assertEquals(Map.of("alnumShare", 0.10, "chars", 10.0), QualityPreset.DATAJUICER_ZH.min());
        assertEquals(Map.of("charRepetition", 0.6), QualityPreset.DATAJUICER_ZH.max());
        assertEquals(Map.of("chars", 201.0, "cwtMeanLineLength", 10.0, "cwtHanShare", 0.3),
                QualityPreset.CHINESEWEBTEXT.min());
        assertEquals(Map.of("cwtRepetition", 0.5), QualityPreset.CHINESEWEBTEXT.max());
        assertEquals(Map.of("uniqueLineShare", 0.5), QualityPreset.MNBVC.min());
        // fineweb2 bounds word signals, so the stage needs tokens
        assertTrue(QualityStage.of(new QualityStage.Params("fineweb2", Map.of(), Map.of(), List.of(), false,
                List.of("zh"), List.of(), QualityPreset.FINEWEB2_STOPWORDS)).needsTokens());
    }

    @Test
    void badParametersAreClearErrors() {
        InvalidParameterException unknown = assertThrows(InvalidParameterException.class,
                () -> new QualityStage.Params("", Map.of("hanshare", 0.3), Map.of(), List.of(), false, List.of(),
                        List.of(), List.of()));
        assertTrue(unknown.getMessage().contains("unknown signal \"hanshare\""), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("hanShare"), unknown.getMessage());
        InvalidParameterException preset = assertThrows(InvalidParameterException.class,
                () -> new QualityStage.Params("fineweb", Map.of(), Map.of(), List.of(), false, List.of(), List.of(),
                        List.of()));
        assertTrue(preset.getMessage().contains("fineweb2"), preset.getMessage());
        assertThrows(InvalidParameterException.class, () -> new QualityStage.Params("", Map.of("chars", 10.0),
                Map.of("chars", 5.0), List.of(), false, List.of(), List.of(), List.of()));
    }

    @Test
    void datatrovePunctuationSetsHaveTheirSizes() {
        DatatrovePunctuation p = DatatrovePunctuation.bundled();
        assertEquals(159, p.sizes()[0]);
        assertTrue(p.isTerminal('。') && !p.isTerminal('…') && !p.isTerminal('”'));
        assertTrue(p.isPunctuation('，') && !p.isPunctuation('·') && p.isPunctuation(0xFF11));
    }
}

package org.zhpipe.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.SpecException;
import org.zhpipe.stage.Drop;
import org.zhpipe.stage.DocumentStage.Violation;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.text.Text;

/** The {@code lang} stage: labels on clear cases, drops and their reasons, thresholds, the spec form. */
class LangStageTest {
    private static LanguageModel model;

    @BeforeAll
    static void load() {
        model = LanguageModel.bundled();
    }

    /** Sentences written for this test, one per language, 20 to 60 characters. */
    static final Map<String, String> CLEAR = Map.ofEntries(
            Map.entry("zh", "今天下午我们在图书馆讨论了新学期的课程安排和考试时间。"),
            Map.entry("zh-Hant", "這家餐廳的牛肉麵非常好吃，週末總是有很多人排隊等候。"),
            Map.entry("ja", "昨日は雨が降っていたので、家で本を読みながらゆっくり過ごしました。"),
            Map.entry("ko", "주말에는 친구들과 함께 산에 올라가서 맛있는 점심을 먹었습니다."),
            Map.entry("en", "The committee will publish its final report on the new railway next month."),
            Map.entry("ru", "Вчера вечером мы долго гуляли по набережной и разговаривали о будущем."),
            Map.entry("ar", "ذهبت العائلة إلى السوق القديم لشراء الخضروات والفواكه الطازجة."),
            Map.entry("fr", "Nous avons visité le musée pendant les vacances et la journée était magnifique."),
            Map.entry("de", "Die Kinder spielen jeden Nachmittag im Garten hinter dem alten Haus."),
            Map.entry("es", "Mañana vamos a la playa con mis primos si el tiempo lo permite."),
            Map.entry("th", "เมื่อวานนี้ฉันไปตลาดกับแม่เพื่อซื้อผลไม้และผักสด"),
            Map.entry("hi", "हम लोग कल सुबह रेलगाड़ी से दिल्ली जाएंगे और शाम तक वापस आएंगे।"),
            Map.entry("vi", "Hôm qua chúng tôi đã đi dạo quanh hồ và ăn tối ở một nhà hàng nhỏ."));

    private static Violations judge(LangStage stage, String text) {
        double[] signals = new double[stage.signalNames().size()];
        List<Violation> v = stage.judge(Text.of(text), null, signals, 0);
        return new Violations(v, signals);
    }

    record Violations(List<Violation> list, double[] signals) {
    }

    @Test
    void clearCasesGetTheirLanguage() {
        for (var e : CLEAR.entrySet()) {
            String expected = e.getKey().equals("zh-Hant") ? "zh" : e.getKey();
            LangStage stage = new LangStage(model, List.of(expected), 0, 1000);
            Violations v = judge(stage, e.getValue());
            assertEquals(List.of(), v.list(), e.getKey());
            assertEquals(List.of("langScore", "lang_" + expected), stage.signalNames());
            assertEquals(v.signals()[0], v.signals()[1], 1e-12, e.getKey() + ": the kept language is the top one");
            assertTrue(v.signals()[0] > 0.01, e.getKey() + " " + v.signals()[0]);
        }
    }

    @Test
    void otherLanguagesAreDroppedWithTheDetectedLanguageInTheReason() {
        LangStage zh = new LangStage(model, List.of("zh"), 0, 1000);
        Violations v = judge(zh, CLEAR.get("en"));
        assertEquals(1, v.list().size());
        assertEquals("keepLang", v.list().get(0).rule());
        assertTrue(v.list().get(0).detail().matches("lang en \\(0\\.\\d+\\) not in \\[zh\\]"), v.list().get(0).detail());
        assertTrue(v.signals()[1] < v.signals()[0], "lang_zh is below the top score");
        // several kept languages: ja is one of them
        assertEquals(List.of(), judge(new LangStage(model, List.of("zh", "ja"), 0, 1000), CLEAR.get("ja")).list());
    }

    @Test
    void minScoreDropsUncertainDocuments() {
        String text = CLEAR.get("en");
        double score = judge(new LangStage(model, List.of(), 0, 1000), text).signals()[0];
        assertEquals(List.of(), judge(new LangStage(model, List.of(), score, 1000), text).list());
        List<Violation> v = judge(new LangStage(model, List.of("en"), Math.min(1, score + 0.01), 1000), text).list();
        assertEquals(1, v.size());
        assertEquals("minLangScore", v.get(0).rule());
        assertTrue(v.get(0).detail().startsWith("langScore " + LangStage.format(score) + " < "), v.get(0).detail());
        assertTrue(v.get(0).detail().endsWith(" (lang en)"), v.get(0).detail());
        // both rules at once, in the order keepLang, minLangScore
        List<Violation> both = judge(new LangStage(model, List.of("zh"), 1, 1000), text).list();
        assertEquals(List.of("keepLang", "minLangScore"), both.stream().map(Violation::rule).toList());
    }

    @Test
    void longerTextsScoreHigher() {
        String one = CLEAR.get("en");
        String three = one + " " + "Several towns along the coast have asked for a station of their own. "
                + "Engineers expect construction to start before the end of the year.";
        LangStage any = new LangStage(model, List.of(), 0, 0);
        assertTrue(judge(any, three).signals()[0] > judge(any, one).signals()[0]);
    }

    @Test
    void textWithoutLettersOrKnownNgramsIsUndetermined() {
        LangStage any = new LangStage(model, List.of(), 0, 1000);
        LangStage zh = new LangStage(model, List.of("zh"), 0.5, 1000);
        // the last two: letters, but no n-gram the model knows (it would give every language 1/103)
        for (String text : List.of("", "   ", "12345 67.8%", "😀😀 !!! ——", "\n\n", "顶", "ꀀꀁ")) {
            Violations kept = judge(any, text);
            assertEquals(List.of(), kept.list(), text);
            assertEquals(0.0, kept.signals()[0]);
            Violations dropped = judge(zh, text);
            assertEquals(List.of(new Violation("keepLang", "lang und (0) not in [zh]"),
                    new Violation("minLangScore", "langScore 0 < 0.5 (lang und)")), dropped.list(), text);
            assertEquals(0.0, dropped.signals()[1]);
        }
    }

    @Test
    void maxCharsLooksAtTheBeginningOnly() {
        String text = CLEAR.get("zh") + " " + (CLEAR.get("en") + " ").repeat(20);
        LangStage head = new LangStage(model, List.of("zh"), 0, 25);
        LangStage whole = new LangStage(model, List.of("zh"), 0, 0);
        assertEquals(List.of(), judge(head, text).list());
        assertEquals("keepLang", judge(whole, text).list().get(0).rule());
        assertEquals("今天下", LangStage.sample("今天下午", 3));
        assertEquals("𠀀a", LangStage.sample("𠀀ab", 2)); // code points, not chars
        assertEquals("a b c", LangStage.sample("a\nb\r\nc".replace("\r\n", "\n"), 0));
        assertNull(LangStage.sample("123 abc", 3));
    }

    @Test
    void languagesAreNamedByIso639OneOrThree() {
        LangStage stage = new LangStage(model, List.of("cmn", "zho", "ZH", "eng", "fa", "pes"), 0, 1000);
        assertEquals(List.of("langScore", "lang_zh", "lang_en", "lang_fa"), stage.signalNames());
        assertEquals(List.of(), judge(stage, CLEAR.get("zh")).list());
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> new LangStage.Params(List.of("zz"), 0, 1000));
        assertEquals("keep", e.parameter());
        assertTrue(e.getMessage().startsWith("unknown language \"zz\""), e.getMessage());
        assertTrue(e.getMessage().contains("Use ISO 639-1 or 639-3 codes of the model's 103 languages: tr, be, sa,"),
                e.getMessage());
        assertEquals("unknown language \"chn\"; did you mean \"cmn\"?",
                assertThrows(InvalidParameterException.class, () -> new LangStage.Params(List.of("chn"), 0, 1000))
                        .getMessage().replaceAll(" Use ISO.*", ""));
        assertEquals("must be between 0 and 1, not 1.5", assertThrows(InvalidParameterException.class,
                () -> new LangStage.Params(List.of(), 1.5, 1000)).getMessage());
        assertEquals("must be 0 (the whole text) or more, not -1", assertThrows(InvalidParameterException.class,
                () -> new LangStage.Params(List.of(), 0, -1)).getMessage());
    }

    @Test
    void specFormsAndDropsInAPipeline() {
        Spec inline = Spec.parseInline("lang:keep=zh|ja;minScore=0.01");
        Spec json = Spec.parse("{\"stages\": [{\"type\": \"lang\", \"keep\": [\"zh\", \"ja\"], \"minScore\": 0.01}]}");
        assertEquals(json, inline);
        assertEquals(json, Spec.parse(json.toJson()));
        assertEquals(Spec.parseInline("lang:zh|ja"), Spec.parseInline("lang:keep=zh|ja"));
        assertTrue(json.toJson().contains("\"maxChars\": 1000"), json.toJson());

        Pipeline pipeline = Spec.parseInline("halfwidth,lang:zh,tokenize").build();
        Result kept = pipeline.process(CLEAR.get("zh-Hant"));
        assertFalse(kept.dropped());
        assertEquals(List.of("langScore", "lang_zh"), kept.signals().names());
        Result dropped = pipeline.process(CLEAR.get("ko"));
        assertTrue(dropped.dropped());
        Drop drop = dropped.drops().get(0);
        assertEquals("lang.keepLang", drop.key());
        assertTrue(drop.detail().startsWith("lang ko ("), drop.detail());

        SpecException e = assertThrows(SpecException.class,
                () -> Spec.parse("{\"stages\": [{\"type\": \"lang\", \"keep\": [\"zh\", \"cn\"]}]}"));
        assertTrue(e.getMessage().contains("stages[0].keep: unknown language \"cn\""), e.getMessage());
    }

    @Test
    void theModelIsLoadedOncePerBuild() {
        ResourceCache cache = new ResourceCache();
        Spec.parseInline("lang:zh").build(cache);
        int loaded = cache.size();
        Spec.parseInline("lang:en;minScore=0.2").build(cache);
        assertEquals(loaded, cache.size());
        assertEquals(1, loaded);
    }

    @Test
    void oneStageServesManyThreads() throws Exception {
        LangStage stage = new LangStage(model, List.of("zh", "en", "ja"), 0.02, 1000);
        List<String> texts = new ArrayList<>(CLEAR.values());
        List<String> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(judge(stage, t).list() + " " + java.util.Arrays.toString(judge(stage, t).signals()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            Violations v = judge(stage, texts.get(i));
                            if (!(v.list() + " " + java.util.Arrays.toString(v.signals())).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}

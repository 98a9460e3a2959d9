package org.zhpipe.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model behind {@code lang}: its file and outcomes, and a normalized text and probabilities equal to those of
 * OpenNLP's own detector (with its factory's normalizers, in its order).
 */
class LanguageModelTest {
    private static LanguageModel model;

    @BeforeAll
    static void load() {
        model = LanguageModel.bundled();
    }

    @Test
    void theModelsOutcomesAreTheCodesTable() throws IOException {
        try (InputStream in = LanguageModel.class.getResourceAsStream(LanguageModel.MODEL)) {
            assertNotNull(in, LanguageModel.MODEL);
            String[] outcomes = new LanguageDetectorME(new LanguageDetectorModel(in)).getSupportedLanguages();
            assertEquals(LanguageCodes.outcomes(), Arrays.asList(outcomes));
        }
        assertEquals(LanguageCodes.outcomes(), model.outcomes());
        assertEquals(99, LanguageCodes.labels().size());
        assertEquals("zh", LanguageCodes.labelOfOutcome("cmn"));
        assertEquals("ceb", LanguageCodes.labelOfOutcome("ceb"));
    }

    /** Texts that exercise OpenNLP's normalizers, lowercasing and n-grams at their edges. */
    static final List<String> EDGES = List.of("", " ", "a", "ab", "ÀÉÎ", "İstanbul'da KIŞ", "ΣΊΣΥΦΟΣ ΌΡΟΣ",
            "aaaa bbbbbb!!!!   x", "see https://example.com/a?b=1 and www.example.org now",
            "RT @someone: #hashtag text rt here", "12345 67.89 dollars 2024年", "😀😀 emoji 🎉 text",
            "𠀀𠀁𠀂 Extension B 𪚥", "\uD800 lone surrogate \uDC00", "mixed 中文 English 日本語 한국어 текст",
            "\t\n line\nbreaks\r\n ", "well-known co-operation", "ｆｕｌｌ－ｗｉｄｔｈ，標點。", "mail me: a.b@c.de",
            "jajaja hahaha :-) ;p xD", "AaAa bbB", "x\u000B\fy", "  lead", "trail  ", "a\u2028b\u0085c",
            "ＡＢＣ１２３ 私は", "\uE000\uF8FF private use", "ﬁﬂ ligatures");

    /** Random strings over an alphabet of the characters OpenNLP's normalizers react to. */
    @Test
    void probabilitiesEqualOpenNlpsOnRandomText() {
        java.util.Random random = new java.util.Random(13);
        List<String> texts = new ArrayList<>();
        texts.addAll(randomTexts(random, "aAbdeEhHiIjJoOpPrRtTuUxX09 \t\n\u000B\f#@:;-()./，。中文한𠀀😀\uE000ｘ\u3000"
                + "\u00A0\uD800\uDBFF\uDC00\uDFFF\uD83C\uD83D", 5000));
        // few symbols: runs of repeated characters and white space, for the shrink normalizer
        texts.addAll(randomTexts(random, "aAxX○0 \t\n\r\u0085\u2028-😀\uD801", 5000));
        assertSameAsOpenNlp(texts);
    }

    private static List<String> randomTexts(java.util.Random random, String alphabet, int count) {
        int[] cps = alphabet.codePoints().toArray(); // lone surrogates are code points of their own here
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                b.appendCodePoint(cps[random.nextInt(cps.length)]);
            }
            texts.add(b.toString());
        }
        return texts;
    }

    @Test
    void probabilitiesEqualOpenNlpsDetector() throws IOException {
        List<String> texts = new ArrayList<>(EDGES);
        texts.addAll(LangStageTest.CLEAR.values());
        try (InputStream in = getClass().getResourceAsStream("udhr-sample.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                texts.add(line.split("\t", 4)[3]);
            }
        }
        assertSameAsOpenNlp(texts);
    }

    /** The normalized text, and every outcome's probability, equal OpenNLP's. */
    private static void assertSameAsOpenNlp(List<String> texts) {
        LanguageDetectorME detector = new LanguageDetectorME(model.openNlpModel());
        CharSequenceNormalizer openNlp = new AggregateCharSequenceNormalizer(EmojiCharSequenceNormalizer.getInstance(),
                UrlCharSequenceNormalizer.getInstance(), TwitterCharSequenceNormalizer.getInstance(),
                NumberCharSequenceNormalizer.getInstance(), ShrinkCharSequenceNormalizer.getInstance());
        List<String> outcomes = model.outcomes();
        for (String text : texts) {
            assertEquals(openNlp.normalize(text).toString(), LanguageModel.normalize(text).toString(), text);
            double[] ours = model.outcomeProbabilities(text);
            double[] theirs = new double[outcomes.size()];
            for (Language l : detector.predictLanguages(text)) {
                theirs[outcomes.indexOf(l.getLang())] = l.getConfidence();
            }
            if (ours == null) { // no n-gram the model knows: OpenNLP's distribution is uniform
                for (double p : theirs) {
                    assertEquals(1.0 / outcomes.size(), p, 1e-12, text);
                }
                continue;
            }
            for (int i = 0; i < ours.length; i++) {
                assertEquals(theirs[i], ours[i], 1e-9, text + " " + outcomes.get(i));
            }
        }
    }
}

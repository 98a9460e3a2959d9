package org.zhpipe.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhpipe.testing.TokenAssertions.assertOffsetsValid;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zhpipe.output.ResultJson;
import org.zhpipe.segment.WordDictionary;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.SpecException;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/** The {@code lemmatize} stage through real pipelines: English with OpenNLP, Chinese by rules, offsets, options. */
class LemmatizeTest {
    /** One cache for the whole class: the English models and the core dictionary load once. */
    private static final ResourceCache RESOURCES = new ResourceCache();

    private static Pipeline pipeline(String inline) {
        return Spec.parseInline(inline).build(RESOURCES);
    }

    private static final Pipeline TOKENIZE = pipeline("tokenize,lemmatize");
    private static final Pipeline POS = pipeline("segment:viterbi;pos=true,lemmatize");
    private static final Pipeline NO_POS = pipeline("segment,lemmatize");

    private static String lemmas(Pipeline p, String text) {
        return p.process(text).output();
    }

    // ---- English -------------------------------------------------------------------------------------------------

    @Test
    void issueExampleKeepsOffsets() {
        String s = "My cat is walking on the carpet";
        for (Pipeline p : List.of(TOKENIZE, POS, NO_POS)) {
            assertTokens(p.process(s).tokens(), s,
                    new String[] {"my", "cat", "be", "walk", "on", "the", "carpet"},
                    new int[] {0, 3, 7, 10, 18, 21, 25}, new int[] {2, 6, 9, 17, 20, 24, 31});
        }
    }

    @Test
    void issueExampleWords() {
        assertEquals("run", lemmas(TOKENIZE, "running"));
        assertEquals("eat", lemmas(TOKENIZE, "ate"));
        assertEquals("child", lemmas(TOKENIZE, "children"));
        assertEquals("the child be run , and eat apple .",
                lemmas(TOKENIZE, "The children were running, and ate apples."));
    }

    @Test
    void contextDecidesThePartOfSpeech() {
        // "building" after "are" is a verb; after "the" a noun, which stays
        assertEquals("they be build a house", lemmas(TOKENIZE, "They are building a house"));
        assertEquals("the building be tall", lemmas(TOKENIZE, "The building is tall"));
    }

    @Test
    void englishInsideChineseText() {
        Result r = POS.process("我喜欢running和dogs");
        assertTokens(r.tokens(), r.text().original(), new String[] {"我", "喜欢", "run", "和", "dog"},
                new int[] {0, 1, 3, 10, 11}, new int[] {1, 3, 10, 11, 15});
    }

    @Test
    void guardsAgainstTheWebTextModel() {
        // one letter stays (the model maps u → you, n → and, e → email); contractions in one token are not split
        assertEquals("e u n x", lemmas(TOKENIZE, "e u n X"));
        assertEquals("don't", lemmas(TOKENIZE, "Don't"));
        assertEquals("its", lemmas(TOKENIZE, "its"));
        assertEquals("gpt-4", lemmas(TOKENIZE, "GPT-4"));
    }

    @Test
    void whatCountsAsEnglish() {
        assertTrue(EnglishLemmatizer.isEnglishWord("walking", TokenType.WORD));
        assertTrue(EnglishLemmatizer.isEnglishWord("e-mail", TokenType.WORD));
        assertTrue(EnglishLemmatizer.isEnglishWord("café", TokenType.WORD));
        assertFalse(EnglishLemmatizer.isEnglishWord("42", TokenType.NUMBER));
        assertFalse(EnglishLemmatizer.isEnglishWord("123", TokenType.WORD));
        assertFalse(EnglishLemmatizer.isEnglishWord("中文", TokenType.WORD));
        assertFalse(EnglishLemmatizer.isEnglishWord("Москва", TokenType.WORD));
        assertFalse(EnglishLemmatizer.isEnglishWord("a中", TokenType.WORD));
    }

    @Test
    void lemmaIsAFunctionOfWordAndTagAndIsCachedExactly() {
        EnglishModels models = RESOURCES.get(EnglishModels.class, EnglishModels.class, EnglishModels::bundled);
        EnglishLemmatizer cached = new EnglishLemmatizer(models, 2);
        EnglishLemmatizer uncached = new EnglishLemmatizer(models, 0);
        assertEquals("walk", cached.lemma("walking", "VERB"));
        assertEquals("walk", cached.lemma("walking", "VERB"));
        assertEquals("walking", cached.lemma("walking", "NOUN"));
        assertEquals("be", cached.lemma("was", "AUX"));
        assertEquals(2, cached.cachedLemmas(), "the cache stops growing at its size");
        assertEquals(0, uncached.cachedLemmas());
        for (String w : List.of("walking/VERB", "mice/NOUN", "better/ADJ", "went/VERB", "US/PROPN", "us/PRON")) {
            String[] p = w.split("/");
            assertEquals(uncached.lemma(p[0], p[1]), cached.lemma(p[0], p[1]), w);
        }
        assertEquals(0, uncached.cachedLemmas());
    }

    // ---- Chinese -------------------------------------------------------------------------------------------------

    @Test
    void aspectParticlesAfterAVerbAreRemoved() {
        for (Pipeline p : List.of(POS, NO_POS)) {
            assertTokens(p.process("吃饭了").tokens(), "吃饭了", new String[] {"吃饭"}, new int[] {0}, new int[] {2});
            assertTokens(p.process("吃了饭").tokens(), "吃了饭", new String[] {"吃", "饭"}, new int[] {0, 2},
                    new int[] {1, 3});
            assertTokens(p.process("她看着我").tokens(), "她看着我", new String[] {"她", "看", "我"},
                    new int[] {0, 1, 3}, new int[] {1, 2, 4});
            assertEquals("他 去 上海", lemmas(p, "他去过上海"));
            assertEquals("我 看", lemmas(p, "我看过了"));
            assertEquals("天 黑 了", lemmas(p, "天黑了"), "了 after an adjective stays");
            assertEquals("他 过 河", lemmas(p, "他过河"), "过 not after a verb stays");
        }
    }

    @Test
    void reduplicationsCollapseToTheBaseCoveringTheSpan() {
        for (Pipeline p : List.of(POS, NO_POS)) {
            assertTokens(p.process("你看看").tokens(), "你看看", new String[] {"你", "看"}, new int[] {0, 1},
                    new int[] {1, 3});
            // ABAB arrives as two tokens 研究 研究
            assertTokens(p.process("研究研究").tokens(), "研究研究", new String[] {"研究"}, new int[] {0},
                    new int[] {4});
            // AABB as one token
            assertTokens(p.process("高高兴兴").tokens(), "高高兴兴", new String[] {"高兴"}, new int[] {0},
                    new int[] {4});
            // A一A as 想 + 一想
            assertTokens(p.process("想一想").tokens(), "想一想", new String[] {"想"}, new int[] {0}, new int[] {3});
            // A了A as three tokens
            assertTokens(p.process("他看了看我").tokens(), "他看了看我", new String[] {"他", "看", "我"},
                    new int[] {0, 1, 4}, new int[] {1, 4, 5});
            assertEquals("大家 说笑", lemmas(p, "大家说说笑笑"));
        }
    }

    @Test
    void reduplicationsAfterTokenizeSpanSeveralCharacterTokens() {
        assertTokens(TOKENIZE.process("研究研究").tokens(), "研究研究", new String[] {"研究"}, new int[] {0},
                new int[] {4});
        assertTokens(TOKENIZE.process("看一看书").tokens(), "看一看书", new String[] {"看", "书"}, new int[] {0, 3},
                new int[] {3, 4});
        assertEquals("妈 妈 看 星 星", lemmas(TOKENIZE, "妈妈看星星"), "妈妈 and 星星 are nouns");
    }

    @Test
    void pluralMenOfNouns() {
        for (Pipeline p : List.of(POS, NO_POS)) {
            assertTokens(p.process("同学们好").tokens(), "同学们好", new String[] {"同学", "好"}, new int[] {0, 3},
                    new int[] {3, 4});
            assertEquals("我们 他们 你们 她们 它们 咱们", lemmas(p, "我们他们你们她们它们咱们"));
            assertEquals("人们 都 说", lemmas(p, "人们都说"));
        }
    }

    @Test
    void pluralMenInOneToken() {
        Tokens in = Tokens.builder(1).add("同学们", 0, 3, TokenType.WORD).build();
        ChineseLemmaRules rules = rules(List.of());
        assertTokens(rules.apply(in, null, false), "同学们", new String[] {"同学"}, new int[] {0}, new int[] {3});
    }

    @Test
    void bundledAndUserExceptions() {
        for (Pipeline p : List.of(POS, NO_POS)) {
            assertEquals("妈妈 和 爸爸 看 星星", lemmas(p, "妈妈和爸爸看星星"));
            assertEquals("谢谢 你", lemmas(p, "谢谢你"));
            assertEquals("他 往往 迟到", lemmas(p, "他往往迟到"));
        }
        assertTrue(ChineseLemmaRules.bundledExceptions().containsAll(List.of("妈妈", "星星", "谢谢", "常常", "偏偏")));
        Pipeline user = pipeline("segment:pos=true,lemmatize:exceptions=看看|同学们|了");
        assertEquals("你 看看 同学 们 吃 了 饭", lemmas(user, "你看看同学们吃了饭"));
        assertEquals("研究 想", lemmas(user, "研究研究想一想"));
    }

    @Test
    void chineseRulesLeaveOtherTextAlone() {
        assertSame(Tokens.empty(), POS.process("").tokens());
        String s = "𠀀看看😀ＡＢＣ，１２３";
        Result r = NO_POS.process(s);
        assertEquals("𠀀 看 😀 ａｂｃ ， １２３", r.output());
        assertOffsetsValid(r.tokens(), s);
        assertEquals("今天 天气 很 好", lemmas(POS, "今天天气很好"));
    }

    @Test
    void hanTestAgreesWithTheOneScriptTableOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
                continue;
            }
            boolean han = org.zhpipe.text.Scripts.isHan(c); // ICU's Unicode 16: 9FFD-9FFF and Extensions H, I too
            assertEquals(han, ChineseLemmaRules.isHan(Character.toString(c)), Integer.toHexString(c));
        }
        assertFalse(ChineseLemmaRules.isHan(""));
        assertFalse(ChineseLemmaRules.isHan("\uD840"));
        assertTrue(ChineseLemmaRules.isHan("𠀀中"));
    }

    @Test
    void switchesTurnEitherLanguageOff() {
        assertEquals("看看 run", lemmas(pipeline("segment,lemmatize:chinese=false"), "看看running"));
        assertEquals("看 running", lemmas(pipeline("segment,lemmatize:english=false"), "看看running"));
        assertEquals("看看 running", lemmas(pipeline("segment,lemmatize:english=false;chinese=false"),
                "看看running"));
    }

    // ---- keepOriginal --------------------------------------------------------------------------------------------

    @Test
    void keepOriginalRecordsThePreviousFormOfChangedTokens() {
        Pipeline p = pipeline("segment:pos=true,lemmatize:keepOriginal");
        Tokens t = p.process("My cat is walking, 同学们研究研究").tokens();
        assertEquals(List.of("my", "cat", "be", "walk", ",", "同学", "研究"), t.terms());
        assertEquals("My", t.original(0));
        assertNull(t.original(1), "unchanged: no original");
        assertEquals("is", t.original(2));
        assertEquals("walking", t.original(3));
        assertNull(t.original(4));
        assertEquals("同学们", t.original(5));
        assertEquals("研究研究", t.original(6));
        assertTrue(t.hasOriginals());
        assertFalse(pipeline("segment,lemmatize").process("walking").tokens().hasOriginals());
    }

    @Test
    void keepOriginalSurvivesLaterTokenStagesAndReachesJson() {
        Pipeline p = pipeline("tokenize,lemmatize:keepOriginal,lemmatize");
        Result r = p.process("cats walking");
        assertEquals("{\"text\":\"cats walking\",\"tokens\":[{\"text\":\"cat\",\"original\":\"cats\",\"start\":0,"
                + "\"end\":4},{\"text\":\"walk\",\"original\":\"walking\",\"start\":5,\"end\":12}]}",
                ResultJson.toJsonLine(r));
        Tokens copy = Tokens.builder(1).add(r.tokens(), 1).build();
        assertEquals("walking", copy.original(0));
        assertEquals("{\"text\":\"x\",\"tokens\":[{\"text\":\"x\",\"start\":0,\"end\":1}]}",
                ResultJson.toJsonLine(pipeline("tokenize,lemmatize:keepOriginal").process("x")));
    }

    // ---- spec ----------------------------------------------------------------------------------------------------

    @Test
    void blankExceptionIsRejectedWhenTheSpecIsRead() {
        SpecException e = assertThrows(SpecException.class,
                () -> Spec.parse("{\"stages\": [{\"type\": \"tokenize\"}, {\"type\": \"lemmatize\", "
                        + "\"exceptions\": [\" \"]}]}"));
        assertTrue(e.getMessage().contains("stages[1].exceptions: an empty entry; each entry is a word"),
                e.getMessage());
    }

    // ---- threads -------------------------------------------------------------------------------------------------

    @Test
    void eightThreadsGiveWhatOneGives() throws Exception {
        List<String> lines = new ArrayList<>();
        String[] base = {"My cat is walking on the carpet", "The children were running and ate apples.",
                "孩子们高高兴兴地看了看 running dogs", "我们研究研究了这个问题，大家想一想", "He has been studying studies",
                "The mice ran faster than the geese", "她看着我笑了笑", "Better houses were built by builders"};
        for (int i = 0; i < 400; i++) {
            lines.add(base[i % base.length] + (i % 3 == 0 ? " " + i + " times" : ""));
        }
        List<String> expected = new ArrayList<>();
        Pipeline single = Spec.parseInline("segment:pos=true,lemmatize").build(new ResourceCache());
        for (String line : lines) {
            expected.add(single.process(line).tokens().toString());
        }
        Pipeline shared = Spec.parseInline("segment:pos=true,lemmatize").build(new ResourceCache());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> out = new ArrayList<>(lines.size());
                    for (int k = 0; k < lines.size(); k++) {
                        int idx = (k + offset * 50) % lines.size(); // each thread in another order
                        out.add(idx + "\t" + shared.process(lines.get(idx)).tokens());
                    }
                    return out;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<String>> f : results) {
                for (String row : f.get(120, TimeUnit.SECONDS)) {
                    int tab = row.indexOf('\t');
                    assertEquals(expected.get(Integer.parseInt(row.substring(0, tab))), row.substring(tab + 1));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ChineseLemmaRules rules(List<String> extra) {
        List<String> exceptions = new ArrayList<>(ChineseLemmaRules.bundledExceptions());
        exceptions.addAll(extra);
        return new ChineseLemmaRules(WordDictionary.bundled("core"), exceptions);
    }
}

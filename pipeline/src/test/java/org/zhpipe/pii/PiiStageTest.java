package org.zhpipe.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhpipe.testing.TokenAssertions.assertOffsetsValid;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.SpecException;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

class PiiStageTest {
    private static final String SENTENCE = "联系：138-1234-5678，邮箱 zhang.san@example.com，身份证 11010519491231002X";
    private final PiiStage stage = new PiiStage();

    @Test
    void emptyTextIsReturnedAsIs() {
        Text empty = Text.of("");
        assertSame(empty, stage.apply(empty));
    }

    @Test
    void textWithoutPersonalDataIsReturnedAsIs() {
        for (String s : List.of("今天天气很好我们去公园散步", "2023年12月4日，价格¥1,299.00，共1999元，版本v1.2.3.4",
                "订单号110105194912310021已发货，物流单号4111111111111112", "GPT-4 和 𠀀😀")) {
            Text t = Text.of(s);
            assertSame(t, stage.apply(t), s);
        }
    }

    @Test
    void masksWithTypedPlaceholders() {
        Text t = stage.apply(Text.of(SENTENCE));
        assertEquals("联系：<PHONE>，邮箱 <EMAIL>，身份证 <ID_CARD>", t.current());
    }

    @Test
    void eachPlaceholderCharMapsToTheWholeOriginalSpan() {
        Text t = stage.apply(Text.of(SENTENCE));
        int phone = t.current().indexOf("<PHONE>");
        for (int k = phone; k < phone + 7; k++) {
            assertEquals(3, t.originalStart(k));
            assertEquals(16, t.originalEnd(k + 1));
        }
        assertEquals("138-1234-5678", SENTENCE.substring(t.originalStart(phone), t.originalEnd(phone + 7)));
        assertEquals(2, t.originalStart(2)); // text before and after keeps its own offsets
        assertEquals(16, t.originalStart(phone + 7));
    }

    @Test
    void tokenizeKeepsAPlaceholderAsOneTokenOverTheOriginalSpan() {
        Result r = Spec.parseInline("pii,tokenize").build().process("电话13812345678。");
        assertTokens(r.tokens(), "电话13812345678。", new String[] {"电", "话", "<PHONE>", "。"},
                new int[] {0, 1, 2, 13}, new int[] {1, 2, 13, 14});
        assertEquals(TokenType.PLACEHOLDER, r.tokens().type(2));
    }

    @Test
    void everySegmenterKeepsPlaceholdersWhole() {
        for (String segmenter : List.of("tokenize", "segment", "segment:fmm", "segment:bmm", "segment:viterbi;pos=true",
                "segment:viterbi;mode=search", "segment:hanlp", "segment:hanlp;pos=true")) {
            Result r = Spec.parseInline("pii," + segmenter).build().process(SENTENCE);
            Tokens tokens = r.tokens();
            if (!segmenter.contains("search")) { // search mode adds sub-words after a word, ending before it
                assertOffsetsValid(tokens, SENTENCE);
            }
            List<String> placeholders = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.type(i) == TokenType.PLACEHOLDER) {
                    placeholders.add(tokens.term(i) + "=" + SENTENCE.substring(tokens.start(i), tokens.end(i)));
                }
                assertTrue(!tokens.term(i).contains("<") || tokens.type(i) == TokenType.PLACEHOLDER, segmenter
                        + ": " + tokens.terms());
            }
            assertEquals(List.of("<PHONE>=138-1234-5678", "<EMAIL>=zhang.san@example.com",
                    "<ID_CARD>=11010519491231002X"), placeholders, segmenter);
        }
    }

    @Test
    void placeholdersNextToLettersDigitsAndSupplementaryCharacters() {
        String s = "𠀀13812345678😀，a<b 𪚥a@b.com𠀁";
        Result r = Spec.parseInline("pii,tokenize").build().process(s);
        assertEquals("𠀀<PHONE>😀，a<b 𪚥<EMAIL>𠀁", r.text().current());
        Tokens t = r.tokens();
        assertTokens(t, s, new String[] {"𠀀", "<PHONE>", "😀", "，", "a", "<", "b", "𪚥", "<EMAIL>", "𠀁"},
                new int[] {0, 2, 13, 15, 16, 17, 18, 20, 22, 29}, new int[] {2, 13, 15, 16, 17, 18, 19, 22, 29, 31});
    }

    @Test
    void afterAStageThatChangedTheText() {
        String s = "手机：１３８１２３４５６７８";
        Result r = Spec.parseInline("halfwidth,pii,tokenize").build().process(s);
        assertEquals("手机:<PHONE>", r.text().current());
        assertTokens(r.tokens(), s, new String[] {"手", "机", ":", "<PHONE>"}, new int[] {0, 1, 2, 3},
                new int[] {1, 2, 3, 14});
    }

    @Test
    void applyingTwiceChangesNothingMore() {
        String once = stage.apply(Text.of(SENTENCE)).current();
        assertEquals(once, stage.apply(Text.of(once)).current());
    }

    @Test
    void typesAndPlaceholdersAreConfigurable() {
        PiiStage phones = new PiiStage(EnumSet.of(PiiType.PHONE, PiiType.LANDLINE),
                Map.of(PiiType.PHONE, "<TEL>", PiiType.LANDLINE, "<TEL>"));
        assertEquals("联系：<TEL>，邮箱 zhang.san@example.com，身份证 11010519491231002X，座机 <TEL>",
                phones.apply(Text.of(SENTENCE + "，座机 010-62345678")).current());
        assertEquals("<TEL>", phones.placeholder(PiiType.PHONE));
        assertEquals("<EMAIL>", phones.placeholder(PiiType.EMAIL));
        assertEquals(EnumSet.of(PiiType.PHONE, PiiType.LANDLINE), phones.types());
        assertThrows(IllegalArgumentException.class, () -> new PiiStage(EnumSet.of(PiiType.PHONE),
                Map.of(PiiType.PHONE, "[TEL]")));
    }

    @Test
    void inlineAndJsonSpecs() {
        assertEquals("联系：<TEL>，邮箱 <EMAIL>，身份证 11010519491231002X",
                Spec.parseInline("pii:types=phone|email;placeholders=phone=<TEL>").build().process(SENTENCE)
                        .output());
        assertEquals("联系：<PHONE>，邮箱 zhang.san@example.com，身份证 <ID_CARD>",
                Spec.parseInline("pii:phone|id_card").build().process(SENTENCE).output());
        Pipeline json = Spec.parse("""
                {"zhpipe": 1, "stages": [{"type": "pii", "types": ["id_card"], "placeholders": ["id_card=<ID>"]},
                  {"type": "segment"}]}""").build();
        assertEquals("联系 ： 138 - 1234 - 5678 ， 邮箱 zhang.san@example.com ， 身份证 <ID>",
                json.process(SENTENCE).output());
        assertEquals(PiiType.specNames(), ((PiiStage.Params) Spec.parseInline("pii").stages().get(0).params())
                .types());
    }

    @Test
    void wrongParametersAreOneLineErrorsWhereTheyAre() {
        assertEquals("inline:1:11: stages[0].types: unknown type \"phon\"; did you mean \"phone\"? Types: phone, "
                + "landline, id_card, bank_card, email, ipv4, ipv6, secret_url, qq, wechat, hk_id, tw_id",
                error("pii:types=phon"));
        assertEquals("inline:1:11: stages[0].types: \"qq\" is given twice; keep one", error("pii:types=qq|qq"));
        assertEquals("inline:1:18: stages[0].placeholders: expected a placeholder such as <TEL> (<, an upper-case "
                + "letter, upper-case letters, digits or _, >; at most 64 chars) for phone, got \"[TEL]\"",
                error("pii:placeholders=phone=[TEL]"));
        assertEquals("inline:1:18: stages[0].placeholders: expected type=<PLACEHOLDER> such as \"phone=<TEL>\", "
                + "got \"<TEL>\"", error("pii:placeholders=<TEL>"));
        assertEquals("inline:1:18: stages[0].placeholders: two placeholders for phone; keep one",
                error("pii:placeholders=phone=<A>|phone=<B>"));
        assertEquals("spec:1:29: stages[0].types: no types, so nothing would be masked; name some of: phone, "
                + "landline, id_card, bank_card, email, ipv4, ipv6, secret_url, qq, wechat, hk_id, tw_id (or leave "
                + "types out for all)", assertThrows(SpecException.class,
                () -> Spec.parse("{\"stages\": [{\"type\": \"pii\", \"types\": []}]}")).getMessage());
    }

    private static String error(String inline) {
        return assertThrows(SpecException.class, () -> Spec.parseInline(inline)).getMessage();
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add("第" + i + "位用户：1381234" + String.format("%04d", i) + "，" + SENTENCE);
        }
        List<String> expected = inputs.stream().map(s -> stage.apply(Text.of(s)).current()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> inputs.stream().map(s -> stage.apply(Text.of(s)).current()).toList()));
            }
            for (Future<List<String>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}

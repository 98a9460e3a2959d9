package org.zhpipe.token;

import com.google.re2j.Pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhpipe.testing.TokenAssertions.assertOffsetsValid;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.SpecException;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/** The {@code token_filter} stage end to end after {@code segment}, and {@link TokenFilter} on its own. */
class TokenFilterTest {
    private static final ResourceCache RESOURCES = new ResourceCache();

    /**
     * segment (pos): 他 说 ……/w 不 ——/w 是 的 。 价格 3.14 元 ， 增长 50% ， 2024年 发布 ， １２３ 个 ， 访问 URL 或 写信 给 EMAIL
     * 😀 + 1.
     */
    private static final String MIXED = "他说……不——是的。价格3.14元，增长50%，2024年发布，１２３个，访问https://example.com或写信给"
            + "a.b@example.com😀+1";

    private static Tokens tokens(String inline, String text) {
        Tokens tokens = Spec.parseInline(inline).build(RESOURCES).process(text).tokens();
        assertOffsetsValid(tokens, text);
        return tokens;
    }

    private static List<String> terms(String inline) {
        return tokens(inline, MIXED).terms();
    }

    private static String error(String inline) {
        return assertThrows(SpecException.class, () -> Spec.parseInline(inline).build(RESOURCES)).getMessage();
    }

    @Test
    void emptyInputGivesNoTokens() {
        assertTrue(tokens("segment,token_filter", "").isEmpty());
        assertTrue(TokenFilter.builder().build().apply(Tokens.empty(), Text.of("")).isEmpty());
    }

    @Test
    void defaultsDropPunctuationOnly() {
        assertEquals(List.of("他", "说", "不", "是", "的", "价格", "3.14", "元", "增长", "50%", "2024年", "发布", "１２３",
                        "个", "访问", "https://example.com", "或", "写信", "给", "a.b@example.com", "😀", "+", "1"),
                terms("segment,token_filter"));
        // …… and —— are dictionary words (type WORD) made only of punctuation: dropped too
        assertEquals(new TokenFilterStage.Params(true, false, false, 0, 0, List.of(), "", List.of()),
                TokenFilterStage.Params.DEFAULTS);
    }

    @Test
    void plainChineseSentenceKeepsOffsets() {
        String s = "我们的生活很美好。";
        assertTokens(tokens("segment,token_filter", s), s, new String[] {"我们", "的", "生活", "很", "美好"},
                new int[] {0, 2, 3, 5, 6}, new int[] {2, 3, 5, 6, 8});
    }

    @Test
    void nothingDroppedWhenEveryRuleIsOff() {
        assertEquals(tokens("segment", MIXED).terms(), terms("segment,token_filter:punctuation=false"));
    }

    @Test
    void symbols() {
        List<String> t = terms("segment,token_filter:symbols");
        assertTrue(!t.contains("😀") && !t.contains("+") && t.contains("1") && !t.contains("。"), t.toString());
    }

    @Test
    void numbers() {
        // pure numbers only: 3.14 50% １２３ 1; 2024年 is a word
        assertEquals(List.of("他", "说", "不", "是", "的", "价格", "元", "增长", "2024年", "发布", "个", "访问",
                        "https://example.com", "或", "写信", "给", "a.b@example.com", "😀", "+"),
                terms("segment,token_filter:numbers"));
    }

    @Test
    void lengthInCodePoints() {
        // 𠀀 and 😀 are one code point each (two chars)
        assertEquals(List.of("生活"), tokens("segment,token_filter:minLength=2;maxLength=5", "𠀀的生活abcdef😀")
                .terms());
        assertEquals(List.of("生活", "abcdef"), tokens("segment,token_filter:minLength=2", "𠀀的生活abcdef😀").terms());
        assertEquals(List.of("𠀀", "的", "生活", "😀"), tokens("segment,token_filter:maxLength=2", "𠀀的生活abcdef😀")
                .terms());
    }

    @Test
    void tagsExactAndByPrefix() {
        String s = "我们的生活很美好。";
        // 我们/r 的/uj 生活/vn 很/d 美好/a 。/w
        assertEquals(List.of("我们", "的", "生活", "很", "美好"), tokens("segment:pos=true,token_filter:"
                + "punctuation=false;tags=w|u", s).terms());
        assertEquals(List.of("我们", "生活", "很", "美好"), tokens("segment:pos=true,token_filter:"
                + "punctuation=false;tags=w|u*", s).terms());
        assertEquals(List.of("的", "美好"), tokens("segment:pos=true,token_filter:tags=r|v*|d", s).terms());
        // without pos there are no tags: refused when the pipeline is built, not silently a no-op
        assertEquals("inline:1:9: stages[1].type: token stage \"token_filter\" filters by part-of-speech tags, but "
                + "the segmenter \"segment\" produces none: use {\"type\": \"segment\", \"pos\": true} (inline "
                + "segment:viterbi;pos=true)", error("segment,token_filter:tags=r|uj"));
    }

    @Test
    void patternMatchesWholeTerms() {
        String s = "GPT-4 and gpt cat5 猫 RT";
        assertEquals(List.of("GPT-4", "cat5", "猫", "RT"), tokens("segment,token_filter:pattern=[a-z]+", s).terms());
        assertEquals(List.of("GPT-4", "and", "cat5", "猫"), tokens("segment,token_filter:pattern=(?i)gpt|rt", s)
                .terms());
        assertEquals(List.of("GPT-4", "and", "gpt", "cat5", "RT"), tokens("segment,token_filter:pattern=\\p{Han}+", s)
                .terms());
    }

    @Test
    void placeholdersReplaceTheTermAndKeepOffsets() {
        Tokens t = tokens("segment,token_filter:placeholders=number|url|email", MIXED);
        assertEquals(List.of("他", "说", "不", "是", "的", "价格", "<NUM>", "元", "增长", "<NUM>", "2024年", "发布",
                "<NUM>", "个", "访问", "<URL>", "或", "写信", "给", "<EMAIL>", "😀", "+", "<NUM>"), t.terms());
        int url = t.terms().indexOf("<URL>");
        assertEquals("https://example.com", MIXED.substring(t.start(url), t.end(url)));
        assertEquals(TokenType.URL, t.type(url));
        int email = t.terms().indexOf("<EMAIL>");
        assertEquals("a.b@example.com", MIXED.substring(t.start(email), t.end(email)));
        assertEquals("3.14", MIXED.substring(t.start(6), t.end(6)));
        assertEquals(List.of("3.14", "50%", "１２３", "1"), List.of(MIXED.substring(t.start(6), t.end(6)),
                MIXED.substring(t.start(9), t.end(9)), MIXED.substring(t.start(12), t.end(12)),
                MIXED.substring(t.start(22), t.end(22))));
        // only the named types
        assertEquals(List.of("访问", "<URL>", "或"), terms("segment,token_filter:placeholders=url").subList(14, 17));
        assertTrue(terms("segment,token_filter:placeholders=url").contains("3.14"));
    }

    @Test
    void dropRulesComeBeforePlaceholders() {
        // 1 is shorter than 2 code points: dropped, not replaced; 3.14 stays as <NUM>
        List<String> t = tokens("segment,token_filter:minLength=2;placeholders=number", "价格3.14元，1个").terms();
        assertEquals(List.of("价格", "<NUM>"), t);
    }

    @Test
    void mixedWidthAndSupplementary() {
        String s = "ＧＰＴ－４，𠀀😀！";
        // ＧＰＴ[0,3) －[3,4) ４[4,5) ，[5,6) 𠀀[6,8) 😀[8,10) ！[10,11)
        assertTokens(tokens("segment,token_filter:symbols", s), s, new String[] {"ＧＰＴ", "４", "𠀀"},
                new int[] {0, 4, 6}, new int[] {3, 5, 8});
    }

    @Test
    void invalidValuesAreSpecErrors() {
        assertEquals("inline:1:30: stages[1].pattern: invalid regular expression \"[a-\": missing closing ]; patterns "
                + "use RE2 syntax (linear time: no backreferences or lookaround), see "
                + "https://github.com/google/re2/wiki/Syntax", error("segment,token_filter:pattern=[a-"));
        assertEquals("inline:1:35: stages[1].placeholders: unknown token type \"urls\"; did you mean \"url\"? "
                + "Placeholders exist for: number, url, email", error("segment,token_filter:placeholders=urls"));
        assertEquals("inline:1:43: stages[1].placeholders: numbers are both dropped (numbers: true) and replaced "
                + "(placeholders: number); choose one", error("segment,token_filter:numbers;placeholders=number"));
        assertEquals("inline:1:44: stages[1].maxLength: maxLength 2 is less than minLength 3, so no token could "
                + "stay; raise it, or 0 for no limit", error("segment,token_filter:minLength=3;maxLength=2"));
        assertEquals("inline:1:32: stages[1].minLength: expected 0 (no limit) or more, got -1",
                error("segment,token_filter:minLength=-1"));
        assertEquals("inline:1:27: stages[1].tags: expected a tag such as \"w\", or a prefix with a final * such as "
                + "\"u*\", got \"*u\"", error("segment,token_filter:tags=*u"));
        assertEquals("inline:1:22: stages[1].:: stage \"token_filter\" has no primary parameter, so \"number\" cannot "
                + "be given alone; did you mean \"numbers\"? Write token_filter:name=value; its parameters: "
                + "punctuation, symbols, numbers, minLength, maxLength, tags, pattern, placeholders",
                error("segment,token_filter:number"));
    }

    @Test
    void filterOnItsOwn() {
        Tokens in = Tokens.builder(6)
                .add("我们", 0, 2, TokenType.WORD, "r")
                .add("，", 2, 3, TokenType.PUNCTUATION, "w")
                .add("……", 3, 5, TokenType.WORD, "w")
                .add("42", 5, 7, TokenType.NUMBER, null)
                .add("x@y.z", 8, 13, TokenType.EMAIL, null)
                .add("_", 13, 14, TokenType.PUNCTUATION, null)
                .build();
        TokenFilter f = TokenFilter.builder().dropPunctuation().dropTags(List.of("r"))
                .placeholder(TokenType.NUMBER, "[NUM]").placeholder(TokenType.EMAIL, "<EMAIL>").build();
        Tokens out = f.apply(in, Text.of("我们，……42 x@y.z_"));
        assertEquals(List.of("[NUM]", "<EMAIL>"), out.terms());
        assertEquals(5, out.start(0));
        assertEquals(7, out.end(0));
        assertEquals(TokenType.EMAIL, out.type(1));
        assertEquals(List.of("我们", "，", "……", "42", "x@y.z", "_"),
                TokenFilter.builder().build().apply(in, Text.of("")).terms());
        assertEquals(List.of("，", "……", "42", "_"), TokenFilter.builder().dropMatching(Pattern.compile("\\p{L}.*"))
                .build().apply(in, Text.of("")).terms());
        assertThrows(IllegalArgumentException.class, () -> TokenFilter.builder().dropNumbers()
                .placeholder(TokenType.NUMBER, "<NUM>").build());
        assertThrows(IllegalArgumentException.class, () -> TokenFilter.builder().minLength(-1));
    }
}

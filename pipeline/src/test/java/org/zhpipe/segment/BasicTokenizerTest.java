package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

class BasicTokenizerTest {
    private final BasicTokenizer tokenizer = new BasicTokenizer();

    private Tokens tokenize(String s) {
        return tokenizer.segment(Text.of(s));
    }

    private List<String> terms(String s) {
        return tokenize(s).terms();
    }

    @Test
    void empty() {
        assertTrue(tokenize("").isEmpty());
        assertTrue(tokenize(" \t\u3000\u200B").isEmpty());
    }

    @Test
    void hanCharactersOneTokenEach() {
        String s = "我爱北京。";
        assertTokens(tokenize(s), s, new String[] {"我", "爱", "北", "京", "。"},
                new int[] {0, 1, 2, 3, 4}, new int[] {1, 2, 3, 4, 5});
        assertEquals(TokenType.PUNCTUATION, tokenize(s).type(4));
    }

    @Test
    void numbers() {
        assertEquals(List.of("3.14", "1,000", "50%", "2024", "年"), terms("3.14 1,000 50% 2024年"));
        Tokens t = tokenize("1,000,000.5 1,00");
        assertEquals(List.of("1,000,000.5", "1", ",", "00"), t.terms());
        assertEquals(TokenType.NUMBER, t.type(0));
        assertEquals(List.of("价格", "12.5", "元", "。"), List.of("价格", "12.5", "元", "。").subList(0, 4));
        assertEquals(List.of("价", "格", "12.5", "元", "。"), terms("价格12.5元。"));
        assertEquals(List.of("版本", "3", "."), List.of("版本", "3", "."));
        assertEquals(List.of("版", "本", "3", "."), terms("版本3."));
    }

    @Test
    void placeholdersAreOneTokenEach() {
        String s = "电话<PHONE>，<ID_CARD>和<IPV4>a<NUM>1 <phone> <> <1A> < B> <A-B>";
        Tokens t = tokenize(s);
        assertEquals(List.of("电", "话", "<PHONE>", "，", "<ID_CARD>", "和", "<IPV4>", "a", "<NUM>", "1",
                "<", "phone", ">", "<", ">", "<", "1A", ">", "<", "B", ">", "<", "A-B", ">"), t.terms());
        assertEquals(TokenType.PLACEHOLDER, t.type(2));
        assertEquals(TokenType.PLACEHOLDER, t.type(8));
        assertEquals(TokenType.SYMBOL, t.type(10));
        assertEquals(2, t.start(2));
        assertEquals(9, t.end(2));
    }

    @Test
    void latinWords() {
        assertEquals(List.of("Don't", "use", "GPT-4", "or", "e_mail", "3D", "-", "x"),
                terms("Don't use GPT-4 or e_mail 3D - x"));
        assertEquals(TokenType.WORD, tokenize("3D").type(0));
        assertEquals(List.of("naïve", "café"), terms("naïve café"));
    }

    @Test
    void mixedScriptAndWidth() {
        String s = "iPhone15发布了，售价５９９９元！";
        assertEquals(List.of("iPhone15", "发", "布", "了", "，", "售", "价", "５９９９", "元", "！"), terms(s));
        assertTokens(tokenize("AI技术"), "AI技术", new String[] {"AI", "技", "术"},
                new int[] {0, 2, 3}, new int[] {2, 3, 4});
    }

    @Test
    void supplementaryCharactersAreNeverSplit() {
        String s = "𠀀𠀁a😀👍🏽👨‍👩‍👧";
        Tokens t = tokenize(s);
        assertTokens(t, s, new String[] {"𠀀", "𠀁", "a", "😀", "👍🏽", "👨‍👩‍👧"},
                new int[] {0, 2, 4, 5, 7, 11}, new int[] {2, 4, 5, 7, 11, 19});
        assertEquals(TokenType.WORD, t.type(0));
        assertEquals(TokenType.SYMBOL, t.type(3));
    }

    @Test
    void loneSurrogatesAreSkipped() {
        assertEquals(List.of("a", "b"), terms("a\uD800b\uDC00"));
    }

    @Test
    void combiningMarksStayWithTheirCharacter() {
        assertEquals(List.of("か\u3099い"), terms("か\u3099い"));
        assertEquals(List.of("中\u0301", "文"), terms("中\u0301文"));
        assertEquals(List.of("葛\uDB40\uDD01", "城"), terms("葛\uDB40\uDD01城")); // an ideographic variation sequence
    }
}

package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.spec.Spec;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/** URLs and e-mail addresses as the tokenizer (and so every dictionary segmenter) finds them. */
class WebAddressesTest {
    private final BasicTokenizer tokenizer = new BasicTokenizer();

    /** Each token as {@code term[start,end)TYPE}. */
    private List<String> tokens(String s) {
        Tokens t = tokenizer.segment(Text.of(s));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.term(i) + "[" + t.start(i) + "," + t.end(i) + ")" + t.type(i));
        }
        return out;
    }

    @Test
    void noAddress() {
        assertEquals(-1, WebAddresses.end("hello", 0));
        assertEquals(-1, WebAddresses.end("(https://a.com)", 0));
        assertEquals(-1, WebAddresses.end("中文", 0));
    }

    @Test
    void endIsWhereTheAddressStops() {
        assertEquals(15, WebAddresses.end("https://a.com/x。", 0));
        assertEquals(16, WebAddresses.end("(https://a.com/x)", 1));
        assertEquals(15, WebAddresses.end("a.b@example.com.", 0));
    }

    @Test
    void trailingSentencePunctuationIsLeftOut() {
        assertEquals(List.of("见[0,1)WORD", "https://a.com/x[1,16)URL", "。[16,17)PUNCTUATION"),
                tokens("见https://a.com/x。"));
        assertEquals(List.of("see[0,3)WORD", "https://a.com/x[4,19)URL", ".[19,20)PUNCTUATION"),
                tokens("see https://a.com/x."));
        assertEquals(List.of("https://a.com/x[0,15)URL", ",[15,16)PUNCTUATION", "and[17,20)WORD"),
                tokens("https://a.com/x, and"));
        assertEquals(List.of("https://a.com/x[0,15)URL", "![15,16)PUNCTUATION", "?[16,17)PUNCTUATION"),
                tokens("https://a.com/x!?"));
        assertEquals(List.of("https://a.com/x[0,15)URL", ";[15,16)PUNCTUATION"), tokens("https://a.com/x;"));
        assertEquals(List.of("https://a.com/x[0,15)URL", ".[15,16)PUNCTUATION", ".[16,17)PUNCTUATION",
                ".[17,18)PUNCTUATION"), tokens("https://a.com/x..."));
    }

    @Test
    void anAddressEndsWhereHanTextOrWhiteSpaceBegins() {
        assertEquals(List.of("访[0,1)WORD", "问[1,2)WORD", "https://a.com/x?b=1[2,21)URL", "或[21,22)WORD"),
                tokens("访问https://a.com/x?b=1或"));
        assertEquals(List.of("http://a.com/[0,13)URL", "路[13,14)WORD", "径[14,15)WORD"), tokens("http://a.com/路径"));
        assertEquals(List.of("https://a.com/x[0,15)URL", "y[16,17)WORD"), tokens("https://a.com/x y"));
        // a full-width comma is not ASCII
        assertEquals(List.of("https://a.com/x[0,15)URL", "，[15,16)PUNCTUATION"), tokens("https://a.com/x，"));
    }

    @Test
    void queryFragmentPortAndScheme() {
        assertEquals(List.of("https://a.com:8080/x?y=1&z=2#frag[0,33)URL"),
                tokens("https://a.com:8080/x?y=1&z=2#frag"));
        assertEquals(List.of("ftp://x.org/f.txt[0,17)URL"), tokens("ftp://x.org/f.txt"));
        assertEquals(List.of("HTTPS://EXAMPLE.COM[0,19)URL"), tokens("HTTPS://EXAMPLE.COM"));
        assertEquals(List.of("https://a.com/it's[0,18)URL"), tokens("https://a.com/it's"));
    }

    @Test
    void parenthesesStayWhenBalanced() {
        assertEquals(List.of("https://en.wikipedia.org/wiki/Foo_(bar)[0,39)URL"),
                tokens("https://en.wikipedia.org/wiki/Foo_(bar)"));
        assertEquals(List.of("https://en.wikipedia.org/wiki/Foo_(bar)[0,39)URL", ".[39,40)PUNCTUATION"),
                tokens("https://en.wikipedia.org/wiki/Foo_(bar)."));
        assertEquals(List.of("([0,1)PUNCTUATION", "https://a.com/x[1,16)URL", ")[16,17)PUNCTUATION"),
                tokens("(https://a.com/x)"));
        assertEquals(List.of("https://a.com/[x][0,17)URL"), tokens("https://a.com/[x]"));
        assertEquals(List.of("https://a.com/x[0,15)URL", "][15,16)PUNCTUATION"), tokens("https://a.com/x]"));
    }

    @Test
    void anUnbalancedClosingParenthesisIsLeftOutEvenAfterABalancedPair() {
        assertEquals(List.of("([0,1)PUNCTUATION", "see[1,4)WORD", "https://en.wikipedia.org/wiki/Foo_(bar)[5,44)URL",
                        ")[44,45)PUNCTUATION"),
                tokens("(see https://en.wikipedia.org/wiki/Foo_(bar))"));
        assertEquals(List.of("([0,1)PUNCTUATION", "https://a.com/x_(y)[1,20)URL", ")[20,21)PUNCTUATION",
                ".[21,22)PUNCTUATION"), tokens("(https://a.com/x_(y))."));
    }

    @Test
    void wwwAddresses() {
        assertEquals(List.of("www.example.com[0,15)URL"), tokens("www.example.com"));
        assertEquals(List.of("见[0,1)WORD", "www.example.com[2,17)URL", "，[17,18)PUNCTUATION"),
                tokens("见 www.example.com，"));
        assertEquals(List.of("www.example.com[0,15)URL", ".[15,16)PUNCTUATION"), tokens("www.example.com."));
        assertEquals(List.of("WWW.Example.COM/path[0,20)URL"), tokens("WWW.Example.COM/path"));
        // not addresses
        assertEquals(List.of("www[0,3)WORD", ".[3,4)PUNCTUATION"), tokens("www."));
        assertEquals(List.of("wwwx[0,4)WORD", ".[4,5)PUNCTUATION", "com[5,8)WORD"), tokens("wwwx.com"));
    }

    @Test
    void emailAddresses() {
        assertEquals(List.of("a.b@example.com[0,15)EMAIL"), tokens("a.b@example.com"));
        assertEquals(List.of("a.b@example.com[0,15)EMAIL", ".[15,16)PUNCTUATION"), tokens("a.b@example.com."));
        assertEquals(List.of("联[0,1)WORD", "系[1,2)WORD", "a@b.cn[2,8)EMAIL", "或[8,9)WORD"), tokens("联系a@b.cn或"));
        assertEquals(List.of("mail[0,4)WORD", ":[4,5)PUNCTUATION", "a_b+c@sub.example.co.uk[5,28)EMAIL",
                "，[28,29)PUNCTUATION", "谢[29,30)WORD", "谢[30,31)WORD"), tokens("mail:a_b+c@sub.example.co.uk，谢谢"));
        assertEquals(List.of("user@example.com[0,16)EMAIL", "。[16,17)PUNCTUATION"), tokens("user@example.com。"));
        assertEquals(List.of("1@2.cn[0,6)EMAIL"), tokens("1@2.cn"));
    }

    @Test
    void notEmailAddresses() {
        // no top-level domain
        assertEquals(List.of("a[0,1)WORD", "@[1,2)PUNCTUATION", "b[2,3)WORD"), tokens("a@b"));
        assertEquals(List.of("a[0,1)WORD", "@[1,2)PUNCTUATION", "localhost[2,11)WORD"), tokens("a@localhost"));
        // a top-level domain of one letter
        assertEquals(List.of("a[0,1)WORD", "@[1,2)PUNCTUATION", "b[2,3)WORD", ".[3,4)PUNCTUATION", "c[4,5)WORD"),
                tokens("a@b.c"));
        // nothing before the @
        assertEquals(List.of("@[0,1)PUNCTUATION", "example[1,8)WORD", ".[8,9)PUNCTUATION", "com[9,12)WORD"),
                tokens("@example.com"));
    }

    @Test
    void theTokenizeStageKeepsAddressesWhole() {
        Tokens t = Spec.parseInline("tokenize").build().process("见https://a.com/x。写信给a@b.com").tokens();
        assertEquals("[见[0,1), https://a.com/x[1,16), 。[16,17), 写[17,18), 信[18,19), 给[19,20), a@b.com[20,27)]",
                t.toString());
    }

    @Test
    void aSchemeWithoutAHostIsNoUrl() {
        assertEquals(List.of("http[0,4)WORD", ":[4,5)PUNCTUATION", "/[5,6)PUNCTUATION", "/[6,7)PUNCTUATION"),
                tokens("http://"));
    }
}

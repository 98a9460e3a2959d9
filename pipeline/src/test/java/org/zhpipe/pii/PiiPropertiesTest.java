package org.zhpipe.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.testing.TokenAssertions;
import org.zhpipe.text.Text;

/** Invariants over text made of personal data, look-alikes, separators and arbitrary Unicode. */
class PiiPropertiesTest {
    private static final PiiStage STAGE = new PiiStage();
    private static final PiiScanner SCANNER = new PiiScanner();
    private static final Pipeline TOKENIZE = Spec.parseInline("pii,tokenize").build();
    private static final Pipeline SEGMENT = Spec.parseInline("pii,segment").build();

    @Provide
    Arbitrary<String> mixed() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.chars().all().map(String::valueOf),
                Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withChars("0123456789abcdefABCDEFXx:.-@()（）+ /?=&#").ofMaxLength(12),
                Arbitraries.of("13812345678", "138 1234 5678", "+86", "0086", "010-62345678", "(0755)", "转123",
                        "11010519491231002X", "110105491231002", "6222021234567890128", "4111 1111 1111 1111",
                        "a@b.com", "zhang.san@example.com.cn", "192.168.1.1", "1.2.3.4.5", "2001:db8::1", "::1",
                        "::ffff:10.0.0.1", "https://u:p@x.com/", "https://x.com/?token=abc", "www.x.com/?key=1",
                        "QQ：", "QQ号", "qq", "QQ/微信：", "微信：", "微信号", "vx ", "wx:", "weixin", "v信",
                        "A123456(3)", "AB987654（3）", "A123456789", "<PHONE>", "<", ">", "版本", "v", "－", "—",
                        "\uD800", "\uDC00", "𠀀", "😀", "　", "。", "，"));
        return piece.list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 1000)
    void matchesAreOrderedDisjointAndNeverSplitACharacter(@ForAll("mixed") String s) {
        int last = 0;
        for (PiiScanner.Match m : SCANNER.find(s)) {
            assertTrue(last <= m.start() && m.start() < m.end() && m.end() <= s.length(), s + " " + m);
            assertTrue(!splits(s, m.start()) && !splits(s, m.end()), s + " " + m);
            last = m.end();
        }
    }

    @Property(tries = 500)
    void alignmentStaysSaneAndTokensPointIntoTheOriginal(@ForAll("mixed") String s) {
        Text t = STAGE.apply(Text.of(s));
        int lastStart = 0;
        for (int i = 0; i < t.length(); i++) {
            int start = t.originalStart(i);
            assertTrue(start >= lastStart && t.originalEnd(i + 1) <= s.length(), s);
            lastStart = start;
        }
        TokenAssertions.assertOffsetsValid(TOKENIZE.process(s).tokens(), s);
        TokenAssertions.assertOffsetsValid(SEGMENT.process(s).tokens(), s);
    }

    @Property(tries = 500)
    void maskingTwiceIsMaskingOnce(@ForAll("mixed") String s) {
        String once = STAGE.apply(Text.of(s)).current();
        assertEquals(once, STAGE.apply(Text.of(once)).current(), s);
    }

    @Property(tries = 300)
    void textWithoutAsciiLettersDigitsOrWeiIsLeftAlone(@ForAll("mixed") String s) {
        String plain = s.replaceAll("[A-Za-z0-9微]", "");
        Text t = Text.of(plain);
        assertSame(t, STAGE.apply(t));
    }

    @Property(tries = 300)
    void eachPlaceholderCoversExactlyWhatWasFound(@ForAll("mixed") String s) {
        List<PiiScanner.Match> matches = SCANNER.find(s);
        Text t = STAGE.apply(Text.of(s));
        StringBuilder expected = new StringBuilder();
        int copied = 0;
        for (PiiScanner.Match m : matches) {
            expected.append(s, copied, m.start()).append(m.type().defaultPlaceholder());
            copied = m.end();
        }
        assertEquals(expected.append(s.substring(copied)).toString(), t.current());
    }

    private static boolean splits(String s, int i) {
        return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i));
    }
}

package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhpipe.testing.TokenAssertions.assertOffsetsValid;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.zhpipe.normalize.HalfwidthStage;
import org.zhpipe.stage.CodePointMapper;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

class HanlpSegmenterTest {
    private static final HanlpSegmenter PLAIN = new HanlpSegmenter(false);
    private static final HanlpSegmenter TAGGED = new HanlpSegmenter(true);

    /** Varied lines for the comparison and thread tests, used as they are and added to the SIGHAN sample. */
    private static final List<String> BUILT_IN = List.of(
            "商品和服务",
            "共同创造美好的新世纪——二○○一年新年贺词",
            "（二○○○年十二月三十一日）（附图片1张）",
            "女士们，先生们，同志们，朋友们：",
            "他说：“今天天气很好。”然后就走了……",
            "圆周率3.14，共1,000人，占50%。",
            "2024年12月31日下午3点，气温-5度。",
            "iPhone15发布了，售价５９９９元！",
            "ＡＢＣ公司的ＣＥＯ在北京大学发表演讲",
            "Hello World 你好 世界",
            "我爱自然语言处理，也爱 Java 17 和 Maven。",
            "结婚的和尚未结婚的",
            "工信处女干事每月经过下属科室都要亲口交代24口交换机等技术性器件的安装工作",
            "他在1998年获得了诺贝尔奖吗？",
            "请访问 https://example.com/a?b=1 或发邮件到 name@example.com",
            "三千五百元，第3名，约3.5亿人口",
            "我𠀀你😀好，👍🏽很棒",
            "《红楼梦》是曹雪芹写的",
            "臺灣的繁體字和大陆的简体字",
            "C++ 和 C# 都是编程语言",
            "温度100km/h，版本v2.0，No.1",
            "　　这是一个以全角空格开头的段落。",
            "约翰·史密斯和王小明在上海见面",
            "１２．５％的增长率");

    private static Tokens plain(String s) {
        return PLAIN.segment(Text.of(s));
    }

    private static List<String> terms(String s) {
        return plain(s).terms();
    }

    @Test
    void emptyAndBlankInput() {
        assertTrue(plain("").isEmpty());
        assertTrue(plain(" \t\u3000\n\u00A0\u200B").isEmpty());
        assertTrue(TAGGED.segment(Text.of("  ")).isEmpty());
    }

    @Test
    void hanlpsFamousExample() {
        String s = "商品和服务";
        Tokens t = plain(s);
        assertTokens(t, s, new String[] {"商品", "和", "服务"}, new int[] {0, 2, 3}, new int[] {2, 3, 5});
        for (int i = 0; i < t.size(); i++) {
            assertEquals(TokenType.WORD, t.type(i));
            assertNull(t.tag(i));
        }
        assertFalse(t.hasTags());
        assertFalse(PLAIN.pos());
    }

    @Test
    void placeholdersAreOneTokenEachAndHanlpSegmentsTheRest() {
        String s = "<PHONE>商品和服务<EMAIL>，<A>😀<B><phone>";
        Tokens t = TAGGED.segment(Text.of(s));
        assertOffsetsValid(t, s);
        assertEquals(List.of("<PHONE>", "商品", "和", "服务", "<EMAIL>", "，", "<A>", "😀", "<B>"),
                t.terms().subList(0, 9));
        assertEquals(List.of(TokenType.PLACEHOLDER, "x", 0, 7), List.of(t.type(0), t.tag(0), t.start(0), t.end(0)));
        assertEquals(List.of(TokenType.PLACEHOLDER, 12, 19), List.of(t.type(4), t.start(4), t.end(4)));
        assertEquals(TokenType.PLACEHOLDER, t.type(8));
        for (int i = 9; i < t.size(); i++) {
            assertFalse(t.type(i) == TokenType.PLACEHOLDER, t.terms().toString()); // <phone>: HanLP's to cut
        }
        assertNull(PLAIN.segment(Text.of(s)).tag(0));
    }

    @Test
    void partOfSpeechTagsAreHanlpsNatures() {
        Tokens t = TAGGED.segment(Text.of("商品和服务。"));
        assertTrue(t.hasTags());
        assertTrue(TAGGED.pos());
        assertEquals(List.of("商品", "和", "服务", "。"), t.terms());
        assertEquals(List.of("n", "cc", "vn", "w"), List.of(t.tag(0), t.tag(1), t.tag(2), t.tag(3)));
        assertEquals(TokenType.PUNCTUATION, t.type(3));
    }

    @Test
    void theTagFlagChangesNothingButTags() {
        for (String line : lines()) {
            Tokens a = PLAIN.segment(Text.of(line));
            Tokens b = TAGGED.segment(Text.of(line));
            assertEquals(describe(a, false), describe(b, false), line);
            for (int i = 0; i < b.size(); i++) {
                assertTrue(b.tag(i) != null && !b.tag(i).isEmpty(), "tag of " + b.term(i) + " in " + line);
            }
        }
    }

    @Test
    void offsetsPointIntoTheOriginalAfterTextStages() {
        // halfwidth keeps lengths; deleting the ASCII spaces then shifts everything after them
        String original = "ＡＢＣ　商品 和 服务😀";
        CodePointMapper dropSpaces = cp -> cp == ' ' ? CodePointMapper.DELETE : cp;
        Text text = dropSpaces.apply(new HalfwidthStage().apply(Text.of(original)));
        assertEquals("ABC商品和服务😀", text.current());
        Tokens t = PLAIN.segment(text);
        assertTokens(t, original, new String[] {"ABC", "商品", "和", "服务", "😀"},
                new int[] {0, 4, 7, 9, 11}, new int[] {3, 6, 8, 11, 13});
        assertEquals("ＡＢＣ", original.substring(t.start(0), t.end(0)));
        assertEquals(TokenType.SYMBOL, t.type(4));
    }

    @Test
    void offsetsThroughAManyToManyReplacement() {
        // 記憶體 → 内存, as a conversion stage would leave it: both current chars map to the whole original span
        String original = "記憶體很大";
        Text text = Text.of(original).derive("内存很大", new int[] {0, 0, 3, 4}, new int[] {3, 3, 4, 5});
        Tokens t = PLAIN.segment(text);
        assertTokens(t, original, new String[] {"内存", "很大"}, new int[] {0, 3}, new int[] {3, 5});
    }

    @Test
    void whiteSpaceIsNeverAToken() {
        String s = "Hello World 你好\t \n世界\u3000！";
        Tokens t = plain(s);
        assertTokens(t, s, new String[] {"Hello", "World", "你好", "世界", "！"},
                new int[] {0, 6, 12, 17, 20}, new int[] {5, 11, 14, 19, 21});
        for (String line : lines()) {
            assertNoBlankInTokens(plain(line));
        }
    }

    @Test
    void termsWithWhiteSpaceInsideAreSplit() {
        // HanLP's char table puts U+3000, U+00A0 and surrogates in one class, so it returns 😀　😀 as one term
        assertEquals(List.of("😀\u3000😀"), hanlpWords("😀\u3000😀"));
        String s = "😀\u3000😀𠀀 \u00A0x";
        Tokens t = TAGGED.segment(Text.of(s));
        assertTokens(t, s, new String[] {"😀", "😀𠀀", "x"}, new int[] {0, 3, 9}, new int[] {2, 7, 10});
        assertEquals(List.of(TokenType.SYMBOL, TokenType.WORD, TokenType.WORD), types(t));
        assertEquals("w", t.tag(0));
        assertEquals("w", t.tag(1));
        assertEquals(List.of("𠀀", "𠀁"), terms("𠀀\u00A0𠀁"));
        assertEquals(List.of("，"), terms("，\u200B"));
        assertEquals(List.of("你好"), terms("\uFEFF你好"));
    }

    @Test
    void supplementaryCharactersKeepCorrectOffsets() {
        String s = "我𠀀你😀好";
        Tokens t = plain(s);
        assertTokens(t, s, new String[] {"我", "𠀀", "你", "😀", "好"},
                new int[] {0, 1, 3, 4, 6}, new int[] {1, 3, 4, 6, 7});
        // HanLP tags both 𠀀 and 😀 as w; the type comes from the characters
        assertEquals(List.of(TokenType.WORD, TokenType.WORD, TokenType.WORD, TokenType.SYMBOL, TokenType.WORD),
                types(t));
        // adjacent supplementary characters are one HanLP term, never split
        assertTokens(plain("𠀀𠀁"), "𠀀𠀁", new String[] {"𠀀𠀁"}, new int[] {0}, new int[] {4});
        String family = "👨\u200D👩\u200D👧好";
        assertTokens(plain(family), family, new String[] {"👨\u200D👩\u200D👧", "好"},
                new int[] {0, 8}, new int[] {8, 9});
        for (String x : List.of("𠀀中", "中𠀀", "1𠀀2", "a𠀀b", "，𠀀，", "😀，", "👍🏽很棒", "𠀀" + "商品和服务" + "😀",
                "\uD800好", "好\uDC00", "\uDC00\uD800", "😀\uD83D", "\uDE00😀")) {
            Tokens tokens = plain(x);
            assertOffsetsValid(tokens, x);
            assertTermsAreOriginalText(tokens, x);
        }
        // a lone surrogate is not a token
        assertEquals(List.of("好"), terms("\uD800好"));
    }

    @Test
    void aCombiningMarkStaysWithItsLetter() {
        // HanLP splits e + U+0301 into e/nx and a mark of its own
        assertEquals(List.of("e", "\u0301", "t", "é"), hanlpWords("e\u0301té"));
        String s = "e\u0301té";
        assertTokens(plain(s), s, new String[] {"e\u0301", "t", "é"}, new int[] {0, 2, 3}, new int[] {2, 3, 4});
    }

    @Test
    void typesComeFromTheNatureAndTheCharacters() {
        Tokens t = plain("圆周率3.14，共1,000人，占50%。");
        assertEquals(List.of("圆周率", "3.14", "，", "共", "1,000", "人", "，", "占", "50", "%", "。"), t.terms());
        assertEquals(List.of(TokenType.WORD, TokenType.NUMBER, TokenType.PUNCTUATION, TokenType.WORD,
                TokenType.NUMBER, TokenType.WORD, TokenType.PUNCTUATION, TokenType.WORD, TokenType.NUMBER,
                TokenType.PUNCTUATION, TokenType.PUNCTUATION), types(t));
        Tokens u = plain("１２３个，三千五百元，C++，2024年");
        assertEquals(List.of("１２３", "个", "，", "三千五百", "元", "，", "C", "++", "，", "2024", "年"), u.terms());
        assertEquals(TokenType.NUMBER, u.type(0));
        assertEquals(TokenType.WORD, u.type(3));
        assertEquals(TokenType.SYMBOL, u.type(7));
        assertEquals(TokenType.NUMBER, u.type(9));
        Tokens v = plain("http://x.y");
        assertEquals(List.of("http", "://", "x", ".", "y"), v.terms());
        assertEquals(TokenType.PUNCTUATION, v.type(1));
    }

    @Test
    void sameWordsAsHanlpsStandardTokenizer() {
        for (String line : lines()) {
            List<String> expected = new ArrayList<>();
            for (Term term : HanLP.segment(line)) {
                if (!term.word.codePoints().allMatch(UCharacter::isUWhiteSpace)) {
                    expected.add(term.word);
                }
            }
            assertEquals(expected, terms(line), line);
        }
    }

    @Test
    void eightThreadsSharingOneInstanceAgreeWithOne() throws Exception {
        List<String> lines = lines();
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            expected.add(describe(TAGGED.segment(Text.of(line)), true));
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int first = k * lines.size() / threads; // each thread starts elsewhere, so calls interleave
                Callable<List<String>> job = () -> {
                    start.await();
                    String[] out = new String[lines.size()];
                    for (int n = 0; n < lines.size(); n++) {
                        int i = (first + n) % lines.size();
                        out[i] = describe(TAGGED.segment(Text.of(lines.get(i))), true);
                    }
                    return List.of(out);
                };
                results.add(pool.submit(job));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.chars().all().map(String::valueOf),                         // any BMP char incl. surrogates
                Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString),
                Arbitraries.integers().between(0x4E00, 0x9FFF).map(Character::toString),
                Arbitraries.of(" ", "\u3000", "\u00A0", "\t", "\r\n", "\u200B", "\u200D", "\uFEFF", "\u00AD",
                        "e\u0301", "商品和服务", "3.14", "1,000", "50%", "GPT-4", "。", "...", "👨‍👩‍👧", "👍🏽",
                        "\uD800", "\uDC00", "𠀀", "😀", "ＡＢＣ"));
        return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void anyStringGivesTokensThatAreTheInputWithoutWhiteSpace(@ForAll("unicode") String s) {
        Tokens t = PLAIN.segment(Text.of(s));
        assertOffsetsValid(t, s);
        assertTermsAreOriginalText(t, s);
        assertNoBlankInTokens(t);
        // what lies between tokens is white space, controls, format characters or lone surrogates
        int covered = 0;
        for (int i = 0; i <= t.size(); i++) {
            int next = i < t.size() ? t.start(i) : s.length();
            assertTrue(next >= covered, "tokens overlap: " + t);
            for (int k = covered; k < next; ) {
                int cp = s.codePointAt(k);
                int category = UCharacter.getType(cp);
                assertTrue(UCharacter.isUWhiteSpace(cp) || cp == 0x200B || category == ECharacterCategory.CONTROL
                        || category == ECharacterCategory.FORMAT || category == ECharacterCategory.SURROGATE,
                        String.format("U+%04X at %d is in no token: %s", cp, k, t));
                k += Character.charCount(cp);
            }
            covered = i < t.size() ? t.end(i) : covered;
        }
    }

    /** The built-in lines and, when {@code ../shared} is there, about 200 lines spread over the PKU test set. */
    private static List<String> lines() {
        List<String> lines = new ArrayList<>(BUILT_IN);
        Path pku = Path.of(System.getProperty("zhpipe.root", ".")).resolve("../shared/eval/sighan2005/pku_test.utf8");
        if (Files.isRegularFile(pku)) {
            try {
                List<String> all = Files.readAllLines(pku, StandardCharsets.UTF_8);
                int step = Math.max(1, all.size() / 200);
                for (int i = 0; i < all.size(); i += step) {
                    if (!all.get(i).isBlank()) {
                        lines.add(all.get(i));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + pku, e);
            }
        }
        return lines;
    }

    private static List<String> hanlpWords(String s) {
        List<String> words = new ArrayList<>();
        for (Term term : HanLP.newSegment().seg(s)) {
            words.add(term.word);
        }
        return words;
    }

    private static List<TokenType> types(Tokens t) {
        List<TokenType> types = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            types.add(t.type(i));
        }
        return types;
    }

    /** The fields of every token, so that two runs can be compared with one {@code assertEquals}. */
    private static String describe(Tokens t, boolean withTags) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            sb.append(t.term(i)).append(' ').append(t.type(i)).append(" [").append(t.start(i)).append(',')
                    .append(t.end(i)).append(')');
            if (withTags) {
                sb.append(' ').append(t.tag(i));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void assertTermsAreOriginalText(Tokens t, String original) {
        for (int i = 0; i < t.size(); i++) {
            assertEquals(original.substring(t.start(i), t.end(i)), t.term(i), "token " + i);
        }
    }

    private static void assertNoBlankInTokens(Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            String term = t.term(i);
            assertFalse(term.isEmpty(), "empty token");
            assertTrue(term.codePoints().noneMatch(cp -> UCharacter.isUWhiteSpace(cp) || cp == 0x200B),
                    "white space in token " + i + ": " + t);
        }
    }
}

package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhpipe.testing.TokenAssertions.assertOffsetsValid;
import static org.zhpipe.testing.TokenAssertions.assertTokens;
import static org.zhpipe.testing.TokenAssertions.assertTokensAreOriginalText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.SpecException;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/** The {@code segment} stage end to end, built from specs, on the bundled jieba word list or small files. */
class SegmentStageTest {
    /** Loads jieba's word list once for the whole class. */
    private static final ResourceCache RESOURCES = new ResourceCache();

    private static final String MIXED = "GPT-4 发布于 2024年，访问 https://example.com/a?b=1 或写信给 a.b@example.com，"
            + "价格 3.14 元，1,000 人，增长 50%。";

    @TempDir
    Path dir;

    private static Pipeline pipeline(String inline) {
        return Spec.parseInline(inline).build(RESOURCES);
    }

    private static Tokens tokens(String inline, String text) {
        Result result = pipeline(inline).process(text);
        assertOffsetsValid(result.tokens(), text);
        return result.tokens();
    }

    /** {@code term:TYPE} per token. */
    private static List<String> typed(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.term(i) + ":" + t.type(i));
        }
        return out;
    }

    /** {@code term/tag} per token. */
    private static List<String> tagged(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.term(i) + "/" + t.tag(i));
        }
        return out;
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    private static String error(String inline) {
        return assertThrows(SpecException.class, () -> pipeline(inline)).getMessage();
    }

    @Test
    void emptyAndBlankInputGiveNoTokens() {
        Pipeline p = pipeline("segment:viterbi;dictionary=jieba");
        assertTrue(p.process("").tokens().isEmpty());
        assertTrue(p.process(" \t\r\n\u3000\u200B").tokens().isEmpty());
    }

    @Test
    void aPlainSentence() {
        String s = "我爱北京天安门";
        assertTokens(tokens("segment:viterbi;dictionary=jieba", s), s,
                new String[] {"我", "爱", "北京", "天安门"}, new int[] {0, 1, 2, 4}, new int[] {1, 2, 4, 7});
    }

    @Test
    void numbersAddressesAndLatinWordsAreSingleTokens() {
        Result result = pipeline("segment:viterbi;dictionary=jieba").process(MIXED);
        assertTokensAreOriginalText(result);
        assertOffsetsValid(result.tokens(), MIXED);
        assertEquals(List.of("GPT-4:WORD", "发布:WORD", "于:WORD", "2024年:WORD", "，:PUNCTUATION", "访问:WORD",
                        "https://example.com/a?b=1:URL", "或:WORD", "写信给:WORD", "a.b@example.com:EMAIL",
                        "，:PUNCTUATION", "价格:WORD", "3.14:NUMBER", "元:WORD", "，:PUNCTUATION", "1,000:NUMBER",
                        "人:WORD", "，:PUNCTUATION", "增长:WORD", "50%:NUMBER", "。:PUNCTUATION"),
                typed(result.tokens()));
        Tokens t = result.tokens();
        assertEquals("GPT-4[0,5)", t.term(0) + "[" + t.start(0) + "," + t.end(0) + ")");
        assertEquals(MIXED.indexOf("https"), t.start(6));
        assertEquals(MIXED.indexOf(" 或"), t.end(6));
    }

    @Test
    void everyAlgorithmKeepsAtomsWhole() {
        for (String algorithm : List.of("fmm", "bmm", "bimm", "viterbi")) {
            Result result = pipeline("segment:" + algorithm + ";dictionary=jieba").process(MIXED);
            assertTokensAreOriginalText(result);
            List<String> typed = typed(result.tokens());
            for (String token : List.of("GPT-4:WORD", "2024年:WORD", "https://example.com/a?b=1:URL",
                    "a.b@example.com:EMAIL", "3.14:NUMBER", "1,000:NUMBER", "50%:NUMBER")) {
                assertTrue(typed.contains(token), algorithm + " lacks " + token + ": " + typed);
            }
        }
    }

    @Test
    void placeholdersAreOneToken() {
        String s = "请拨打<PHONE>联系<NAME_1>，邮箱<EMAIL>。";
        for (String algorithm : List.of("fmm", "bmm", "bimm", "viterbi")) {
            Tokens t = tokens("segment:" + algorithm + ";pos=true", s);
            assertOffsetsValid(t, s);
            List<String> placeholders = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.type(i) == TokenType.PLACEHOLDER) {
                    placeholders.add(t.term(i) + "/" + t.tag(i) + "[" + t.start(i) + "," + t.end(i) + ")");
                }
            }
            assertEquals(List.of("<PHONE>/x[3,10)", "<NAME_1>/x[12,20)", "<EMAIL>/x[23,30)"), placeholders,
                    algorithm);
        }
    }

    @Test
    void numberUnitsCanBeTurnedOff() {
        String s = "发布于 2024年12月";
        assertEquals("[发布[0,2), 于[2,3), 2024年[4,9), 12月[9,12)]",
                tokens("segment:viterbi;dictionary=jieba", s).toString());
        Tokens off = tokens("segment:viterbi;dictionary=jieba;numberUnits=false", s);
        assertEquals("[发布[0,2), 于[2,3), 2024[4,8), 年[8,9), 12[9,11), 月[11,12)]", off.toString());
        assertEquals(TokenType.NUMBER, off.type(2));
        // only right after the digits
        assertEquals("[2024[0,4), 年[5,6)]", tokens("segment:viterbi;dictionary=jieba", "2024 年").toString());
    }

    @Test
    void whiteSpaceIsNeverAToken() {
        String s = "他 说\t的\n确实\u3000在理\r\n";
        Tokens t = tokens("segment:fmm;dictionary=jieba", s);
        assertEquals("[他[0,1), 说[2,3), 的[4,5), 确实[6,8), 在[9,10), 理[10,11)]", t.toString());
        for (String algorithm : List.of("bmm", "bimm", "viterbi")) {
            Tokens other = tokens("segment:" + algorithm + ";dictionary=jieba", s);
            for (String term : other.terms()) {
                assertFalse(term.isBlank(), algorithm + ": " + other);
            }
        }
    }

    @Test
    void punctuationIsOneTokenPerCharacter() {
        Tokens t = tokens("segment:viterbi;dictionary=jieba", "他说“你好！”然后走了……");
        assertEquals(List.of("他:WORD", "说:WORD", "“:PUNCTUATION", "你好:WORD", "！:PUNCTUATION", "”:PUNCTUATION",
                "然后:WORD", "走:WORD", "了:WORD", "…:PUNCTUATION", "…:PUNCTUATION"), typed(t));
    }

    @Test
    void supplementaryCharactersAndEmojiAreNeverSplit() throws IOException {
        String s = "𠀀😀中文👍🏽";
        Tokens t = tokens("segment:viterbi;dictionary=jieba", s);
        assertTokens(t, s, new String[] {"𠀀", "😀", "中文", "👍🏽"}, new int[] {0, 2, 4, 6}, new int[] {2, 4, 6, 10});
        assertEquals(TokenType.WORD, t.type(0));
        assertEquals(TokenType.SYMBOL, t.type(1));
        // a dictionary word outside the BMP
        Path words = file("words.txt", "𠀀𠀁 10", "中文 10");
        for (String algorithm : List.of("fmm", "bmm", "bimm", "viterbi")) {
            String inline = "segment:" + algorithm + ";dictionary=" + words;
            assertTokens(tokens(inline, "𠀀𠀁😀𠀀"), "𠀀𠀁😀𠀀", new String[] {"𠀀𠀁", "😀", "𠀀"},
                    new int[] {0, 4, 6}, new int[] {4, 6, 8});
        }
    }

    @Test
    void offsetsPointIntoTheOriginalAfterHalfwidth() {
        String s = "ＧＰＴ－４发布了";
        Tokens t = tokens("halfwidth,segment:viterbi;dictionary=jieba", s);
        assertTokens(t, s, new String[] {"GPT-4", "发布", "了"}, new int[] {0, 5, 7}, new int[] {5, 7, 8});
        assertEquals(TokenType.WORD, t.type(0));
    }

    @Test
    void offsetsPointIntoTheOriginalAfterConversion() {
        String s = "記憶體很大";
        assertTokens(tokens("convert:tw2sp,segment:viterbi;dictionary=jieba", s), s,
                new String[] {"内存", "很大"}, new int[] {0, 3}, new int[] {3, 5});
    }

    @Test
    void partsOfSpeech() {
        Tokens t = tokens("segment:viterbi;dictionary=jieba;pos=true",
                "GPT-4 发布了，见 https://a.com/p 或 a@b.com，价格 3.14 元 😀");
        assertTrue(t.hasTags());
        assertEquals(List.of("GPT-4/eng", "发布/v", "了/ul", "，/w", "见/v", "https://a.com/p/x", "或/c", "a@b.com/x",
                "，/w", "价格/n", "3.14/m", "元/m", "😀/x"), tagged(t));
        assertFalse(tokens("segment:viterbi;dictionary=jieba", "发布").hasTags());
    }

    @Test
    void theHmmFindsWordsTheDictionaryLacks() throws IOException {
        // every character but 晓 is in the dictionary
        Path words = file("names.txt", "说 100", "他 100", "王 10", "小 10", "明 10", "了 100", "话 50");
        Tokens t = tokens("segment:viterbi;pos=true;dictionary=" + words, "王晓明说了话");
        assertEquals(List.of("王晓明/nz", "说/x", "了/x", "话/x"), tagged(t));
        assertEquals("[王[0,1), 晓[1,2), 明[2,3), 说[3,4), 了[4,5), 话[5,6)]",
                tokens("segment:viterbi;hmm=false;dictionary=" + words, "王晓明说了话").toString());
        assertEquals("[王[0,1), 小[1,2), 明[2,3), 说[3,4), 了[4,5), 话[5,6)]",
                tokens("segment:viterbi;dictionary=" + words, "王小明说了话").toString());
    }

    @Test
    void searchModeAlsoEmitsTheWordsInsideLongWords() {
        Tokens t = pipeline("segment:viterbi;dictionary=jieba;mode=search").process("中华人民共和国成立了").tokens();
        assertEquals("[中华人民共和国[0,7), 中华[0,2), 中华人民[0,4), 华人[1,3), 人民[2,4), 人民共和国[2,7), 共和[4,6), "
                + "共和国[4,7), 成立[7,9), 了[9,10)]", t.toString());
        // the normal mode: each word once
        assertEquals("[中华人民共和国[0,7), 成立[7,9), 了[9,10)]",
                tokens("segment:viterbi;dictionary=jieba", "中华人民共和国成立了").toString());
        // a word of two atoms has nothing inside
        assertEquals("[北京[0,2)]", pipeline("segment:fmm;dictionary=jieba;mode=search").process("北京").tokens()
                .toString());
    }

    @Test
    void userDictionaries() throws IOException {
        String s = "我在杭研大厦，New York 很大，他说的确实在理";
        assertEquals("[我[0,1), 在[1,2), 杭[2,3), 研[3,4), 大厦[4,6), ，[6,7), New[7,10), York[11,15), 很大[16,18), "
                        + "，[18,19), 他[19,20), 说[20,21), 的[21,22), 确实[22,24), 在[24,25), 理[25,26)]",
                tokens("segment:viterbi;dictionary=jieba", s).toString());
        Path user = file("user.txt", "# my words", "杭研大厦", "New York\t100\tns", "确实在理");
        Tokens t = tokens("segment:viterbi;dictionary=jieba;pos=true;userDictionaries=" + user, s);
        assertEquals("[我[0,1), 在[1,2), 杭研大厦[2,6), ，[6,7), New York[7,15), 很大[16,18), ，[18,19), 他[19,20), "
                + "说[20,21), 的[21,22), 确实在理[22,26)]", t.toString());
        assertEquals("ns", t.tag(4));
        // two files, inline separated by |
        Path more = file("more.txt", "很大 1");
        Tokens both = tokens("segment:viterbi;dictionary=jieba;userDictionaries=" + user + "|" + more, "很大");
        assertEquals("[很[0,1), 大[1,2)]", both.toString());
    }

    @Test
    void aBadUserDictionaryLineNamesFileLineAndParameter() throws IOException {
        Path bad = file("bad.txt", "杭研大厦", "# comment", "New York\t12x\tns");
        String prefix = "segment:viterbi;dictionary=jieba;userDictionaries=";
        assertEquals("inline:1:" + (prefix.length() + 1) + ": stages[0].userDictionaries: " + bad
                        + ":3: frequency \"12x\" is not a whole number; write a count such as 100, or leave it out to "
                        + "let the word win",
                error(prefix + bad));
        Path large = file("large.txt", "杭研大厦 1000000000000001");
        assertEquals("inline:1:" + (prefix.length() + 1) + ": stages[0].userDictionaries: " + large
                + ":1: frequency 1000000000000001 is too large; use at most 10^15", error(prefix + large));
        // in a JSON spec the path names the stage
        String json = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidth\"},\n {\"type\": \"segment\", "
                + "\"dictionary\": \"jieba\", \"userDictionaries\": [\"" + bad + "\"]}]}";
        SpecException e = assertThrows(SpecException.class, () -> Spec.parse(json).build(RESOURCES));
        assertEquals("stages[1].userDictionaries", e.path());
        assertTrue(e.getMessage().startsWith("spec:2:"), e.getMessage());
        assertTrue(e.getMessage().contains(bad + ":3: "), e.getMessage());
    }

    @Test
    void aUserFrequencyThatIsNoCountIsAnErrorNotPartOfTheWord() throws IOException {
        String prefix = "segment:viterbi;dictionary=jieba;userDictionaries=";
        String where = "inline:1:" + (prefix.length() + 1) + ": stages[0].userDictionaries: ";
        String hint = "; write a count such as 100, or leave it out to let the word win";
        Path negative = file("negative.txt", "杭研大厦 10", "云计算 -5");
        assertEquals(where + negative + ":2: frequency \"-5\" is negative" + hint, error(prefix + negative));
        Path huge = file("huge.txt", "云计算 1e400");
        assertTrue(error(prefix + huge).startsWith(where + huge + ":1: frequency \"1e400\" is not a whole number"
                + hint));
        Path nan = file("nan.txt", "云计算 NaN n");
        assertEquals(where + nan + ":1: frequency \"NaN\" is not a number" + hint, error(prefix + nan));
    }

    @Test
    void anEmptyDictionaryIsAnErrorNamingTheFile() throws IOException {
        Path empty = file("empty.txt");
        String problem = ": no words: the file is empty or holds only blank lines and comments; a word list has one "
                + "entry per line: word [frequency [tag]]";
        assertEquals("inline:1:28: stages[0].dictionary: " + empty + problem,
                error("segment:viterbi;dictionary=" + empty));
        Path comments = file("comments.txt", "# nothing yet", "");
        assertEquals("inline:1:51: stages[0].userDictionaries: " + comments + problem,
                error("segment:viterbi;dictionary=jieba;userDictionaries=" + comments));
    }

    @Test
    void aMissingDictionaryIsAClearError() {
        Path missing = dir.resolve("missing.txt");
        assertEquals("inline:1:28: stages[0].dictionary: " + missing + ": no such file; check the path (a relative path is read from the folder of "
                + "the spec file that names it)", error("segment:viterbi;dictionary=" + missing));
        Path missingUser = dir.resolve("user.txt");
        String message = error("segment:viterbi;dictionary=jieba;userDictionaries=" + missingUser);
        assertTrue(message.startsWith("inline:1:51: stages[0].userDictionaries: " + missingUser + ": no such file"),
                message);
    }

    @Test
    void anUnknownAlgorithmSuggestsTheClosest() {
        assertEquals("inline:1:9: stages[0].algorithm: unknown value \"vitterbi\" (a string); did you mean "
                + "\"viterbi\"? Expected one of: fmm, bmm, bimm, viterbi, hanlp", error("segment:vitterbi"));
        assertEquals("inline:1:19: stages[0].algorithm: unknown value \"fmn\" (a string); did you mean \"fmm\"? "
                + "Expected one of: fmm, bmm, bimm, viterbi, hanlp", error("segment:algorithm=fmn;dictionary=jieba"));
    }

    @Test
    void aNumberWithItsUnitIsTaggedAsANumber() {
        Tokens t = tokens("segment:viterbi;dictionary=jieba;pos=true", "1998年12月");
        assertEquals(List.of("1998年/t", "12月/t"), tagged(t));
        assertEquals(List.of("30万/m", "人/n"), tagged(tokens("segment:viterbi;dictionary=jieba;pos=true", "30万人")));
    }
}

package org.zhpipe.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhpipe.testing.TokenAssertions.assertOffsetsValid;
import static org.zhpipe.testing.TokenAssertions.assertTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.SpecException;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;
import org.zhpipe.token.StopwordsStage;

/** The {@code stopwords} stage end to end after {@code segment}, and {@link StopwordFilter} on its own. */
class StopwordFilterTest {
    /** Loads the segmenter's dictionary and the stopword lists once for the whole class. */
    private static final ResourceCache RESOURCES = new ResourceCache();

    @TempDir
    Path dir;

    private static Tokens tokens(String inline, String text) {
        Tokens tokens = Spec.parseInline(inline).build(RESOURCES).process(text).tokens();
        assertOffsetsValid(tokens, text);
        return tokens;
    }

    private static String error(String inline) {
        return assertThrows(SpecException.class, () -> Spec.parseInline(inline).build(RESOURCES)).getMessage();
    }

    @Test
    void emptyInputGivesNoTokens() {
        assertTrue(tokens("segment,stopwords", "").isEmpty());
        assertTrue(tokens("segment,stopwords", " \u3000 ").isEmpty());
        assertSame(Tokens.empty(), new StopwordFilter(StopwordList.bundled("zh")).apply(Tokens.empty(), Text.of("")));
    }

    @Test
    void plainChineseSentence() {
        // segment: 我们[0,2) 的[2,3) 生活[3,5) 很[5,6) 美好[6,8) 。[8,9)
        String s = "我们的生活很美好。";
        assertTokens(tokens("segment,stopwords", s), s, new String[] {"生活", "美好"}, new int[] {3, 6},
                new int[] {5, 8});
    }

    @Test
    void tokensThatStayAreUnchanged() {
        String s = "他说……不——是的。价格3.14元，GPT-4 发布于 2024年，The end😀";
        Tokens all = tokens("segment:pos=true", s);
        Tokens kept = tokens("segment:pos=true,stopwords", s);
        assertTrue(kept.size() < all.size());
        int j = 0;
        for (int i = 0; i < all.size() && j < kept.size(); i++) {
            if (all.start(i) == kept.start(j) && all.end(i) == kept.end(j)) {
                assertEquals(all.term(i), kept.term(j));
                assertEquals(all.type(i), kept.type(j));
                assertEquals(all.tag(i), kept.tag(j));
                j++;
            }
        }
        assertEquals(kept.size(), j, "every kept token is a token of the unfiltered output, in order");
    }

    @Test
    void latinMatchesInAnyCase() {
        String s = "The Cat and THE dog, ＴＨＥ end";
        // en drops the, The, THE and and; full-width ＴＨＥ is not folded to ASCII; punct drops the comma
        assertTokens(tokens("segment,stopwords:en|punct", s), s, new String[] {"Cat", "dog", "ＴＨＥ", "end"},
                new int[] {4, 16, 21, 25}, new int[] {7, 19, 24, 28});
        // added and removed terms are compared in lower case too
        assertEquals(List.of("and", "dog", ",", "ＴＨＥ"),
                tokens("segment,stopwords:en;add=CAT|End;remove=AND", s).terms());
    }

    @Test
    void hanMatchesWholeTermsExactly() {
        String s = "𠀀的😀目的，猫,";
        // 的 is on the list, 目的 is not (whole terms, never parts); zh has the full-width comma, not the ASCII one
        assertTokens(tokens("segment,stopwords:zh", s), s, new String[] {"𠀀", "😀", "目的", "猫", ","},
                new int[] {0, 3, 5, 8, 9}, new int[] {2, 5, 7, 9, 10});
        // a supplementary-plane character is a term like any other
        assertEquals(List.of("😀", "目的", "猫"), tokens("segment,stopwords:zh|punct;add=𠀀", s).terms());
    }

    @Test
    void mixedScriptAndWidth() {
        String s = "ＧＰＴ－４的模型，The model";
        // stopwords-iso's zh list holds the full-width digits ０-９ (not the ASCII ones): ４ goes
        assertTokens(tokens("segment,stopwords", s), s, new String[] {"ＧＰＴ", "模型", "model"},
                new int[] {0, 6, 13}, new int[] {3, 8, 18});
        // after halfwidth, GPT-4 is one word and stays whole; its offsets still cover the full-width original
        assertTokens(tokens("halfwidth,segment,stopwords", s), s, new String[] {"GPT-4", "模型", "model"},
                new int[] {0, 6, 13}, new int[] {5, 8, 18});
    }

    @Test
    void addAndRemove() {
        String s = "我们的生活很美好。";
        assertEquals(List.of("我们", "美好"), tokens("segment,stopwords:add=生活;remove=我们", s).terms());
        // remove wins over add
        assertEquals(List.of("生活", "美好"), tokens("segment,stopwords:add=生活;remove=生活", s).terms());
        // only what is added
        assertEquals(List.of("我们", "的", "很", "美好", "。"), tokens("segment,stopwords:lists=;add=生活", s).terms());
    }

    @Test
    void doesExactlyWhatTheListsSay() {
        String s = "我们的生活很美好。";
        // 的 is a particle (uj) and 。 punctuation (w): removed from the lists, both stay
        Tokens t = tokens("segment:pos=true,stopwords:zh;remove=的|。", s);
        assertEquals(List.of("的/uj", "生活/vn", "美好/a", "。/w"), List.of(t.term(0) + "/" + t.tag(0),
                t.term(1) + "/" + t.tag(1), t.term(2) + "/" + t.tag(2), t.term(3) + "/" + t.tag(3)));
        assertEquals(4, t.size());
    }

    @Test
    void listValuedPrimaryParameterInline() {
        assertEquals(Spec.parse("{\"stages\": [{\"type\": \"tokenize\"}, {\"type\": \"stopwords\", "
                        + "\"lists\": [\"zh\"]}]}"),
                Spec.parseInline("tokenize,stopwords:zh"));
        assertEquals(Spec.parse("{\"stages\": [{\"type\": \"tokenize\"}, {\"type\": \"stopwords\", "
                        + "\"lists\": [\"zh\", \"en\"], \"add\": [\"转发\", \"点赞\"]}]}"),
                Spec.parseInline("tokenize,stopwords:zh|en;add=转发|点赞"));
        StopwordsStage.Params params = (StopwordsStage.Params) Spec.parseInline("segment:fmm,stopwords:punct").stages()
                .get(1).params();
        assertEquals(List.of("punct"), params.lists());
        assertEquals(StopwordsStage.Params.DEFAULTS, Spec.parseInline("tokenize,stopwords").stages().get(1).params());
    }

    @Test
    void userFileWithBomCommentsAndCrlf() throws IOException {
        Path file = dir.resolve("mine.txt");
        Files.write(file, ("\uFEFF# my list\r\n\r\n生活\r\n  美好  \r\n\\#\r\n# 很\r\nthe")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("生活", "美好", "#", "the"), TermListReader.read(file));
        String s = "我们的生活很美好#The天气";
        assertEquals(List.of("我们", "的", "很", "天气"), tokens("segment,stopwords:lists=;files=" + file, s).terms());
        assertEquals(List.of("天气"), tokens("segment,stopwords:lists=zh;files=" + file, s).terms());
    }

    @Test
    void fileErrorsNameFileAndLine() throws IOException {
        Path file = dir.resolve("bad.txt");
        byte[] longLine = "好".repeat(40_000).getBytes(StandardCharsets.UTF_8); // past any read buffer
        try (var out = Files.newOutputStream(file)) {
            out.write(longLine);
            out.write("\n的\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xC4, (byte) 0xE3, '\n'}); // 你 in GB18030
        }
        assertEquals("inline:1:32: stages[1].files: " + file + ":3: not valid UTF-8; save the list as UTF-8 "
                + "(e.g. iconv -f GB18030 -t UTF-8)", error("segment,stopwords:lists=;files=" + file));
        Path missing = dir.resolve("missing.txt");
        assertEquals("inline:1:25: stages[1].files: " + missing + ": no such file; check the path (a relative path is read from the folder of "
                + "the spec file that names it)", error("segment,stopwords:files=" + missing));
        assertEquals("inline:1:25: stages[1].files: " + dir + ": is a directory, expected a text file with one term "
                + "per line", error("segment,stopwords:files=" + dir));
    }

    @Test
    void unknownListNameSuggestsTheClosest() {
        assertEquals("inline:1:19: stages[1].lists: unknown stopword list \"zn\"; did you mean \"zh\"? Bundled: zh, "
                + "en, en_iso, punct; name your own files in \"files\"", error("segment,stopwords:zn"));
        assertEquals("inline:1:19: stages[1].lists: unknown stopword list \"punctuation\"; did you mean \"punct\"? "
                        + "Bundled: zh, en, en_iso, punct; name your own files in \"files\"",
                error("segment,stopwords:punctuation"));
        assertEquals("spec:1:57: stages[1].add: an empty entry; each entry is a term",
                assertThrows(SpecException.class, () -> Spec.parse("{\"stages\": [{\"type\": \"tokenize\"}, "
                        + "{\"type\": \"stopwords\", \"add\": [\"\"]}]}")).getMessage());
    }

    @Test
    void stagesNamingTheSameListShareOneCopy() {
        ResourceCache cache = new ResourceCache();
        Pipeline p = Spec.parseInline("tokenize,stopwords:zh,stopwords:zh|en;add=你").build(cache);
        assertEquals(2, cache.size());
        assertEquals(List.of("猫"), p.process("你的猫").tokens().terms());
    }

    @Test
    void filterOnItsOwnKeepsTagsAndReturnsTheInputWhenNothingGoes() {
        Tokens in = Tokens.builder(3)
                .add("我们", 0, 2, TokenType.WORD, "r")
                .add("的", 2, 3, TokenType.WORD, "uj")
                .add("2024", 4, 8, TokenType.NUMBER, "m")
                .build();
        StopwordFilter filter = new StopwordFilter(StopwordList.of(List.of("的")));
        Tokens out = filter.apply(in, Text.of("我们的 2024"));
        assertEquals(List.of("我们", "2024"), out.terms());
        assertEquals("m", out.tag(1));
        assertEquals(TokenType.NUMBER, out.type(1));
        assertEquals(4, out.start(1));
        assertEquals(8, out.end(1));
        assertSame(in, new StopwordFilter(StopwordList.of(List.of("你"))).apply(in, Text.of("我们的 2024")));
    }
}

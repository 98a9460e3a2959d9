package org.zhpipe.lucene;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/** The analyzer and its tokenizer, with Lucene's own checks: exact streams, then random text on many threads. */
public class ZhpipeAnalyzerTest extends BaseTokenStreamTestCase {
    /** Built once per class (loading jieba's dictionary takes a while), released after it. */
    private static Pipeline t2sSegment;
    private static Pipeline search;
    private static Pipeline pos;

    @BeforeClass
    public static void buildPipelines() {
        t2sSegment = Spec.parseInline("convert:t2s,segment").build();
        search = Spec.parseInline("segment:mode=search").build();
        pos = Spec.parseInline("segment:pos=true").build();
    }

    @AfterClass
    public static void releasePipelines() {
        t2sSegment = null;
        search = null;
        pos = null;
    }

    public void testSimplifiedSentence() throws IOException {
        try (Analyzer a = new ZhpipeAnalyzer(pos)) {
            assertAnalyzesTo(a, "我爱北京天安门，GPT-4发布了3.14版 https://a.cn",
                    new String[] {"我", "爱", "北京", "天安门", "，", "GPT-4", "发布", "了", "3.14", "版", "https://a.cn"},
                    new int[] {0, 1, 2, 4, 7, 8, 13, 15, 16, 20, 22},
                    new int[] {1, 2, 4, 7, 8, 13, 15, 16, 20, 21, 34},
                    new String[] {"word", "word", "word", "word", "punctuation", "word", "word", "word", "number", "word",
                        "url"},
                    new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
                    new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        }
    }

    public void testTraditionalInputHasOffsetsInTheOriginal() throws IOException {
        try (Analyzer a = new ZhpipeAnalyzer(t2sSegment)) {
            assertAnalyzesTo(a, "我們的記憶體不足，請關閉軟體。",
                    new String[] {"我们", "的", "记忆", "体", "不足", "，", "请", "关闭", "软体", "。"},
                    new int[] {0, 2, 3, 5, 6, 8, 9, 10, 12, 14},
                    new int[] {2, 3, 5, 6, 8, 9, 10, 12, 14, 15});
        }
    }

    public void testSearchModeSubWordsStandOnTheirWordsPosition() throws IOException {
        try (Analyzer a = new ZhpipeAnalyzer(search)) {
            assertAnalyzesTo(a, "中华人民共和国成立了",
                    new String[] {"中华人民共和国", "中华", "华人", "人民", "共和", "共和国", "成立", "了"},
                    new int[] {0, 0, 1, 2, 4, 4, 7, 9},
                    new int[] {7, 2, 3, 4, 6, 7, 9, 10},
                    null,
                    new int[] {1, 0, 0, 0, 0, 0, 1, 1},
                    new int[] {1, 1, 1, 1, 1, 1, 1, 1},
                    false);
        }
    }

    public void testPartOfSpeechTagsOnlyWithPos() throws IOException {
        try (Analyzer tagged = new ZhpipeAnalyzer(pos); Analyzer plain = new ZhpipeAnalyzer(search)) {
            assertEquals(List.of("r", "v", "ns", "ns"), tags(tagged, "我爱北京天安门"));
            assertEquals(java.util.Arrays.asList(null, null, null), tags(plain, "我爱北京"));
        }
    }

    public void testEmptyAndSupplementaryPlaneInput() throws IOException {
        try (Analyzer a = new ZhpipeAnalyzer(t2sSegment)) {
            assertAnalyzesTo(a, "", new String[0]);
            assertAnalyzesTo(a, " \u3000 ", new String[0]);
            // CJK Extension B 𠀀 and an emoji are two chars each
            assertAnalyzesTo(a, "𠀀好😀",
                    new String[] {"𠀀", "好", "😀"},
                    new int[] {0, 2, 3},
                    new int[] {2, 3, 5},
                    new String[] {"word", "word", "symbol"},
                    new int[] {1, 1, 1});
        }
    }

    public void testOffsetsPassThroughALuceneCharFilterInFront() throws IOException {
        try (Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new ZhpipeTokenizer(t2sSegment));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new HTMLStripCharFilter(reader);
            }
        }) {
            assertAnalyzesTo(a, "<p>中華人民共和國</p><b>成立</b>了",
                    new String[] {"中华人民共和国", "成立", "了"},
                    new int[] {3, 17, 23},
                    // HTMLStripCharFilter maps the offset after 成立 past the deleted </b>, as it maps any such offset
                    new int[] {10, 23, 24});
        }
    }

    public void testNormalizationRunsTheTextStages() {
        try (Analyzer a = new ZhpipeAnalyzer(t2sSegment)) {
            assertEquals(new BytesRef("记忆"), a.normalize("body", "記憶"));
        }
    }

    public void testSpecStringsInlineAndJson() throws IOException {
        try (Analyzer inline = new ZhpipeAnalyzer("halfwidth,tokenize");
             Analyzer json = new ZhpipeAnalyzer("{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidth\"}, "
                     + "{\"type\": \"tokenize\"}]}")) {
            assertAnalyzesTo(inline, "ＧＰＴ４", new String[] {"GPT4"}, new int[] {0}, new int[] {4});
            assertAnalyzesTo(json, "ＧＰＴ４", new String[] {"GPT4"}, new int[] {0}, new int[] {4});
        }
    }

    public void testSpecsThatMakeNoTokenStreamAreRefusedInOneLine() {
        assertEquals("zhpipe: stages[2] \"tfidf\" is a feature stage, which turns tokens into a vector and has no "
                        + "place in a token stream: remove it from the spec",
                expectThrows(IllegalArgumentException.class,
                        () -> new ZhpipeAnalyzer("segment,stopwords,tfidf")).getMessage());
        assertEquals("zhpipe: stages[1] \"quality\" is a document stage, which drops whole documents and has no "
                        + "place in a token stream: remove it from the spec",
                expectThrows(IllegalArgumentException.class,
                        () -> new ZhpipeAnalyzer("segment,quality")).getMessage());
        assertEquals("zhpipe: the spec has no segmenter, so it makes no tokens: add one such as segment (inline) or "
                        + "{\"type\": \"segment\"}, or use its text stages as a char filter (ZhpipeCharFilter) in "
                        + "front of another tokenizer",
                expectThrows(IllegalArgumentException.class, () -> new ZhpipeAnalyzer("convert:t2s")).getMessage());
    }

    public void testAFieldValueLongerThanTheBoundFails() throws IOException {
        try (Analyzer a = new ZhpipeAnalyzer(t2sSegment, 4)) {
            assertAnalyzesTo(a, "記憶體", new String[] {"记忆", "体"});
            IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> {
                try (TokenStream ts = a.tokenStream("body", "記憶體不足")) {
                    ts.reset();
                    ts.incrementToken();
                }
            });
            assertEquals("zhpipe: a field value is longer than 4 chars, the most zhpipe's analysis reads at once: "
                    + "split the value, or raise maxChars", e.getMessage());
        }
    }

    public void testRandomText() throws IOException {
        for (Pipeline p : List.of(t2sSegment, pos)) {
            try (Analyzer a = new ZhpipeAnalyzer(p)) {
                checkRandomData(random(), a, 200);
            }
        }
    }

    /** Sub-words keep their own offsets on their word's position: not the one offset per position a graph has. */
    public void testRandomTextInSearchMode() throws IOException {
        try (Analyzer a = new ZhpipeAnalyzer(search)) {
            checkRandomData(random(), a, 200, 20, false, false);
            checkRandomData(random(), a, 10, 4096, false, false);
        }
    }

    private static List<String> tags(Analyzer a, String text) throws IOException {
        List<String> tags = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            PartOfSpeechAttribute tag = ts.addAttribute(PartOfSpeechAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tags.add(tag.getPartOfSpeech());
            }
            ts.end();
        }
        return tags;
    }
}

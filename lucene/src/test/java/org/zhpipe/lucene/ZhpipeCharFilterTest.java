package org.zhpipe.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/** zhpipe's text stages in front of Lucene's tokenizers: the tokens' offsets point into the original input. */
public class ZhpipeCharFilterTest extends BaseTokenStreamTestCase {
    public void testPhrasesOfAnotherLengthMapToTheOriginalWords() throws IOException {
        Pipeline tw2sp = Spec.parseInline("convert:tw2sp").build();
        // 記憶體 → 内存 (3 chars to 2), 滑鼠 → 鼠标, 軟體 → 软件; 𠀀 (two chars) stays
        assertTokenStreamContents(whitespace(tw2sp, "記憶體 滑鼠 𠀀 軟體"),
                new String[] {"内存", "鼠标", "𠀀", "软件"},
                new int[] {0, 4, 7, 10},
                new int[] {3, 6, 9, 12},
                12);
    }

    public void testATokenInsideAReplacementGetsAProportionalPart() throws IOException {
        Pipeline tw2sp = Spec.parseInline("convert:tw2sp").build();
        Tokenizer unigrams = new NGramTokenizer(1, 1);
        unigrams.setReader(new ZhpipeCharFilter(new StringReader("記憶體"), tw2sp));
        assertTokenStreamContents(unigrams, new String[] {"内", "存"}, new int[] {0, 2}, new int[] {2, 3}, 3);
    }

    public void testWidthLigaturesAndDeletedWhiteSpace() throws IOException {
        Pipeline nfkc = Spec.parseInline("halfwidth:nfkc=true,whitespace").build();
        // ﬁ → fi (1 char to 2), ＡＢ → AB, ㍿ → 株式会社 (1 to 4), two spaces → one
        assertTokenStreamContents(whitespace(nfkc, "ﬁne  ＡＢ  ㍿ x"),
                new String[] {"fine", "AB", "株式会社", "x"},
                new int[] {0, 5, 9, 11},
                new int[] {3, 7, 10, 12},
                12);
    }

    public void testDeletedTextInsideAToken() throws IOException {
        Pipeline noSymbols = Spec.parseInline("filter:keep=[^[:S:]]").build();
        assertTokenStreamContents(whitespace(noSymbols, "你😀好 a😀"),
                new String[] {"你好", "a"},
                new int[] {0, 5},
                new int[] {4, 8},
                8);
    }

    public void testEmptyInput() throws IOException {
        Pipeline t2s = Spec.parseInline("convert:t2s").build();
        assertTokenStreamContents(whitespace(t2s, ""), new String[0], new int[0], new int[0], 0);
    }

    public void testOnlyTextStagesAreAccepted() {
        Pipeline segment = Spec.parseInline("halfwidth,tokenize").build();
        assertEquals("zhpipe: stages[1] \"tokenize\" is a segmenter, which a char filter cannot run (it runs text "
                        + "stages only; use ZhpipeTokenizer for the whole spec): remove it from the spec",
                expectThrows(IllegalArgumentException.class,
                        () -> new ZhpipeCharFilter(new StringReader(""), segment)).getMessage());
    }

    public void testRandomTextInFrontOfTheStandardTokenizer() throws IOException {
        for (String spec : new String[] {"convert:t2s", "convert:tw2sp,halfwidth:nfkc=true,lowercase,whitespace",
            "filter:keep=[^[:S:]]"}) {
            Pipeline p = Spec.parseInline(spec).build();
            try (Analyzer a = new CharFilterAnalyzer(p)) {
                checkRandomData(random(), a, 200);
            }
        }
    }

    private static Tokenizer whitespace(Pipeline p, String text) {
        Tokenizer t = new WhitespaceTokenizer();
        t.setReader(new ZhpipeCharFilter(new StringReader(text), p));
        return t;
    }

    /** A zhpipe char filter in front of Lucene's StandardTokenizer. */
    static final class CharFilterAnalyzer extends Analyzer {
        private final Pipeline pipeline;

        CharFilterAnalyzer(Pipeline pipeline) {
            this.pipeline = pipeline;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ZhpipeCharFilter(reader, pipeline);
        }
    }
}

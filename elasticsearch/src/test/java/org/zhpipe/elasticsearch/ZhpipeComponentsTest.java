package org.zhpipe.elasticsearch;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The components' token streams with Lucene's test framework: exact terms, offsets and positions, and random text
 * from several threads (offsets checked).
 */
public class ZhpipeComponentsTest extends BaseTokenStreamTestCase {
    private static final Path NO_FILES = Path.of("target/no-files");

    /** Settings as the node's proxy answers them. */
    private record Given(String spec, String specFile, int maxChars) implements ZhpipeSettings {
        Given(String spec) {
            this(spec, "", DEFAULT_MAX_CHARS);
        }
    }

    public void testTokenizer() throws IOException {
        Tokenizer tokenizer = new ZhpipeTokenizerFactory(new Given("convert:t2s,segment"), () -> NO_FILES).create();
        tokenizer.setReader(new StringReader("我們喜歡GPT-4"));
        assertTokenStreamContents(tokenizer, new String[] {"我们", "喜欢", "GPT-4"}, new int[] {0, 2, 4},
                new int[] {2, 4, 9}, new int[] {1, 1, 1});
    }

    public void testCharFilterInFrontOfAnotherTokenizer() throws IOException {
        Reader filtered = new ZhpipeCharFilterFactory(new Given("convert:tw2sp"), () -> NO_FILES)
                .create(new StringReader("記憶體"));
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(filtered);
        assertTokenStreamContents(tokenizer, new String[] {"内", "存"}, new int[] {0, 2}, new int[] {2, 3});
    }

    public void testAnalyzerNormalizesQueryTerms() {
        try (Analyzer analyzer = new ZhpipeAnalyzerFactory(new Given("convert:t2s,segment"), () -> NO_FILES)
                .create()) {
            assertEquals("记忆", analyzer.normalize("body", "記憶").utf8ToString());
        }
    }

    public void testRandomText() throws IOException {
        try (Analyzer analyzer = new ZhpipeAnalyzerFactory(new Given("convert:t2s,segment:mode=search"),
                () -> NO_FILES).create()) {
            checkRandomData(random(), analyzer, 200);
        }
        ZhpipeCharFilterFactory charFilter = new ZhpipeCharFilterFactory(new Given("halfwidth,convert:tw2sp"),
                () -> NO_FILES);
        try (Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new StandardTokenizer());
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return charFilter.create(reader);
            }
        }) {
            checkRandomData(random(), analyzer, 200);
        }
    }
}

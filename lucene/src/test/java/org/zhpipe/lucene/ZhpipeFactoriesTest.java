package org.zhpipe.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The factories, found by their SPI names as Solr finds them, with inline specs and spec files. */
public class ZhpipeFactoriesTest extends BaseTokenStreamTestCase {
    public void testTheTokenizerFactoryIsFoundByItsName() throws IOException {
        assertTrue(TokenizerFactory.availableTokenizers().contains("zhpipe"));
        assertEquals("zhpipe", TokenizerFactory.findSPIName(ZhpipeTokenizerFactory.class));
        TokenizerFactory factory = TokenizerFactory.forName("zhpipe", args("spec", "convert:t2s,segment"));
        Tokenizer tokenizer = factory.create();
        tokenizer.setReader(new StringReader("中華人民共和國成立了"));
        assertTokenStreamContents(tokenizer, new String[] {"中华人民共和国", "成立", "了"},
                new int[] {0, 7, 9}, new int[] {7, 9, 10}, 10);
    }

    public void testTheCharFilterFactoryIsFoundByItsName() throws IOException {
        assertTrue(CharFilterFactory.availableCharFilters().contains("zhpipe"));
        CharFilterFactory factory = CharFilterFactory.forName("zhpipe", args("spec", "convert:tw2sp"));
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(factory.create(new StringReader("記憶體 滑鼠")));
        assertTokenStreamContents(tokenizer, new String[] {"内存", "鼠标"}, new int[] {0, 4}, new int[] {3, 6}, 6);
        Reader normalized = factory.normalize(new StringReader("記憶體"));
        char[] buffer = new char[8];
        assertEquals(2, normalized.read(buffer));
        assertEquals("内存", new String(buffer, 0, 2));
    }

    public void testASpecFileIsReadThroughTheResourceLoader() throws IOException {
        Path conf = createTempDir("conf");
        Files.writeString(conf.resolve("zh.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": \"convert\", \"config\": "
                + "\"t2s\"}, {\"type\": \"segment\", \"mode\": \"search\"}]}");
        ZhpipeTokenizerFactory factory = new ZhpipeTokenizerFactory(args("specFile", "zh.json"));
        assertEquals("zhpipe: specFile zh.json is not read yet: the factory reads it in inform(ResourceLoader), which "
                + "Solr calls when it loads the schema", expectThrows(IllegalStateException.class, factory::create)
                .getMessage());
        factory.inform(new FilesystemResourceLoader(conf, getClass().getClassLoader()));
        Tokenizer tokenizer = factory.create();
        tokenizer.setReader(new StringReader("清華大學"));
        assertTokenStreamContents(tokenizer, new String[] {"清华大学", "清华", "大学"},
                new int[] {0, 0, 2}, new int[] {4, 2, 4}, null, new int[] {1, 0, 0}, new int[] {1, 1, 1}, 4, null, false);
    }

    public void testRelativeDataFilesOfASpecFileResolveAgainstTheFolderItWasReadFrom() throws IOException {
        Path conf = createTempDir("conf");
        Files.createDirectories(conf.resolve("zh"));
        Files.writeString(conf.resolve("zh/words.txt"), "清華大\n");
        Files.writeString(conf.resolve("zh/spec.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\", "
                + "\"userDictionaries\": [\"words.txt\"]}]}");
        ZhpipeTokenizerFactory factory = new ZhpipeTokenizerFactory(args("specFile", "zh/spec.json"));
        factory.inform(new FolderResourceLoader(Path.of(conf.toString())));  // the default file system, as Solr's
        Tokenizer tokenizer = factory.create();
        tokenizer.setReader(new StringReader("清華大學"));
        assertTokenStreamContents(tokenizer, new String[] {"清華大", "學"}, new int[] {0, 3}, new int[] {3, 4}, 4);
    }

    public void testWithoutALocatorForTheLoaderRelativeDataFilesAreNotReadFromTheSpecFilesFolder() throws IOException {
        Path conf = createTempDir("conf");
        Files.writeString(conf.resolve("words.txt"), "清華大\n");
        Files.writeString(conf.resolve("spec.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\", "
                + "\"userDictionaries\": [\"words.txt\"]}]}");
        ZhpipeTokenizerFactory factory = new ZhpipeTokenizerFactory(args("specFile", "spec.json"));
        RuntimeException e = expectThrows(RuntimeException.class, () -> factory.inform(
                new FilesystemResourceLoader(conf, getClass().getClassLoader())));
        assertEquals("spec.json:1:46: stages[0].userDictionaries: words.txt: no such file; check the path (a relative "
                + "path is read from the folder of the spec file that names it)", e.getMessage());
    }

    public void testWrongArgumentsFailWhenTheSchemaLoads() {
        assertEquals("zhpipe: give either spec (inline or JSON) or specFile, not both",
                expectThrows(IllegalArgumentException.class, () -> new ZhpipeTokenizerFactory(
                        args("spec", "segment", "specFile", "zh.json"))).getMessage());
        assertEquals("zhpipe: give either spec (inline or JSON) or specFile, not neither",
                expectThrows(IllegalArgumentException.class, () -> new ZhpipeCharFilterFactory(args()))
                        .getMessage());
        assertEquals("Unknown parameters: {mode=search}",
                expectThrows(IllegalArgumentException.class, () -> new ZhpipeTokenizerFactory(
                        args("spec", "segment", "mode", "search"))).getMessage());
        assertEquals("zhpipe: stages[0] \"segment\" is a segmenter, which a char filter cannot run (it runs text "
                        + "stages only; use ZhpipeTokenizer for the whole spec): remove it from the spec",
                expectThrows(IllegalArgumentException.class, () -> new ZhpipeCharFilterFactory(
                        args("spec", "segment"))).getMessage());
        assertEquals("zhpipe: maxChars must be at least 1, not 0",
                expectThrows(IllegalArgumentException.class, () -> new ZhpipeTokenizerFactory(
                        args("spec", "segment", "maxChars", "0"))).getMessage());
        assertEquals("zhpipe: maxChars must be a whole number of chars, not \"8M\"",
                expectThrows(IllegalArgumentException.class, () -> new ZhpipeTokenizerFactory(
                        args("spec", "segment", "maxChars", "8M"))).getMessage());
    }

    private static Map<String, String> args(String... keysAndValues) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            args.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return args;
    }
}

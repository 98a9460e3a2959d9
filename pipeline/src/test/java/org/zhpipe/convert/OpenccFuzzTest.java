package org.zhpipe.convert;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.testing.FuzzChecks;

/**
 * Fuzzes the OpenCC readers: {@link ConfigReader} (through {@link OpenccLoader}, with the bundled dictionaries) with
 * the bytes of a configuration, and {@link TextDictionaryParser} with the bytes of a text dictionary. Either the
 * configuration loads and converts a sentence, or an {@link OpenccConfigException} names the file. Seeds:
 * {@code OpenccFuzzTestInputs/<method>/}.
 */
class OpenccFuzzTest {
    private static final String CONFIG = "my.json";
    private static final String DICTIONARY = "MyPhrases.txt";
    private static final String SENTENCE = "汉字转换：头发发展，乾隆皇帝 𠀀 😀";
    /**
     * For the unit tests. The fuzz targets make a loader per configuration, as a spec's build does: a loader keeps
     * every table and trie it made, and one loader for a million fuzzed configurations ran out of memory.
     */
    private static final OpenccLoader LOADER = new OpenccLoader();

    @FuzzTest
    void config(byte[] bytes) throws Exception {
        Throwable e = FuzzChecks.expectOnly(new String(bytes, StandardCharsets.UTF_8), () -> {
            OpenccLoader loader = new OpenccLoader();
            for (boolean tofu : new boolean[] {true, false}) {
                OpenccConverter converter = loader.fromJson(bytes, CONFIG, DictionarySource.bundled(), "my", tofu);
                assertNotNull(converter.convert(SENTENCE));
            }
        }, OpenccConfigException.class);
        assertTrue(e == null || e.getMessage().startsWith(CONFIG) || e.getMessage().startsWith("bundled "),
                () -> "does not name the file: " + e);
    }

    @FuzzTest
    void textDictionary(byte[] bytes) throws Exception {
        Throwable e = FuzzChecks.expectOnly(new String(bytes, StandardCharsets.UTF_8), () -> {
            DictionaryTable table = TextDictionaryParser.parse(DICTIONARY, DICTIONARY, bytes);
            // segment with it and convert with it, as a configuration naming it would
            DictionaryTree tree = new DictionaryTree.Single(table);
            List<DictionaryMatcher> matchers = new OpenccLoader().matchers(List.of(tree, tree));
            OpenccConverter converter = new OpenccConverter("my", new Conversion[0],
                    new MaxMatchSegmentation(matchers.get(0)), new Conversion[] {new Conversion(matchers.get(1))});
            String text = SENTENCE + new String(bytes, StandardCharsets.UTF_8);
            assertNotNull(converter.convert(text));
        }, OpenccConfigException.class);
        assertTrue(e == null || e.getMessage().startsWith(DICTIONARY), () -> "does not name the file: " + e);
    }

    /** The pattern {@code SpecFuzzTest} found in spec errors: Jackson's notes on its input source. */
    @Test
    void syntaxErrorsShowNoJacksonSourceNotes() {
        for (String json : new String[] {"{\"conversion_chain\": [", "{\"name\": \"x\"]", "[1, 2"}) {
            OpenccConfigException e = assertThrows(OpenccConfigException.class,
                    () -> LOADER.fromJson(json.getBytes(StandardCharsets.UTF_8), CONFIG, DictionarySource.bundled(),
                            "my", true));
            FuzzChecks.assertUserMessage(e, json);
        }
    }
}

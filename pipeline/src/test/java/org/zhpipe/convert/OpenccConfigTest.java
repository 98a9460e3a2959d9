package org.zhpipe.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configurations of one's own in OpenCC's format: loading, group policies, segmentation, and the errors. */
class OpenccConfigTest {
    @TempDir
    Path dir;

    @BeforeEach
    void dictionaries() throws IOException {
        write("phrases.txt", "# phrases\nab\tX\n");
        write("chars.txt", "a\t1\nabc\tLONG\nb\t2 two\nc\t3\n");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private OpenccConverter load(String json) throws IOException {
        return OpenccConverter.fromFile(write("my.json", json));
    }

    /** A configuration of one conversion with the dictionary {@code dict}. */
    private static String step(String dict) {
        return "{\"conversion_chain\": [{\"dict\": " + dict + "}]}";
    }

    private String error(String json) throws IOException {
        Path config = write("my.json", json);
        return assertThrows(OpenccConfigException.class, () -> OpenccConverter.fromFile(config)).getMessage();
    }

    private static String group(String policy) {
        return "{\"conversion_chain\": [{\"dict\": {\"type\": \"group\", \"match_policy\": \"" + policy + "\","
                + " \"dicts\": [{\"type\": \"ocd2\", \"file\": \"phrases.ocd2\"}, {\"type\": \"text\", \"file\":"
                + " \"chars.txt\"}]}}]}";
    }

    @Test
    void shortCircuitTakesTheFirstDictionaryWithAMatch() throws IOException {
        // phrases.txt matches "ab" first, though chars.txt has the longer "abc"
        assertEquals("X3", load(group("short_circuit")).convert("abc"));
    }

    @Test
    void unionTakesTheLongestMatchOfAny() throws IOException {
        assertEquals("LONG", load(group("union")).convert("abc"));
        assertEquals("X", load(group("union")).convert("ab"));
    }

    @Test
    void segmentBoundariesSurviveTheChain() throws IOException {
        String chain = "\"conversion_chain\": [{\"dict\": {\"type\": \"text\", \"file\": \"phrases.txt\"}},"
                + " {\"dict\": {\"type\": \"inline\", \"entries\": {\"XX\": \"Y\"}}}]";
        // without segmentation the text is one segment: step 2 sees XX
        assertEquals("Y", load("{" + chain + "}").convert("abab"));
        // with it, ab and ab are converted apart and step 2 never sees XX
        OpenccConverter segmented = load("{\"segmentation\": {\"type\": \"mmseg\", \"dict\": {\"type\": \"text\","
                + " \"file\": \"phrases.txt\"}}, " + chain + "}");
        assertEquals("XX", segmented.convert("abab"));
        assertEquals(List.of("[0,2)X", "[2,4)X"), OpenccConverterTest.pieces(segmented, "abab"));
    }

    @Test
    void normalizationRunsFirstAndSpansPointAtTheInput() throws IOException {
        OpenccConverter c = load("{\"name\": \"mine\", // comments and trailing commas, as in OpenCC\n"
                + "\"normalization\": [{\"dict\": {\"type\": \"inline\", \"entries\": {\"Ａ\": \"a\", \"𝐁\": \"b\",}}}],"
                + "\"conversion_chain\": [{\"dict\": {\"type\": \"ocd\", \"file\": \"phrases.ocd\"}}],}");
        assertEquals("mine", c.name());
        assertEquals("XX", c.convert("Ａ𝐁ab"));
        assertEquals(List.of("[0,3)X", "[3,5)X"), OpenccConverterTest.pieces(c, "Ａ𝐁ab"));
        InspectedSegment s = c.inspect("Ａ𝐁ab").get(0);
        assertEquals("Ａ𝐁ab", s.input());
        assertEquals("abab", s.normalization().get(0).output());
        assertEquals(new DictionaryMatch(0, 1, "inline at normalization[0].dict", "Ａ", "a"),
                s.normalization().get(0).matches().get(0));
    }

    @Test
    void theFirstValueIsUsedAndEmptyValuesDelete() throws IOException {
        write("chars.txt", "b\t2 two\nc\t\n");
        assertEquals("a2", load("{\"conversion_chain\": [{\"dict\": {\"type\": \"text\", \"file\": \"chars.txt\"}}]}")
                .convert("abc"));
    }

    @Test
    void tofuRiskDictionariesAreSkippedWithoutBeingRead() throws IOException {
        String json = "{\"conversion_chain\": [{\"dict\": {\"type\": \"group\", \"dicts\": ["
                + "{\"type\": \"text\", \"file\": \"missing.txt\", \"may_output_tofu\": true},"
                + "{\"type\": \"text\", \"file\": \"chars.txt\"}]}}]}";
        Path config = write("my.json", json);
        assertEquals("321", OpenccConverter.fromFile(config, false).convert("cba"));
        assertThrows(OpenccConfigException.class, () -> OpenccConverter.fromFile(config, true));
    }

    @Test
    void aConversionLeftWithoutDictionariesIsDropped() throws IOException {
        String json = "{\"conversion_chain\": [{\"dict\": {\"type\": \"group\", \"may_output_tofu\": true,"
                + " \"dicts\": [{\"type\": \"text\", \"file\": \"chars.txt\"}]}}]}";
        Path config = write("my.json", json);
        assertEquals("cba", OpenccConverter.fromFile(config, false).convert("cba"));
        assertEquals("321", OpenccConverter.fromFile(config, true).convert("cba"));
    }

    @Test
    void missingDictionaryFile() throws IOException {
        String message = error(step("{\"type\": \"ocd2\", \"file\": \"Missing.ocd2\"}"));
        assertEquals(dir.resolve("my.json") + ": conversion_chain[0].dict.file: no dictionary \"Missing.txt\" in "
                + dir + " (for \"Missing.ocd2\" zhpipe reads the text dictionary Missing.txt); put the file beside the"
                + " configuration or fix the name", message);
    }

    @Test
    void aCompiledDictionaryWithoutItsTextOne() throws IOException {
        Files.write(dir.resolve("Compiled.ocd2"), new byte[] {'O', 'P', 'E', 'N', 'C', 'C'});
        String message = error(step("{\"type\": \"ocd2\", \"file\": \"Compiled.ocd2\"}"));
        assertEquals(dir.resolve("my.json") + ": conversion_chain[0].dict.file: no dictionary \"Compiled.txt\" in "
                + dir + " (for \"Compiled.ocd2\" zhpipe reads the text dictionary Compiled.txt); convert it with:"
                + " opencc_dict -i Compiled.ocd2 -o Compiled.txt -f ocd2 -t text", message);
    }

    @Test
    void malformedDictionaryLine() throws IOException {
        write("chars.txt", "# chars\na 1\n");
        String message = error("{\"conversion_chain\": [{\"dict\": {\"type\": \"text\", \"file\": \"chars.txt\"}}]}");
        assertEquals(dir.resolve("chars.txt") + ":2: no tab after the key in \"a 1\"; write key<TAB>value1 value2 ...,"
                + " or start the line with # to make it a comment", message);
    }

    @Test
    void duplicateKey() throws IOException {
        write("chars.txt", "a\t1\nb\t2\na\t3\n");
        String message = error("{\"conversion_chain\": [{\"dict\": {\"type\": \"text\", \"file\": \"chars.txt\"}}]}");
        assertEquals(dir.resolve("chars.txt") + ":3: duplicate key \"a\" (first on line 1); keep one entry per key,"
                + " with all its values on that line", message);
    }

    @Test
    void dictionaryThatIsNotUtf8() throws IOException {
        Files.write(dir.resolve("chars.txt"), new byte[] {'a', '\t', '1', '\n', 'b', '\t', (byte) 0xC3, '\n'});
        String message = error("{\"conversion_chain\": [{\"dict\": {\"type\": \"text\", \"file\": \"chars.txt\"}}]}");
        assertEquals(dir.resolve("chars.txt") + ":2: not valid UTF-8; save the dictionary as UTF-8", message);
    }

    /** Found by {@code OpenccFuzzTest#config}: Jackson took NUL bytes for UTF-32 and failed with an I/O error. */
    @Test
    void aConfigurationIsReadAsUtf8Only() throws IOException {
        Path config = dir.resolve("my.json");
        Files.write(config, new byte[] {'<', 0, 0, 0, ' ', 0, 0, 'Y', '{', '}'});
        String message = assertThrows(OpenccConfigException.class, () -> OpenccConverter.fromFile(config))
                .getMessage();
        assertEquals(config + ":1:1: invalid JSON: Unexpected character ('<' (code 60)): expected a valid value (JSON "
                + "String, Number, Array, Object or token 'null', 'true' or 'false'); fix the syntax (comments and "
                + "trailing commas are allowed)", message);
        Files.write(config, "{\"name\": \"x\",\n \"conversion_chain\": [\"\u00E9\"]}".getBytes(StandardCharsets.UTF_16));
        assertEquals(config + ":1: not valid UTF-8; save the configuration as UTF-8",
                assertThrows(OpenccConfigException.class, () -> OpenccConverter.fromFile(config)).getMessage());
        Files.write(config, new byte[] {'{', '\n', '"', (byte) 0xC3, '"', '}'});
        assertEquals(config + ":2: not valid UTF-8; save the configuration as UTF-8",
                assertThrows(OpenccConfigException.class, () -> OpenccConverter.fromFile(config)).getMessage());
    }

    @Test
    void configurationErrorsNameTheJsonPath() throws IOException {
        String at = dir.resolve("my.json") + ": ";
        assertEquals(dir.resolve("my.json") + ":1:23: invalid JSON: Unexpected close marker '}': expected ']'; fix the syntax"
                + " (comments and trailing commas are allowed)", error("{\"conversion_chain\": [}"));
        assertEquals(dir.resolve("my.json") + ": conversion_chain[0].dict.type: unknown dictionary type \"ocd3\"; use"
                + " \"ocd2\", \"text\", \"ocd\", \"inline\" or \"group\"", error("{\"conversion_chain\": [ // a comment\n"
                + "{\"dict\": {\"type\": \"ocd3\"},},]}"));
        assertEquals(at + "conversion_chain: missing; add \"conversion_chain\": [{\"dict\": {...}}]", error("{}"));
        assertEquals(at + "conversion_chain[0].dict.match_polcy: unknown field; expected one of dicts, match_policy,"
                + " may_output_tofu, type", error("{\"conversion_chain\": [{\"dict\": {\"type\": \"group\","
                + " \"match_polcy\": \"union\", \"dicts\": []}}]}"));
        assertEquals(at + "conversion_chain[0].dict.type: unknown dictionary type \"ocd3\"; use \"ocd2\", \"text\","
                + " \"ocd\", \"inline\" or \"group\"", error(step("{\"type\": \"ocd3\"}")));
        assertEquals(at + "conversion_chain[0].dict.match_policy: unknown match policy \"longest\"; use"
                + " \"short_circuit\" (the first dictionary with a match wins) or \"union\" (the longest match wins)",
                error("{\"conversion_chain\": [{\"dict\": {\"type\": \"group\", \"match_policy\": \"longest\","
                        + " \"dicts\": []}}]}"));
        assertEquals(at + "segmentation.type: segmentation \"jieba\" is not supported (OpenCC plugins are not); use"
                + " \"mmseg\", or remove the segmentation to convert the text as one segment",
                error("{\"segmentation\": {\"type\": \"jieba\"}, \"conversion_chain\": []}"));
        assertEquals(at + "conversion_chain[0].dict.entries.a: the value must be a non-empty string, found the string"
                + " \"\"", error(step("{\"type\": \"inline\", \"entries\": {\"a\": \"\"}}")));
        assertEquals(at + "conversion_chain: appears twice; keep one",
                error("{\"conversion_chain\": [], \"conversion_chain\": []}"));
    }

    @Test
    void missingConfigurationFile() {
        Path missing = dir.resolve("nope.json");
        OpenccConfigException e = assertThrows(OpenccConfigException.class, () -> OpenccConverter.fromFile(missing));
        assertEquals(missing + ": no such configuration file; check the path", e.getMessage());
    }
}

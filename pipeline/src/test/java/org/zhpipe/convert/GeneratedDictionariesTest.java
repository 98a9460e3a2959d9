package org.zhpipe.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated dictionaries in {@code dictionaries/opencc/} are what their sources generate, byte for byte. */
class GeneratedDictionariesTest {
    private static Path dataFolder() {
        Path folder = Path.of(System.getProperty("zhpipe.root", "..")).resolve("dictionaries/opencc");
        assumeTrue(Files.isRegularFile(folder.resolve("t2s.json")), "no dictionaries/opencc at " + folder);
        return folder;
    }

    @Test
    void committedFilesAreWhatTheirSourcesGenerate(@TempDir Path out) throws IOException {
        Path data = dataFolder();
        List<Path> written = GenerateDictionaries.generate(data, out);
        assertEquals(GenerateDictionaries.GENERATED.size(), written.size());
        for (String name : GenerateDictionaries.GENERATED) {
            assertEquals(Files.readString(data.resolve(name)), Files.readString(out.resolve(name)),
                    name + " differs from what its sources generate; regenerate it as"
                            + " dictionaries/opencc/README.md says");
        }
    }

    @Test
    void tofuRiskEntriesLoseTheirKeyAsValue() {
        String tsCharacters = "# header\n# @tofu-risk: rare form\n㑮\t㑮 𫝈\n㑯\t㑔\n# @tofu-risk: two\n甲\t乙  丙\n";
        assertEquals("㑮\t𫝈\n甲\t乙 丙\n",
                GenerateDictionaries.extractTofuRisk("T.txt", tsCharacters.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tofuRiskWithoutAnEntryIsAnError() {
        byte[] bytes = "# @tofu-risk: x\n# comment\n".getBytes(StandardCharsets.UTF_8);
        OpenccConfigException e = assertThrows(OpenccConfigException.class,
                () -> GenerateDictionaries.extractTofuRisk("T.txt", bytes));
        assertEquals("T.txt:1: # @tofu-risk: is not followed by an entry; put it right above the entry it marks",
                e.getMessage());
    }

    @Test
    void reversalKeepsFileOrderPutsThePreferredFirstAndSortsByCodePoint() {
        // 𠀀 (U+20000) sorts after 丂 (U+4E02) by code point, though before it in UTF-16 order
        String variants = "# @reverse-prefer: 乙 丁\n甲\t乙\n丁\t乙 𠀀\n丙\t丂\n";
        ScriptDictionary d = ScriptDictionary.parse("V.txt", variants.getBytes(StandardCharsets.UTF_8));
        assertEquals("丂\t丙\n乙\t丁 甲\n𠀀\t丁\n", GenerateDictionaries.reverse(d));
    }

    @Test
    void aPreferenceWithoutItsMappingIsAnError() {
        String variants = "# @reverse-prefer: 乙 丙\n甲\t乙\n";
        ScriptDictionary d = ScriptDictionary.parse("V.txt", variants.getBytes(StandardCharsets.UTF_8));
        OpenccConfigException e = assertThrows(OpenccConfigException.class, () -> GenerateDictionaries.reverse(d));
        assertEquals("V.txt: reverse preference 乙 -> 丙 has no matching mapping; fix or remove the"
                + " # @reverse-prefer: comment", e.getMessage());
    }
}

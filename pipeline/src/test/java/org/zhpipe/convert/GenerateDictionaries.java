package org.zhpipe.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Generates the five dictionaries OpenCC 1.4.1 builds from its raw ones instead of keeping them in its repository
 * ({@code data/CMakeLists.txt} and {@code data/scripts/} at tag ver.1.4.1), following the same rules:
 * <ul>
 *   <li>{@code TSCharactersExt.txt}: the entry after each {@code # @tofu-risk:} comment of TSCharacters.txt, its
 *       values split at white space and without the key itself ({@code extract_tofu_risk.py});</li>
 *   <li>{@code TWVariantsRev.txt}, {@code HKVariantsRev.txt}, {@code JPShinjitaiCharactersRev.txt}: TWVariants,
 *       HKVariants and JPShinjitaiCharacters reversed, value → keys in file order, the key named by a
 *       {@code # @reverse-prefer:} comment first, sorted by code point ({@code reverse.py});</li>
 *   <li>{@code STPhrases_GeneratedFromRegionalPhrases.txt}: the keys of HKPhrases and TWPhrases converted with
 *       t2s.json, tofu-risk dictionaries included, mapped back to the original key when the converted key has 3 or
 *       more code points; two keys converting to the same one are an error
 *       ({@code generate_st_phrases_from_regional_phrases.py}).</li>
 * </ul>
 * Usage: {@code GenerateDictionaries <opencc data folder> [<output folder>]}. The data folder holds OpenCC's
 * configurations and text dictionaries side by side (as {@code dictionaries/opencc/} does); the output folder
 * defaults to it.
 */
public final class GenerateDictionaries {
    /** The files this class writes, in the order it writes them. */
    public static final List<String> GENERATED = List.of("TSCharactersExt.txt", "TWVariantsRev.txt",
            "HKVariantsRev.txt", "JPShinjitaiCharactersRev.txt", "STPhrases_GeneratedFromRegionalPhrases.txt");

    private GenerateDictionaries() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: GenerateDictionaries <opencc data folder> [<output folder>]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path output = args.length == 2 ? Path.of(args[1]) : data;
        for (Path written : generate(data, output)) {
            System.out.println("wrote " + written);
        }
    }

    /** Writes the generated dictionaries of {@code data} to {@code output}; returns their paths. */
    public static List<Path> generate(Path data, Path output) throws IOException {
        Files.createDirectories(output);
        List<Path> written = new ArrayList<>();
        written.add(write(output, "TSCharactersExt.txt",
                extractTofuRisk("TSCharacters.txt", Files.readAllBytes(data.resolve("TSCharacters.txt")))));
        for (String name : List.of("TWVariants", "HKVariants", "JPShinjitaiCharacters")) {
            String file = name + ".txt";
            written.add(write(output, name + "Rev.txt",
                    reverse(ScriptDictionary.parse(file, Files.readAllBytes(data.resolve(file))))));
        }
        // t2s as OpenCC's build runs it: raw dictionaries plus the TSCharactersExt just written
        Path config = data.resolve("t2s.json");
        OpenccConverter t2s = new OpenccLoader().fromJson(Files.readAllBytes(config), config.toString(),
                DictionarySource.directories(List.of(output, data)), "t2s", true);
        List<ScriptDictionary> regional = new ArrayList<>();
        for (String file : List.of("HKPhrases.txt", "TWPhrases.txt")) {
            regional.add(ScriptDictionary.parse(file, Files.readAllBytes(data.resolve(file))));
        }
        written.add(write(output, "STPhrases_GeneratedFromRegionalPhrases.txt",
                regionalPhrases(t2s, regional, "STPhrases_GeneratedFromRegionalPhrases.txt")));
        return written;
    }

    /** {@code extract_tofu_risk.py}: the entries that follow {@code # @tofu-risk:} lines, in file order. */
    static String extractTofuRisk(String fileName, byte[] bytes) {
        List<String> lines = ScriptDictionary.lines(fileName, bytes);
        String prefix = "# @tofu-risk:";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(prefix)) {
                continue;
            }
            if (i + 1 >= lines.size()) {
                throw new OpenccConfigException(fileName + ":" + (i + 1) + ": " + prefix
                        + " on the last line; put it right above the entry it marks");
            }
            String mapping = lines.get(i + 1);
            if (ScriptDictionary.isBlank(mapping) || mapping.startsWith("#")) {
                throw new OpenccConfigException(fileName + ":" + (i + 1) + ": " + prefix
                        + " is not followed by an entry; put it right above the entry it marks");
            }
            String text = mapping.endsWith("\n") ? mapping.substring(0, mapping.length() - 1) : mapping;
            int tab = text.indexOf('\t');
            if (tab < 0) {
                throw new OpenccConfigException(fileName + ":" + (i + 2) + ": no tab after the key in \"" + text
                        + "\"; write key<TAB>value1 value2 ...");
            }
            String key = text.substring(0, tab);
            List<String> values = ScriptDictionary.splitWhitespace(text.substring(tab + 1));
            if (!values.isEmpty() && values.get(0).equals(key)) {
                values = values.subList(1, values.size());
            }
            if (values.isEmpty()) {
                throw new OpenccConfigException(fileName + ":" + (i + 2) + ": the entry after " + prefix
                        + " has no value besides its key; add the rare form it may output");
            }
            out.append(key).append('\t').append(String.join(" ", values)).append('\n');
        }
        return out.toString();
    }

    /** {@code reverse.py}: each value → the keys that have it, preferred key first, sorted by code point. */
    static String reverse(ScriptDictionary dictionary) {
        Map<String, List<String>> reversed = new LinkedHashMap<>();
        for (ScriptDictionary.Entry entry : dictionary.entries) {
            for (String value : entry.values()) {
                reversed.computeIfAbsent(value, v -> new ArrayList<>()).add(entry.key());
            }
        }
        for (Map.Entry<String, String> preference : dictionary.reversePreferences.entrySet()) {
            List<String> keys = reversed.get(preference.getKey());
            if (keys == null || !keys.contains(preference.getValue())) {
                throw new OpenccConfigException(dictionary.fileName + ": reverse preference "
                        + preference.getKey() + " -> " + preference.getValue() + " has no matching mapping; fix or"
                        + " remove the " + ScriptDictionary.REVERSE_PREFERENCE + " comment");
            }
            keys.remove(preference.getValue());
            keys.add(0, preference.getValue());
        }
        List<String> sorted = new ArrayList<>(reversed.keySet());
        sorted.sort(ScriptDictionary.CODE_POINT_ORDER);
        StringBuilder out = new StringBuilder();
        for (String key : sorted) {
            out.append(key).append('\t').append(String.join(" ", reversed.get(key))).append('\n');
        }
        return out.toString();
    }

    /** {@code generate_st_phrases_from_regional_phrases.py}: simplified regional phrase keys → the original key. */
    static String regionalPhrases(OpenccConverter t2s, List<ScriptDictionary> inputs, String outputName) {
        Map<String, List<String>> collisions = new LinkedHashMap<>();
        List<String> inputNames = new ArrayList<>();
        for (ScriptDictionary input : inputs) {
            inputNames.add(input.fileName);
            List<String> keys = new ArrayList<>();
            for (ScriptDictionary.Entry entry : input.entries) {
                keys.add(entry.key());
            }
            // the script pipes all keys through the opencc tool at once, one per line
            List<String> converted = ScriptDictionary.splitLines(t2s.convert(String.join("\n", keys) + "\n"));
            if (converted.size() != keys.size()) {
                throw new OpenccConfigException(input.fileName + ": converted key count mismatch: expected "
                        + keys.size() + ", got " + converted.size() + "; a key must not contain line breaks");
            }
            for (int i = 0; i < keys.size(); i++) {
                String key = converted.get(i);
                // short regional keys could split longer simplified words before STPhrases matches them
                if (key.codePointCount(0, key.length()) < 3) {
                    continue;
                }
                collisions.computeIfAbsent(key, k -> new ArrayList<>()).add(keys.get(i));
            }
        }
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : collisions.entrySet()) {
            if (new TreeSet<>(e.getValue()).size() > 1) {
                conflicts.add(e.getKey() + ": " + String.join(" ", e.getValue()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new OpenccConfigException("conflicting regional phrase simplified projections: "
                    + String.join("; ", conflicts) + "; make the regional phrase keys convert to distinct keys");
        }
        List<String> keys = new ArrayList<>(collisions.keySet());
        keys.sort(ScriptDictionary.CODE_POINT_ORDER);
        StringBuilder out = new StringBuilder();
        out.append("# Open Chinese Convert (OpenCC) Dictionary\n");
        out.append("# File: ").append(outputName).append('\n');
        out.append("# Format: key\tvalue(s) (values separated by spaces)\n");
        out.append("# License: Apache-2.0 (see LICENSE)\n");
        out.append("# Source: generated from ").append(String.join(", ", inputNames)).append(" keys via t2s.json\n");
        out.append("# Used in configs: s2hkp.json, s2twp.json\n");
        out.append("#\n");
        out.append("# This generated ST phrase dictionary preserves Simplified-input spans\n");
        out.append("# before applying regional phrase vocabulary.\n");
        out.append('\n');
        for (String key : keys) {
            out.append(key).append('\t').append(collisions.get(key).get(0)).append('\n');
        }
        return out.toString();
    }

    private static Path write(Path folder, String name, String content) throws IOException {
        Path path = folder.resolve(name);
        Files.write(path, content.getBytes(StandardCharsets.UTF_8));
        return path;
    }
}

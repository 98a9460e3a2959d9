package org.zhpipe.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads word lists in jieba's format, one entry per line: {@code word [frequency [tag]]} or {@code word tag}, UTF-8
 * with or without a BOM; blank lines and lines starting with {@code #} are skipped.
 * <ul>
 *   <li>With a TAB on the line, fields are TAB-separated, so a word may contain spaces:
 *       {@code New York<TAB>50<TAB>ns}.</li>
 *   <li>Otherwise fields are separated by spaces and read from the right: a last field that is a whole number is the
 *       frequency; a last field after such a number is the tag; a last field that is one of the known tags (those of
 *       the bundled dictionary) is the tag. The rest of the line is the word, spaces included: {@code New York ns}
 *       → word {@code New York}, tag {@code ns}; {@code machine learning} → one word.</li>
 * </ul>
 * Errors name the file and line. Stateless; thread-safe.
 */
public final class WordListParser {
    private final Set<String> knownTags;

    /** @param knownTags tags recognized without a frequency before them */
    public WordListParser(Set<String> knownTags) {
        this.knownTags = Set.copyOf(knownTags);
    }

    /** Reads {@code file}. */
    public List<WordEntry> parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new DictionaryException(file + ": no such file; check the path (relative paths are resolved "
                    + "against the working directory)");
        } catch (IOException e) {
            throw new DictionaryException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a word list from {@code in}; {@code name} is used in error messages. */
    public List<WordEntry> parse(InputStream in, String name) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<WordEntry> entries = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                WordEntry entry = parseLine(line, name, lineNumber);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (CharacterCodingException e) {
            throw new DictionaryException(name + ":" + (lineNumber + 1) + ": not valid UTF-8; save the word list as "
                    + "UTF-8");
        } catch (IOException e) {
            throw new DictionaryException(name + ": cannot read: " + e.getMessage(), e);
        }
        return entries;
    }

    /** The entry of one line, or {@code null} for a blank or comment line. */
    WordEntry parseLine(String line, String name, int lineNumber) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        String word;
        String frequency = null;
        String tag = null;
        if (trimmed.indexOf('\t') >= 0) {
            String[] fields = trimmed.split("\t", -1);
            if (fields.length > 3) {
                throw error(name, lineNumber, "more than three TAB-separated fields", "use word<TAB>frequency<TAB>tag");
            }
            word = fields[0].strip();
            frequency = fields.length > 1 && !fields[1].isBlank() ? fields[1].strip() : null;
            tag = fields.length > 2 && !fields[2].isBlank() ? fields[2].strip() : null;
        } else {
            String[] fields = trimmed.split(" +");
            int wordFields = fields.length;
            if (wordFields >= 2 && isNumber(fields[wordFields - 1])) {
                frequency = fields[--wordFields];
            } else if (wordFields >= 3 && isNumber(fields[wordFields - 2])) {
                tag = fields[--wordFields];
                frequency = fields[--wordFields];
            } else if (wordFields >= 2 && knownTags.contains(fields[wordFields - 1])) {
                tag = fields[--wordFields];
            }
            word = String.join(" ", java.util.Arrays.asList(fields).subList(0, wordFields));
        }
        if (word.isEmpty()) {
            throw error(name, lineNumber, "no word before the frequency", "a line is: word [frequency [tag]]");
        }
        long freq = WordEntry.NO_FREQUENCY;
        if (frequency != null) {
            if (!isNumber(frequency)) {
                throw error(name, lineNumber, "frequency \"" + frequency + "\" is not a whole number",
                        "write a count such as 100, or leave it out to let the word win");
            }
            try {
                freq = Long.parseLong(frequency);
            } catch (NumberFormatException e) {
                throw error(name, lineNumber, "frequency " + frequency + " is too large", "use at most 10^15");
            }
            if (freq > 1_000_000_000_000_000L) {
                throw error(name, lineNumber, "frequency " + frequency + " is too large", "use at most 10^15");
            }
        }
        return new WordEntry(word, freq, tag);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 19) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static DictionaryException error(String name, int line, String problem, String hint) {
        return new DictionaryException(name + ":" + line + ": " + problem + "; " + hint);
    }
}

package org.zhpipe.bench.dedup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Real Chinese text for planted corpora: the lines of the SIGHAN 2005 gold files ({@code pku_test_gold.utf8} then
 * {@code msr_test_gold.utf8}), each a sentence or short paragraph of news, split into its hand-segmented words (the
 * files separate words by white space and end lines with CRLF). Blank lines are skipped. Immutable.
 */
final class Sentences {
    static final List<String> FILES = List.of("pku_test_gold.utf8", "msr_test_gold.utf8");
    private final List<String[]> lines;

    Sentences(List<String[]> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no sentences");
        }
        this.lines = List.copyOf(lines);
    }

    /** Reads {@link #FILES} from {@code dir}. */
    static Sentences read(Path dir) throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (String file : FILES) {
            for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed.split("\\s+"));
                }
            }
        }
        return new Sentences(lines);
    }

    int size() {
        return lines.size();
    }

    /** Line {@code i}: its words joined, as the raw test file has it. */
    String line(int i) {
        return String.join("", lines.get(i));
    }

    /** A word of a random line. */
    String randomWord(RandomGenerator rng) {
        String[] words = lines.get(rng.nextInt(lines.size()));
        return words[rng.nextInt(words.length)];
    }

    /** A code point of a random line. */
    int randomCodePoint(RandomGenerator rng) {
        String line = line(rng.nextInt(lines.size()));
        int[] cps = line.codePoints().toArray();
        return cps[rng.nextInt(cps.length)];
    }
}

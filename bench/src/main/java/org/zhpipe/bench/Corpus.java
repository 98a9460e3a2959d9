package org.zhpipe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark input: the SIGHAN 2005 test sentences ({@code pku_test.utf8} then {@code msr_test.utf8}), one document
 * per line, repeated until the lines hold at least a target number of UTF-8 bytes. Sizes count the lines' UTF-8 bytes
 * and UTF-16 chars without line terminators; 1 MB is 10<sup>6</sup> bytes. Immutable.
 */
final class Corpus {
    /** Where the corpus directory is looked for when none is given, relative to the working directory. */
    static final List<String> DEFAULT_DIRS =
            List.of("../shared/eval/sighan2005", "../../shared/eval/sighan2005", "shared/eval/sighan2005");
    static final List<String> FILES = List.of("pku_test.utf8", "msr_test.utf8");

    private final String[] lines;
    private final long utf8Bytes;
    private final long chars;

    private Corpus(String[] lines, long utf8Bytes, long chars) {
        this.lines = lines;
        this.utf8Bytes = utf8Bytes;
        this.chars = chars;
    }

    /**
     * Loads and repeats the corpus.
     *
     * @param dir      the directory holding {@link #FILES}, or {@code "auto"} to try {@link #DEFAULT_DIRS}
     * @param targetMb the least size in MB of UTF-8
     * @throws IllegalStateException if the files are missing, with the places that were tried
     */
    static Corpus load(String dir, int targetMb) {
        List<String> once = new ArrayList<>();
        Path base = resolve(dir);
        for (String file : FILES) {
            try {
                once.addAll(Files.readAllLines(base.resolve(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + base.resolve(file), e);
            }
        }
        long onceBytes = 0;
        for (String line : once) {
            onceBytes += line.getBytes(StandardCharsets.UTF_8).length;
        }
        long repeats = Math.max(1, (targetMb * 1_000_000L + onceBytes - 1) / onceBytes);
        List<String> all = new ArrayList<>();
        long chars = 0;
        for (long r = 0; r < repeats; r++) {
            all.addAll(once);
        }
        for (String line : all) {
            chars += line.length();
        }
        return new Corpus(all.toArray(String[]::new), onceBytes * repeats, chars);
    }

    private static Path resolve(String dir) {
        List<String> candidates = "auto".equals(dir) ? DEFAULT_DIRS : List.of(dir);
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (FILES.stream().allMatch(f -> Files.isReadable(path.resolve(f)))) {
                return path;
            }
        }
        throw new IllegalStateException("SIGHAN 2005 corpus not found: need " + FILES + " in one of " + candidates
                + " (relative to " + Path.of("").toAbsolutePath() + "); run from the project root or pass "
                + "-p corpus=/path/to/sighan2005");
    }

    /** This corpus with every line rewritten by {@code f} (e.g. converted to traditional characters). */
    Corpus map(java.util.function.UnaryOperator<String> f) {
        String[] mapped = new String[lines.length];
        long bytes = 0;
        long count = 0;
        for (int i = 0; i < lines.length; i++) {
            mapped[i] = f.apply(lines[i]);
            bytes += mapped[i].getBytes(StandardCharsets.UTF_8).length;
            count += mapped[i].length();
        }
        return new Corpus(mapped, bytes, count);
    }

    /**
     * This corpus with every {@code n} lines joined by line breaks into one document (the last may have fewer): web
     * pages and articles of several paragraphs rather than sentences.
     */
    Corpus grouped(int n) {
        List<String> docs = new ArrayList<>();
        long bytes = 0;
        long count = 0;
        for (int i = 0; i < lines.length; i += n) {
            String doc = String.join("\n", java.util.Arrays.asList(lines).subList(i, Math.min(lines.length, i + n)));
            docs.add(doc);
            bytes += doc.getBytes(StandardCharsets.UTF_8).length;
            count += doc.length();
        }
        return new Corpus(docs.toArray(String[]::new), bytes, count);
    }

    /** The documents, one per line, in order. The array is shared: do not modify it. */
    String[] lines() {
        return lines;
    }

    long utf8Bytes() {
        return utf8Bytes;
    }

    long chars() {
        return chars;
    }

    double megabytes() {
        return utf8Bytes / 1e6;
    }

    double megachars() {
        return chars / 1e6;
    }

    @Override
    public String toString() {
        return String.format("corpus: %d lines, %d UTF-8 bytes (%.3f MB), %d chars (%.3f Mchars)",
                lines.length, utf8Bytes, megabytes(), chars, megachars());
    }
}

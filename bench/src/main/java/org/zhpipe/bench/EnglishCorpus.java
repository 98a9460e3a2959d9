package org.zhpipe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * English prose for the lemmatization benchmark: the paragraphs of the Python 3.11 documentation's reStructuredText
 * sources, as Debian's {@code python3.11-doc} package installs them ({@code /usr/share/doc/python3.11/html/_sources},
 * 497 files, 11 MB; the Python Software Foundation License). Real, modern, edited English (tutorial, library reference,
 * "what's new" essays) with the identifiers and inline markup technical text has.
 *
 * <p>Extraction: one paragraph per line (its lines joined with a space); left out are blank lines, section title
 * underlines, directive and comment lines ({@code .. note::}), doctest lines ({@code >>>}, {@code ...}), table rows,
 * field lists, and literal blocks (what follows {@code ::} or a code directive, indented deeper). Inline markup such as
 * {@code :func:`len`} stays: it is what a pipeline meets in such text. That gives 50,501 paragraphs, 6.82 MB; they are
 * repeated until the corpus holds at least {@code targetMb} MB. Immutable.
 */
final class EnglishCorpus {
    static final String DEFAULT_DIR = "/usr/share/doc/python3.11/html/_sources";

    private static final Pattern LITERAL_DIRECTIVE = Pattern.compile(
            "\\s*\\.\\. (code-block|sourcecode|testcode|testoutput|doctest|productionlist|highlight|literalinclude|"
                    + "csv-table|list-table|toctree|index|raw)\\b.*");
    private static final Pattern UNDERLINE = Pattern.compile("[=\\-~^*#+\"'` ]{3,}");

    private final String[] lines;
    private final long utf8Bytes;
    private final int uniqueLines;

    private EnglishCorpus(String[] lines, long utf8Bytes, int uniqueLines) {
        this.lines = lines;
        this.utf8Bytes = utf8Bytes;
        this.uniqueLines = uniqueLines;
    }

    /**
     * Reads the paragraphs of every {@code *.txt} file under {@code dir} (sorted by path) and repeats them.
     *
     * @throws IllegalStateException when {@code dir} has no such files, with how to install them
     */
    static EnglishCorpus load(String dir, int targetMb) {
        Path base = Path.of(dir);
        List<Path> files;
        try (Stream<Path> walk = Files.isDirectory(base) ? Files.walk(base) : Stream.empty()) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no English corpus in " + base.toAbsolutePath() + ": install Debian's "
                    + "python3.11-doc (apt-get install python3.11-doc) or pass -p english=DIR with reST sources");
        }
        List<String> once = new ArrayList<>();
        for (Path file : files) {
            try {
                paragraphs(Files.readAllLines(file, StandardCharsets.UTF_8), once);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        long onceBytes = 0;
        for (String line : once) {
            onceBytes += line.getBytes(StandardCharsets.UTF_8).length;
        }
        long repeats = Math.max(1, (targetMb * 1_000_000L + onceBytes - 1) / onceBytes);
        List<String> all = new ArrayList<>();
        for (long r = 0; r < repeats; r++) {
            all.addAll(once);
        }
        return new EnglishCorpus(all.toArray(String[]::new), onceBytes * repeats, once.size());
    }

    /** Appends the prose paragraphs of one reST file to {@code out}. */
    static void paragraphs(List<String> fileLines, List<String> out) {
        StringBuilder paragraph = new StringBuilder();
        int literalIndent = -1;
        for (String raw : fileLines) {
            String line = raw.replace("\t", "        ");
            String text = line.strip();
            int indent = line.length() - line.stripLeading().length();
            if (literalIndent >= 0) {
                if (text.isEmpty() || indent > literalIndent) {
                    continue;
                }
                literalIndent = -1;
            }
            if (text.isEmpty()) {
                flush(paragraph, out);
                continue;
            }
            if (LITERAL_DIRECTIVE.matcher(line).matches() || text.endsWith("::")) {
                if (!text.startsWith("..") && !text.equals("::")) {
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(text, 0, text.length() - 1);
                }
                flush(paragraph, out);
                literalIndent = indent;
                continue;
            }
            if (text.startsWith("..") || text.startsWith(">>>") || text.startsWith(":") || text.charAt(0) == '+'
                    || text.charAt(0) == '|' || UNDERLINE.matcher(text).matches()) {
                flush(paragraph, out);
                continue;
            }
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
        }
        flush(paragraph, out);
    }

    private static void flush(StringBuilder paragraph, List<String> out) {
        if (!paragraph.isEmpty()) {
            out.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /** The documents, one per line. The array is shared: do not modify it. */
    String[] lines() {
        return lines;
    }

    @Override
    public String toString() {
        return String.format("English corpus: %d paragraphs (%d distinct), %d UTF-8 bytes (%.3f MB)", lines.length,
                uniqueLines, utf8Bytes, utf8Bytes / 1e6);
    }
}

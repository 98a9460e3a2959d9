package org.zhpipe.eval;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.internal.parse.Utf8Lines;

/**
 * Reads a segmented file one line at a time: a bakeoff gold file, or the output of any segmenter (jieba, another
 * tool) written as words separated by white space, one sentence per line. UTF-8, with or without a byte order mark;
 * lines end at LF, CR or CR LF ({@link Utf8Lines#anyBreak}); any run of white space separates words
 * ({@link Segmentation#parse}). Every line counts, blank ones too, so line numbers match the file. The file is read
 * whole when opened (at most 1 GiB; a bakeoff file is a few MB). Not thread-safe; close it.
 *
 * <pre>{@code
 * try (SegmentedFileReader gold = SegmentedFileReader.open(Path.of("pku_test_gold.utf8"))) {
 *     for (Segmentation line = gold.next(); line != null; line = gold.next()) {
 *         ... gold.lineNumber() ...
 *     }
 * }
 * }</pre>
 */
public final class SegmentedFileReader implements Closeable {
    private final Path path;
    private final Utf8Lines lines;
    private boolean ended;

    private SegmentedFileReader(Path path, Utf8Lines lines) {
        this.path = path;
        this.lines = lines;
    }

    /**
     * Opens a segmented file.
     *
     * @throws EvalInputException if it is missing, a directory or unreadable
     */
    public static SegmentedFileReader open(Path path) {
        return new SegmentedFileReader(path, EvalFiles.lines(path));
    }

    /**
     * Reads a whole segmented file into memory (a bakeoff file is a few thousand lines).
     *
     * @throws EvalInputException if it cannot be read, or a line is not valid UTF-8
     */
    public static List<Segmentation> readAll(Path path) {
        try (SegmentedFileReader reader = open(path)) {
            List<Segmentation> all = new ArrayList<>();
            for (Segmentation line = reader.next(); line != null; line = reader.next()) {
                all.add(line);
            }
            return all;
        }
    }

    /**
     * The next line, or {@code null} at the end of the file.
     *
     * @throws EvalInputException if it cannot be read or is not valid UTF-8 (with the line number)
     */
    public @Nullable Segmentation next() {
        if (ended || !lines.next()) {
            ended = true;
            return null;
        }
        return Segmentation.parse(lines.line());
    }

    /** The 1-based number of the line last returned by {@link #next()}; 0 before the first. */
    public long lineNumber() {
        return lines.number();
    }

    /** The file being read. */
    public Path path() {
        return path;
    }

    /** Nothing to release: the file was read when opened. Kept so callers hold the reader in try-with-resources. */
    @Override
    public void close() {
    }
}

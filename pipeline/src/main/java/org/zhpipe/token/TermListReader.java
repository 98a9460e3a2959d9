package org.zhpipe.token;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.internal.parse.Utf8Lines;
import org.zhpipe.resource.DataFiles;

/**
 * Reads a list of terms, one per line, as stopword lists are written:
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; lines end at LF, CR or CR LF; a last line without one counts.</li>
 *   <li>Each line is stripped of white space at both ends; what remains is the term, spaces inside included.</li>
 *   <li>Blank lines, and lines whose first character is {@code #}, are skipped.</li>
 *   <li>A leading backslash is dropped, so {@code \#} is the term {@code #} and {@code \\} the term {@code \}; a
 *       line holding only a backslash is the term {@code \}.</li>
 * </ul>
 * Bytes are decoded line by line, strictly ({@link Utf8Lines}): malformed UTF-8 or a NUL byte is an error naming
 * the file and the line it is on, never replaced silently. Stateless; thread-safe.
 *
 * <pre>{@code
 * List<String> terms = TermListReader.read(Path.of("my-stopwords.txt"));
 * }</pre>
 */
public final class TermListReader {
    private TermListReader() {
    }

    /** The terms of {@code file} in file order (duplicates kept). */
    public static List<String> read(Path file) {
        if (Files.isDirectory(file)) {
            throw new TermListException(file.toString(), 0, "is a directory, expected a text file with one term per "
                    + "line");
        }
        byte[] bytes;
        try {
            bytes = DataFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new TermListException(file.toString(), 0, "no such file; check the path (a relative path is read "
                    + "from the folder of the spec file that names it)", e);
        } catch (AccessDeniedException e) {
            throw new TermListException(file.toString(), 0, "permission denied", e);
        } catch (IOException e) {
            throw new TermListException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        return read(bytes, file.toString());
    }

    /**
     * The terms read from {@code in}, which is not closed.
     *
     * @param name names the source in error messages, e.g. a path
     */
    public static List<String> read(InputStream in, String name) {
        try {
            return read(DataFiles.read(in, DataFiles.DATA_FILE_LIMIT), name);
        } catch (IOException e) {
            throw new TermListException(name, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static List<String> read(byte[] bytes, String name) {
        List<String> terms = new ArrayList<>();
        Utf8Lines lines = Utf8Lines.anyBreak(bytes, (line, problem) -> new TermListException(name, line,
                problem + "; save the list as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)"));
        while (lines.next()) {
            String term = term(lines.line());
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The term on one line (without its line ending), or {@code null} for a blank or comment line. */
    static @Nullable String term(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.charAt(0) == '#') {
            return null;
        }
        return s.charAt(0) == '\\' && s.length() > 1 ? s.substring(1) : s;
    }
}

package org.zhpipe.token;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a list of terms, one per line, as stopword lists are written:
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; lines end at LF or CRLF; a last line without LF counts.</li>
 *   <li>Each line is stripped of white space at both ends; what remains is the term, spaces inside included.</li>
 *   <li>Blank lines, and lines whose first character is {@code #}, are skipped.</li>
 *   <li>A leading backslash is dropped, so {@code \#} is the term {@code #} and {@code \\} the term {@code \}; a
 *       line holding only a backslash is the term {@code \}.</li>
 * </ul>
 * Bytes are decoded line by line, strictly: malformed UTF-8 is an error naming the file and the line it is on, never
 * replaced silently. Stateless; thread-safe.
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
            throw new TermListException(file + ": is a directory, expected a text file with one term per line");
        }
        try (InputStream in = org.zhpipe.resource.DataFiles.bounded(org.zhpipe.resource.DataFiles.open(file),
                org.zhpipe.resource.DataFiles.DATA_FILE_LIMIT)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new TermListException(file + ": no such file; check the path (relative paths are resolved "
                    + "against the working directory)", e);
        } catch (AccessDeniedException e) {
            throw new TermListException(file + ": permission denied", e);
        } catch (IOException e) {
            throw new TermListException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The terms read from {@code in}, which is not closed.
     *
     * @param name names the source in error messages, e.g. a path
     */
    public static List<String> read(InputStream in, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream buffered = new BufferedInputStream(in, 1 << 16);
        List<String> terms = new ArrayList<>();
        byte[] line = new byte[256];
        int lineNumber = 0;
        boolean eof = false;
        while (!eof) {
            int length = 0;
            try {
                for (int b = buffered.read(); b != '\n'; b = buffered.read()) {
                    if (b < 0) {
                        eof = true;
                        break;
                    }
                    if (length == line.length) {
                        line = Arrays.copyOf(line, length * 2);
                    }
                    line[length++] = (byte) b;
                }
            } catch (IOException e) {
                throw new TermListException(name + ":" + (lineNumber + 1) + ": cannot read: " + e.getMessage(), e);
            }
            if (eof && length == 0) {
                break;
            }
            lineNumber++;
            int from = lineNumber == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
                    && line[2] == (byte) 0xBF ? 3 : 0;
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(line, from, length - from)).toString();
            } catch (CharacterCodingException e) {
                throw new TermListException(name + ":" + lineNumber + ": not valid UTF-8; save the list as UTF-8 "
                        + "(e.g. iconv -f GB18030 -t UTF-8)", e);
            }
            String term = term(text);
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The term on one line (without its line ending), or {@code null} for a blank or comment line. */
    static String term(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.charAt(0) == '#') {
            return null;
        }
        return s.charAt(0) == '\\' && s.length() > 1 ? s.substring(1) : s;
    }
}

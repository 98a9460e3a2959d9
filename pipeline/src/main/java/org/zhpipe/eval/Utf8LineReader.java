package org.zhpipe.eval;

import java.io.BufferedInputStream;
import java.io.Closeable;
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
import java.util.Arrays;

/**
 * Reads a UTF-8 text file line by line, strictly: a line with malformed bytes is an error naming that line, never
 * silently replaced. A leading byte order mark is dropped; a line ends at LF, and a CR before it is dropped too; a
 * last line without LF is still a line. Every failure is an {@link EvalInputException} naming the file and, where
 * it applies, the line. Not thread-safe.
 */
final class Utf8LineReader implements Closeable {
    private final Path path;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[256];
    private long lineNumber;
    private boolean eof;

    private Utf8LineReader(Path path, InputStream in) {
        this.path = path;
        this.in = in;
    }

    static Utf8LineReader open(Path path) {
        if (Files.isDirectory(path)) {
            throw new EvalInputException(path, 0, "is a directory, expected a text file", null);
        }
        try {
            return new Utf8LineReader(path, new BufferedInputStream(Files.newInputStream(path), 1 << 16));
        } catch (NoSuchFileException e) {
            throw new EvalInputException(path, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new EvalInputException(path, 0, "permission denied", e);
        } catch (IOException e) {
            throw new EvalInputException(path, 0, "cannot open: " + e.getMessage(), e);
        }
    }

    /** The next line without its line ending, or {@code null} at the end of the file. */
    String next() {
        if (eof) {
            return null;
        }
        int length = 0;
        try {
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    eof = true;
                    if (length == 0) {
                        return null;
                    }
                    break;
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = (byte) b;
            }
        } catch (IOException e) {
            throw new EvalInputException(path, lineNumber + 1, "cannot read: " + e.getMessage(), e);
        }
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int from = lineNumber == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
                && line[2] == (byte) 0xBF ? 3 : 0;
        try {
            return decoder.decode(ByteBuffer.wrap(line, from, length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new EvalInputException(path, lineNumber, "not valid UTF-8; convert the file to UTF-8 first "
                    + "(e.g. iconv -f GB18030 -t UTF-8)", e);
        }
    }

    /** The 1-based number of the line last returned by {@link #next()}; 0 before the first. */
    long lineNumber() {
        return lineNumber;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new EvalInputException(path, 0, "cannot close: " + e.getMessage(), e);
        }
    }
}

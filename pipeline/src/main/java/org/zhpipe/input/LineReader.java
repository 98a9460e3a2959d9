package org.zhpipe.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines on the byte 0x0A, before any decoding: right for every ASCII-compatible encoding
 * (UTF-8, GB18030, Big5), where 0x0A never occurs inside a multi-byte character. A line ends at {@code \n}; one
 * {@code \r} before it is dropped too; a last line without {@code \n} is still a line (one {@code \r} ending it is
 * dropped too, a {@code \r\n} cut short); an empty line is a line; an empty stream has no lines. Lines are counted from 1. Not thread-safe.
 */
final class LineReader implements Closeable {
    private static final byte[] EMPTY = new byte[0];

    private final InputStream in;
    private final byte[] buffer;
    private final long maxLineBytes;
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNumber;
    private long lastLength = -1;

    LineReader(InputStream in) {
        this(in, 1 << 16, Integer.MAX_VALUE - 16);
    }

    LineReader(InputStream in, int bufferSize) {
        this(in, bufferSize, Integer.MAX_VALUE - 16);
    }

    /**
     * @param maxLineBytes the longest line kept in memory; a longer line is read past and returned empty, with
     *                     {@link #lastLineTooLong()} true and {@link #lastLength()} its length
     */
    LineReader(InputStream in, int bufferSize, long maxLineBytes) {
        if (maxLineBytes < 1 || maxLineBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxLineBytes must be from 1 to 2^31 - 17, not " + maxLineBytes);
        }
        this.in = in;
        this.buffer = new byte[bufferSize];
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next line without its line ending, or {@code null} at the end of the stream. A line longer than the
     * maximum is consumed without being kept: it is returned empty and {@link #lastLineTooLong()} says so.
     */
    byte @Nullable [] readLine() throws IOException {
        byte[] partial = null;
        int partialLength = 0;
        long length = 0;
        boolean tooLong = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (partial == null && !tooLong) {
                    return null;
                }
                return finish(partial, partialLength, length, tooLong);
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int n = end - pos;
            length += n;
            if (!tooLong && length > maxLineBytes + 1) { // + 1: a \r before the \n is not part of the line
                tooLong = true;
                partial = null;
                partialLength = 0;
            }
            if (tooLong) {
                pos = newline < 0 ? end : newline + 1;
                if (newline >= 0) {
                    return finish(null, 0, length, true);
                }
                continue;
            }
            if (partial == null && newline >= 0) {
                byte[] line = n == 0 ? EMPTY : Arrays.copyOfRange(buffer, pos, end);
                pos = end + 1;
                return finish(line, line.length, length, false);
            }
            if (partial == null) {
                partial = new byte[(int) Math.min(Math.max(n * 2L, 256), maxLineBytes + 1)];
            } else if (partialLength + n > partial.length) {
                partial = Arrays.copyOf(partial, (int) Math.min(Math.max(partialLength + (long) n,
                        partial.length * 2L), maxLineBytes + 1));
            }
            System.arraycopy(buffer, pos, partial, partialLength, n);
            partialLength += n;
            pos = end;
            if (newline >= 0) {
                pos = newline + 1;
                return finish(partial, partialLength, length, false);
            }
        }
    }

    private byte[] finish(byte @Nullable [] line, int lineLength, long length, boolean tooLong) {
        lineNumber++;
        if (tooLong) {
            lastLength = length;
            return EMPTY;
        }
        byte[] trimmed = trimCr(line, lineLength);
        if (trimmed.length > maxLineBytes) { // no \r to trim: one byte over
            lastLength = trimmed.length;
            return EMPTY;
        }
        lastLength = -1;
        return trimmed;
    }

    /** Whether the line last returned was longer than the maximum (and was returned empty). */
    boolean lastLineTooLong() {
        return lastLength >= 0;
    }

    /** The length in bytes of the line last returned when it was too long. */
    long lastLength() {
        return lastLength;
    }

    /** The number of the line last returned by {@link #readLine()}, from 1; 0 before the first. */
    long lineNumber() {
        return lineNumber;
    }

    private int indexOfNewline() {
        for (int i = pos; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private static byte[] trimCr(byte[] line, int length) {
        int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return n == line.length ? line : Arrays.copyOf(line, n);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

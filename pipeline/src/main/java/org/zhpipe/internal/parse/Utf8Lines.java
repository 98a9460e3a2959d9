package org.zhpipe.internal.parse;

import java.util.Arrays;

/**
 * The one line scanner of the data-file readers (word lists, stopword lists, IDF tables, vocabularies, OpenCC
 * dictionaries, the HMM, evaluation files): the UTF-8 bytes of a whole file, decoded strictly, one line at a time
 * into a reused {@code char} buffer, so a large bundled file is read without a {@code String} per line.
 * <ul>
 *   <li>{@link #anyBreak}, for text files people write (word lists, stopword lists, IDF tables): a line ends at LF,
 *       CR or CR LF, as {@code BufferedReader.readLine} has it, and a NUL byte is an error (UTF-16 or binary data).</li>
 *   <li>{@link #lfBreak}, for OpenCC's dictionaries and zhpipe's vocabularies, read as OpenCC reads its files: a
 *       line ends at LF, a CR just before it dropped; every other char, a lone CR or NUL included, is data.</li>
 *   <li>A last line without a line break counts ({@link #broken()} tells); a file's final break does not start an
 *       empty line.</li>
 *   <li>A byte order mark at the start of the file is dropped.</li>
 *   <li>Bytes that are not well-formed UTF-8 are an error naming the line, made by the reader's {@link Errors} so
 *       each reader throws its own exception with its own advice.</li>
 * </ul>
 * Not thread-safe: one scanner per read.
 *
 * <pre>{@code
 * Utf8Lines lines = Utf8Lines.anyBreak(bytes, (line, problem) -> new DictionaryException(name, line, problem));
 * while (lines.next()) {
 *     parse(lines.chars(), lines.length(), lines.number());
 * }
 * }</pre>
 */
public final class Utf8Lines {
    /** Makes a reader's exception for a problem on a line. */
    @FunctionalInterface
    public interface Errors {
        /**
         * @param line    the 1-based line number
         * @param problem what is wrong, in plain words, without file or line
         */
        RuntimeException at(int line, String problem);
    }

    /** The problem text for bytes that are not UTF-8; readers may add their advice after it. */
    public static final String NOT_UTF8 = "not valid UTF-8";
    /** The problem text for a NUL byte. */
    public static final String NUL = "a NUL byte, so this is not a text file in UTF-8 (is it UTF-16 or binary?)";

    private final byte[] bytes;
    private final int end;
    private final boolean crBreaks;
    private final Errors errors;
    private char[] line = new char[256];
    private int length;
    private int number;
    private int pos;
    private boolean broken;

    private Utf8Lines(byte[] bytes, boolean crBreaks, Errors errors) {
        this.bytes = bytes;
        this.end = bytes.length;
        this.crBreaks = crBreaks;
        this.errors = errors;
        this.pos = end >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    }

    /** Lines ending at LF, CR or CR LF; a NUL byte is an error. */
    public static Utf8Lines anyBreak(byte[] bytes, Errors errors) {
        return new Utf8Lines(bytes, true, errors);
    }

    /** Lines ending at LF; a CR just before the LF is not part of the line; NUL is data. */
    public static Utf8Lines lfBreak(byte[] bytes, Errors errors) {
        return new Utf8Lines(bytes, false, errors);
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the file
     * @throws RuntimeException from {@link Errors} when the line is not UTF-8 or holds a NUL byte
     */
    public boolean next() {
        if (pos >= end) {
            return false;
        }
        number++;
        byte[] b = bytes;
        char[] out = line;
        int o = 0;
        int i = pos;
        broken = false;
        while (i < end) {
            if (o + 2 > out.length) {
                // UTF-8 gives at most two chars per sequence
                out = line = Arrays.copyOf(out, out.length * 2);
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                if (c <= '\r') {
                    if (c == '\n') {
                        broken = true;
                        if (!crBreaks && o > 0 && out[o - 1] == '\r') {
                            o--;
                        }
                        break;
                    }
                    if (c == '\r' && crBreaks) {
                        broken = true;
                        if (i < end && b[i] == '\n') {
                            i++;
                        }
                        break;
                    }
                    if (c == 0 && crBreaks) {
                        throw errors.at(number, NUL);
                    }
                }
                out[o++] = (char) c;
            } else {
                int n = Utf8.decode(b, i, end, out, o);
                if (n == 0) {
                    throw errors.at(number, NOT_UTF8);
                }
                i += n;
                o += n == 4 ? 2 : 1;
            }
        }
        pos = i;
        length = o;
        return true;
    }

    /** The current line's chars, {@code [0, length())}; valid until {@link #next()}, and the caller may change them. */
    public char[] chars() {
        return line;
    }

    /** The number of chars of the current line, without its line break. */
    public int length() {
        return length;
    }

    /** The 1-based number of the current line; 0 before the first. */
    public int number() {
        return number;
    }

    /** Whether the current line ended with a line break (false only for a last line without one). */
    public boolean broken() {
        return broken;
    }

    /** The current line as a string. */
    public String line() {
        return new String(line, 0, length);
    }
}

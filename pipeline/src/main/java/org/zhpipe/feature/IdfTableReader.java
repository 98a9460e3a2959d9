package org.zhpipe.feature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.zhpipe.text.LineChars;
import org.zhpipe.text.Utf8;

/**
 * Reads IDF tables in jieba's format ({@code jieba/analyse/idf.txt}): one entry per line, a term, white space and a
 * decimal number.
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; a line ends at LF, CR or CR LF; a last line without one counts.</li>
 *   <li>Each line is stripped of white space ({@link Character#isWhitespace}) at both ends; blank lines and lines
 *       whose first character is then {@code #} are skipped.</li>
 *   <li>The last white-space-separated field is the value; the term is everything before it, stripped, spaces
 *       inside kept as they are ({@code New York 7.5} is the term {@code New York}).</li>
 *   <li>The value is a decimal number, {@code [+-]digits[.digits][e[+-]digits]}, read to the nearest double as
 *       Python's {@code float()} reads it (jieba's loader); it must be finite and not negative.</li>
 * </ul>
 * A line that breaks a rule, and bytes that are not UTF-8, are an {@link IdfTableException} naming the file and line.
 * jieba's loader reads the same files to the same values (it is stricter: one space exactly, no comments, no blank
 * lines). Stateless; thread-safe.
 */
final class IdfTableReader {
    /** The hint of the format errors. */
    static final String FORMAT = "each line is a term, a space and a number such as \"人工智能 9.8\"";
    private static final String RANGE = "an IDF is a number of 0 or more, such as 9.8";
    /** Most chars of a term or value quoted in an error message. */
    private static final int QUOTE_LIMIT = 40;
    /** 10^0 to 10^22: the powers of ten a double holds exactly. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private IdfTableReader() {
    }

    /** The entries of {@code file}, in file order, duplicates kept. */
    static IdfEntries read(Path file) {
        byte[] bytes;
        try {
            bytes = org.zhpipe.resource.DataFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new IdfTableException(file + ": no such file; check the path (relative paths are resolved "
                    + "against the working directory)", e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new IdfTableException(file + ": is a directory; give the path of an IDF table file", e);
            }
            throw new IdfTableException(file + ": cannot read: " + e.getMessage(), e);
        }
        return read(bytes, file.toString());
    }

    /** The entries read from {@code in}; {@code name} is used in error messages. */
    static IdfEntries read(InputStream in, String name) {
        try {
            return read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new IdfTableException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The entries of the UTF-8 bytes of a table, read in one pass: each line decoded (strictly: malformed bytes are
     * an error naming their line) into a buffer and parsed as it ends, its term going to the entries' char pool: no
     * string per line. The bundled table of 270k lines is read in a fresh JVM, before the JIT has compiled much.
     */
    static IdfEntries read(byte[] bytes, String name) {
        int n = bytes.length;
        // jieba's table: 23 bytes and 2.7 chars of term per line
        IdfEntries entries = new IdfEntries(n / 16, n / 8);
        char[] line = new char[256];
        int o = 0;
        int lineNumber = 1;
        for (int i = 0; i < n; ) {
            if (o + 2 > line.length) {
                // UTF-8 gives at most two chars per sequence
                line = Arrays.copyOf(line, line.length * 2);
            }
            int b = bytes[i];
            if (b >= 0) {
                i++;
                if (b == '\n' || b == '\r') {
                    if (b == '\r' && i < n && bytes[i] == '\n') {
                        i++;
                    }
                    parseLine(line, o, entries, name, lineNumber++);
                    o = 0;
                    continue;
                }
                line[o++] = (char) b;
            } else {
                int length = Utf8.decode(bytes, i, n, line, o);
                if (length == 0) {
                    throw notUtf8(name, lineNumber);
                }
                i += length;
                o += length == 4 ? 2 : 1;
            }
        }
        if (o > 0) {
            parseLine(line, o, entries, name, lineNumber);
        }
        if (entries.size == 0) {
            throw new IdfTableException(name + ": the IDF table is empty; " + FORMAT);
        }
        return entries;
    }

    private static IdfTableException notUtf8(String name, int lineNumber) {
        return new IdfTableException(name + ":" + lineNumber + ": not valid UTF-8; save the IDF table as UTF-8");
    }

    /** Adds the entry of the line {@code text[0, end)} to {@code entries}, unless it is blank or a comment. */
    private static void parseLine(char[] text, int end, IdfEntries entries, String name, int lineNumber) {
        int start = lineNumber == 1 && end > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int s = LineChars.stripStart(text, start, end);
        int e = LineChars.stripEnd(text, s, end);
        if (s == e || text[s] == '#') {
            return;
        }
        // the value is after the last white space; text[s] is not white space
        int space = e - 1;
        while (space > s && !LineChars.isWhitespace(text[space])) {
            space--;
        }
        if (space == s) {
            throw error(name, lineNumber, quote(text, s, e) + " has no IDF value", FORMAT);
        }
        int termEnd = LineChars.stripEnd(text, s, space);
        double value = number(text, space + 1, e);
        if (Double.isNaN(value)) {
            if (isNonFinite(text, space + 1, e)) {
                throw error(name, lineNumber, "the IDF value " + quote(text, space + 1, e) + " is not finite", RANGE);
            }
            throw error(name, lineNumber, "the IDF value " + quote(text, space + 1, e) + " is not a number", FORMAT);
        }
        if (Double.isInfinite(value)) {
            throw error(name, lineNumber, "the IDF value " + quote(text, space + 1, e) + " is too large", RANGE);
        }
        if (value < 0) {
            throw error(name, lineNumber, "the IDF value " + quote(text, space + 1, e) + " is negative", RANGE);
        }
        // + 0.0 turns -0.0 into 0.0: no sign to tell apart when sorting for the median
        entries.add(text, s, termEnd, value + 0.0);
    }

    /**
     * The decimal number {@code text[from, to)}, {@code [+-]digits[.digits][(e|E)[+-]digits]} with digits on at
     * least one side of the point, rounded to the nearest double; NaN when it is not one. Python's {@code float()}
     * and {@link Double#parseDouble} both round correctly, so they agree on every such number. Up to 15 digits and
     * no exponent (all of jieba's values) take Clinger's fast path: the digits as a whole number below 2^53 divided
     * by an exact power of ten, one correctly rounded operation; the rest go to {@link Double#parseDouble}.
     */
    static double number(char[] text, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (text[i] == '+' || text[i] == '-')) {
            negative = text[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        for (; i < to; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                }
                digits++;
                if (point) {
                    fraction++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        boolean exponent = i < to;
        if (exponent) {
            if (text[i] != 'e' && text[i] != 'E') {
                return Double.NaN;
            }
            i++;
            if (i < to && (text[i] == '+' || text[i] == '-')) {
                i++;
            }
            if (i == to) {
                return Double.NaN;
            }
            for (; i < to; i++) {
                if (text[i] < '0' || text[i] > '9') {
                    return Double.NaN;
                }
            }
        }
        if (!exponent && digits <= 15) {
            double value = mantissa / POWERS_OF_TEN[fraction];
            return negative ? -value : value;
        }
        return Double.parseDouble(new String(text, from, to - from));
    }

    /** Whether {@code text[from, to)} is a word Python's {@code float()} reads as infinity or NaN. */
    private static boolean isNonFinite(char[] text, int from, int to) {
        if (from < to && (text[from] == '+' || text[from] == '-')) {
            from++;
        }
        String word = new String(text, from, to - from);
        return word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity") || word.equalsIgnoreCase("nan");
    }

    /** {@code text[from, to)} in quotes, cut after {@value #QUOTE_LIMIT} chars (never inside a surrogate pair). */
    private static String quote(char[] text, int from, int to) {
        if (to - from <= QUOTE_LIMIT) {
            return "\"" + new String(text, from, to - from) + "\"";
        }
        int cut = from + QUOTE_LIMIT;
        if (Character.isLowSurrogate(text[cut]) && Character.isHighSurrogate(text[cut - 1])) {
            cut--;
        }
        return "\"" + new String(text, from, cut - from) + "…\"";
    }

    private static IdfTableException error(String name, int line, String problem, String hint) {
        return new IdfTableException(name + ":" + line + ": " + problem + "; " + hint);
    }
}

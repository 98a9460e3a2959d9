package org.zhpipe.feature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.zhpipe.internal.parse.LineChars;
import org.zhpipe.internal.parse.Decimals;
import org.zhpipe.internal.parse.Utf8Lines;

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
    private IdfTableReader() {
    }

    /** The entries of {@code file}, in file order, duplicates kept. */
    static IdfEntries read(Path file) {
        byte[] bytes;
        try {
            bytes = org.zhpipe.resource.DataFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new IdfTableException(file.toString(), 0, "no such file; check the path (a relative path is read from t"
                    + "he folder of the spec file that names it)", e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new IdfTableException(file.toString(), 0, "is a directory; give the path of an IDF table file", e);
            }
            throw new IdfTableException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        return read(bytes, file.toString());
    }

    /** The entries read from {@code in}; {@code name} is used in error messages. */
    static IdfEntries read(InputStream in, String name) {
        try {
            return read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new IdfTableException(name, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The entries of the UTF-8 bytes of a table, read line by line ({@link Utf8Lines}: strict, no string per line),
     * each term going to the entries' char pool. The bundled table of 270k lines is read in a fresh JVM, before the
     * JIT has compiled much.
     */
    static IdfEntries read(byte[] bytes, String name) {
        // jieba's table: 23 bytes and 2.7 chars of term per line
        IdfEntries entries = new IdfEntries(bytes.length / 16, bytes.length / 8);
        Utf8Lines lines = Utf8Lines.anyBreak(bytes, (line, problem) -> new IdfTableException(name, line,
                problem + "; save the IDF table as UTF-8"));
        while (lines.next()) {
            parseLine(lines.chars(), lines.length(), entries, name, lines.number());
        }
        if (entries.size == 0) {
            throw new IdfTableException(name, 0, "the IDF table is empty; " + FORMAT);
        }
        return entries;
    }

    /** Adds the entry of the line {@code text[0, end)} to {@code entries}, unless it is blank or a comment. */
    private static void parseLine(char[] text, int end, IdfEntries entries, String name, int lineNumber) {
        int s = LineChars.stripStart(text, 0, end);
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
        double value = Decimals.parse(text, space + 1, e);
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
        return new IdfTableException(name, line, problem + "; " + hint);
    }
}

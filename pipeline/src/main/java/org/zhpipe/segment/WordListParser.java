package org.zhpipe.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.zhpipe.internal.parse.LineChars;
import org.zhpipe.internal.parse.Utf8Lines;

/**
 * Reads word lists in jieba's format, one entry per line: {@code word [frequency [tag]]} or {@code word tag}, UTF-8
 * with or without a BOM; blank lines and lines starting with {@code #} are skipped.
 * <ul>
 *   <li>With a TAB on the line, fields are TAB-separated, so a word may contain spaces:
 *       {@code New York<TAB>50<TAB>ns}.</li>
 *   <li>Otherwise fields are separated by spaces and read from the right: a last field that is a whole number is the
 *       frequency; a last field after such a number is the tag; a last field that is one of the known tags (those of
 *       the bundled dictionary) is the tag. The rest of the line is the word, spaces included: {@code New York ns}
 *       → word {@code New York}, tag {@code ns}; {@code machine learning} → one word. A last field written as a
 *       number that is not a whole one of 0 or more ({@code -5}, {@code 1.5}, {@code 1e400}, {@code NaN}), or such a
 *       field before a tag ({@code 云计算 -5 n}), is an error, not part of the word.</li>
 * </ul>
 * Errors name the file and line: bytes that are not UTF-8, NUL bytes (UTF-16 or binary data), bad fields; a file
 * ({@link #parse(Path)}) without a word is an error too. Stateless; thread-safe.
 */
public final class WordListParser {
    /** The largest frequency: 10^15, so that sums over a dictionary stay far from overflowing. */
    private static final long MAX_FREQUENCY = 1_000_000_000_000_000L;
    private final Set<String> knownTags;

    /** @param knownTags tags recognized without a frequency before them */
    public WordListParser(Set<String> knownTags) {
        this.knownTags = Set.copyOf(knownTags);
    }

    /** Reads {@code file}; a file without a word is an error, as it is surely not the file meant. */
    public List<WordEntry> parse(Path file) {
        return read(file).entries();
    }

    /** Reads a word list from {@code in}; {@code name} is used in error messages. */
    public List<WordEntry> parse(InputStream in, String name) {
        return read(in, name).entries();
    }

    /** Reads {@code file} into parallel arrays; a file without a word is an error. */
    WordList read(Path file) {
        byte[] bytes;
        try {
            bytes = org.zhpipe.resource.DataFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new DictionaryException(file.toString(), 0, "no such file; check the path (a relative path is read from t"
                    + "he folder of the spec file that names it)");
        } catch (IOException e) {
            throw new DictionaryException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        WordList list = read(bytes, file.toString());
        if (list.size() == 0) {
            throw new DictionaryException(file.toString(), 0, "no words: the file is empty or holds only blank lines and "
                    + "comments; a word list has one entry per line: word [frequency [tag]]");
        }
        return list;
    }

    /** Reads a word list from {@code in} into parallel arrays; {@code name} is used in error messages. */
    WordList read(InputStream in, String name) {
        byte[] bytes;
        try {
            bytes = readAll(in);
        } catch (IOException e) {
            throw new DictionaryException(name, 0, "cannot read: " + e.getMessage(), e);
        }
        return read(bytes, name);
    }

    /**
     * All bytes of {@code in}, read into one array sized by {@link InputStream#available()} (the whole size for a
     * file or a jar entry), so that a class path resource is inflated in a few large steps, without the copies of
     * {@link InputStream#readAllBytes()}.
     */
    static byte[] readAll(InputStream in) throws IOException {
        byte[] bytes = new byte[Math.max(in.available(), 8192)];
        int n = 0;
        for (; ; ) {
            int r = in.read(bytes, n, bytes.length - n);
            if (r < 0) {
                return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
            }
            n += r;
            if (n == bytes.length) {
                int b = in.read();
                if (b < 0) {
                    return bytes;
                }
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
                bytes[n++] = (byte) b;
            }
        }
    }

    /**
     * Reads the UTF-8 bytes of a word list line by line ({@link Utf8Lines}: strict, no string per line), each line's
     * word going to the list's char pool. A bundled list of 350k lines is read in a fresh JVM, before the JIT has
     * compiled much.
     */
    WordList read(byte[] bytes, String name) {
        // room for the words (a third of a bundled list's chars) and the entries, grown if need be
        WordList list = new WordList(bytes.length / 10, bytes.length / 4);
        Utf8Lines lines = Utf8Lines.anyBreak(bytes, (line, problem) -> new DictionaryException(name, line,
                problem + "; save the word list as UTF-8"));
        while (lines.next()) {
            parseLine(lines.chars(), lines.length(), list, name, lines.number());
        }
        return list;
    }

    /**
     * Adds the entry of the line {@code text[0, end)} to {@code list}, unless it is blank or a comment;
     * {@code tab}, {@code tab2} and {@code tab3} are where its first three TABs are, {@code doubleSpace} where it first
     * has two spaces in a row, or -1. One method for both forms of line (see the class comment): the JIT compiles it
     * once, on its own, rather than into the decoding loop that calls it.
     */
    private void parseLine(char[] text, int end, WordList list, String name, int lineNumber) {
        int s = LineChars.stripStart(text, 0, end);
        int e = LineChars.stripEnd(text, s, end);
        if (s == e || text[s] == '#') {
            return;
        }
        int tab = indexOf(text, '\t', s, e);
        int tab2 = tab < 0 ? -1 : indexOf(text, '\t', tab + 1, e);
        int tab3 = tab2 < 0 ? -1 : indexOf(text, '\t', tab2 + 1, e);
        int doubleSpace = -1;
        for (int i = s + 1; i < e; i++) {
            if (text[i] == ' ' && text[i - 1] == ' ') {
                doubleSpace = i;
                break;
            }
        }
        // the word [s, wordEnd), its frequency and the tag [tagFrom, tagTo), absent when -1
        int wordEnd = e;
        long frequency = WordEntry.NO_FREQUENCY;
        int tagFrom = -1;
        int tagTo = -1;
        if (tab >= 0 && tab < e) {
            // word<TAB>frequency<TAB>tag, each field stripped; TABs in the trailing whitespace separate nothing
            if (tab3 >= 0 && tab3 < e) {
                throw error(name, lineNumber, "more than three TAB-separated fields",
                        "use word<TAB>frequency<TAB>tag");
            }
            int fieldEnd = tab2 >= 0 && tab2 < e ? tab2 : e;
            wordEnd = LineChars.stripEnd(text, s, tab);
            if (wordEnd == s) {
                throw error(name, lineNumber, "no word before the frequency", "a line is: word [frequency [tag]]");
            }
            int freqFrom = LineChars.stripStart(text, tab + 1, fieldEnd);
            int freqTo = LineChars.stripEnd(text, freqFrom, fieldEnd);
            if (freqFrom < freqTo) {
                frequency = frequency(number(text, freqFrom, freqTo), text, freqFrom, freqTo, name, lineNumber);
            }
            if (fieldEnd < e) {
                tagFrom = LineChars.stripStart(text, fieldEnd + 1, e);
                tagTo = LineChars.stripEnd(text, tagFrom, e);
                if (tagFrom == tagTo) {
                    tagFrom = -1;
                }
            }
        } else {
            // fields separated by runs of spaces, read from the right
            int last = lastIndexOf(text, ' ', s, e) + 1;
            if (last > s) {
                int beforeLast = last - 1;
                while (text[beforeLast - 1] == ' ') {
                    beforeLast--;
                }
                long number = number(text, last, e);
                if (number >= 0) {
                    frequency = frequency(number, text, last, e, name, lineNumber);
                    wordEnd = beforeLast;
                } else {
                    if (looksNumeric(text, last, e)) {
                        // -5, 1e400, NaN: meant as a frequency, not as part of the word
                        throw frequencyError(text, last, e, name, lineNumber);
                    }
                    int previous = lastIndexOf(text, ' ', s, beforeLast) + 1;
                    number = previous > s ? number(text, previous, beforeLast) : -1;
                    if (number < 0 && previous > s && isLetters(text, last, e)
                            && looksNumeric(text, previous, beforeLast)) {
                        // word -5 n: a bad frequency before a tag
                        throw frequencyError(text, previous, beforeLast, name, lineNumber);
                    }
                    if (number >= 0) {
                        tagFrom = last;
                        tagTo = e;
                        frequency = frequency(number, text, previous, beforeLast, name, lineNumber);
                        wordEnd = previous - 1;
                        while (text[wordEnd - 1] == ' ') {
                            wordEnd--;
                        }
                    } else if (!knownTags.isEmpty() && knownTags.contains(new String(text, last, e - last))) {
                        tagFrom = last;
                        tagTo = e;
                        wordEnd = beforeLast;
                    }
                }
                if (doubleSpace >= 0 && doubleSpace < wordEnd) {
                    wordEnd = collapseSpaces(text, s, wordEnd);
                }
            }
        }
        list.add(text, s, wordEnd, frequency, tagFrom < 0 ? -1 : list.tagId(text, tagFrom, tagTo));
    }

    /**
     * Joins the parts of the word {@code text[s, wordEnd)} with one space each, in place (it only gets shorter, and
     * what follows it on the line has been read); returns its new end.
     */
    private static int collapseSpaces(char[] text, int s, int wordEnd) {
        int to = s;
        char previous = 0;
        for (int i = s; i < wordEnd; i++) {
            char c = text[i];
            if (c != ' ' || previous != ' ') {
                text[to++] = c;
            }
            previous = c;
        }
        return to;
    }

    /**
     * The whole number {@code text[from, to)}, or -1 when it is not one; larger than {@link #MAX_FREQUENCY} when it
     * is (no more precisely, however many digits: the frequency is then too large).
     */
    private static long number(char[] text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = Math.min(value * 10 + digit, MAX_FREQUENCY + 1);
        }
        return value;
    }

    /**
     * The frequency written {@code text[from, to)}, whose {@link #number} is {@code number}: an error naming the line
     * when that is not a whole number or too large.
     */
    private static long frequency(long number, char[] text, int from, int to, String name, int lineNumber) {
        if (number < 0) {
            throw frequencyError(text, from, to, name, lineNumber);
        }
        if (number > MAX_FREQUENCY) {
            throw error(name, lineNumber, "frequency " + new String(text, from, to - from) + " is too large",
                    "use at most 10^15");
        }
        return number;
    }

    /** The error for {@code text[from, to)}, written where a frequency goes but not a whole number of 0 or more. */
    private static DictionaryException frequencyError(char[] text, int from, int to, String name, int lineNumber) {
        String written = new String(text, from, to - from);
        String hint = "write a count such as 100, or leave it out to let the word win";
        if (isNonFinite(written)) {
            return error(name, lineNumber, "frequency \"" + written + "\" is not a number", hint);
        }
        if (looksNumeric(text, from, to) && text[from] == '-' && !isZero(text, from + 1, to)) {
            return error(name, lineNumber, "frequency \"" + written + "\" is negative", hint);
        }
        String note = looksNumeric(text, from, to) ? " (a word that ends in a number, such as \"Python 3.8\", "
                + "needs a frequency after it, or TABs between the fields)" : "";
        return error(name, lineNumber, "frequency \"" + written + "\" is not a whole number", hint + note);
    }

    /**
     * Whether {@code text[from, to)} is written as a number, though perhaps not a whole one: a decimal number
     * {@code [+-]digits[.digits][(e|E)[+-]digits]} (digits on at least one side of the point), or NaN or infinity in
     * the spellings of Java's and Python's number parsers ({@code NaN}, {@code inf}, {@code Infinity}, any case,
     * signed).
     */
    static boolean looksNumeric(char[] text, int from, int to) {
        int i = from;
        if (i < to && (text[i] == '+' || text[i] == '-')) {
            i++;
        }
        if (isNonFinite(new String(text, i, to - i))) {
            return true;
        }
        int digits = 0;
        boolean point = false;
        for (; i < to; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < to && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            if (i < to && (text[i] == '+' || text[i] == '-')) {
                i++;
            }
            int exponentDigits = 0;
            for (; i < to && text[i] >= '0' && text[i] <= '9'; i++) {
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == to;
    }

    private static boolean isNonFinite(String word) {
        String w = word.startsWith("+") || word.startsWith("-") ? word.substring(1) : word;
        return w.equalsIgnoreCase("nan") || w.equalsIgnoreCase("inf") || w.equalsIgnoreCase("infinity");
    }

    /** Whether {@code text[from, to)} holds no digit but 0 (so {@code -0} and {@code -0.0} are not negative). */
    private static boolean isZero(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[from, to)} is one or more ASCII letters, as tags are. */
    private static boolean isLetters(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return from < to;
    }

    private static int indexOf(char[] text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(char[] text, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static DictionaryException error(String name, int line, String problem, String hint) {
        return new DictionaryException(name, line, problem + "; " + hint);
    }
}

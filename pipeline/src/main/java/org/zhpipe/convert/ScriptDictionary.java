package org.zhpipe.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhpipe.internal.parse.Utf8Lines;

/**
 * A dictionary as OpenCC 1.4.1's build scripts read it ({@code data/scripts/common.py}, class {@code Dict}), which
 * is not quite how the converter reads it: lines split at LF, CRLF or CR; comment lines start with {@code #}; lines
 * of white space only are skipped; the key ends at the first tab and values are separated by single spaces.
 * {@code # @reverse-prefer: X [Y]} comments name the value {@code Y} (or {@code X}) to put first when the table is
 * reversed. Immutable after reading.
 */
final class ScriptDictionary {
    static final String REVERSE_PREFERENCE = "# @reverse-prefer:";

    /** A dictionary line: key, values, 1-based line number. */
    record Entry(String key, List<String> values, int line) {
    }

    /** Python's string order: by code point (Java's {@link String#compareTo} is by UTF-16 unit). */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return fixUp(x) - fixUp(y);
            }
        }
        return a.length() - b.length();
    };

    final String fileName;
    final List<Entry> entries;
    /** Reversed key (a value here) → the original key to put first. */
    final Map<String, String> reversePreferences;

    private ScriptDictionary(String fileName, List<Entry> entries, Map<String, String> reversePreferences) {
        this.fileName = fileName;
        this.entries = entries;
        this.reversePreferences = reversePreferences;
    }

    static ScriptDictionary parse(String fileName, byte[] bytes) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> preferences = new LinkedHashMap<>();
        List<String> lines = lines(fileName, bytes);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String text = stripLineEnd(line);
            if (text.startsWith(REVERSE_PREFERENCE)) {
                List<String> fields = splitWhitespace(text.substring(REVERSE_PREFERENCE.length()));
                if (fields.size() != 1 && fields.size() != 2) {
                    throw new OpenccConfigException(fileName, (i + 1), "invalid reverse preference \""
                            + text + "\"; write " + REVERSE_PREFERENCE + " VALUE [KEY]");
                }
                preferences.put(fields.get(0), fields.get(fields.size() - 1));
            }
            if (line.startsWith("#") || isBlank(line)) {
                continue;
            }
            int tab = text.indexOf('\t');
            if (tab < 0) {
                throw new OpenccConfigException(fileName, (i + 1), "no tab after the key in \"" + text
                        + "\"; write key<TAB>value1 value2 ...");
            }
            entries.add(new Entry(text.substring(0, tab), List.of(text.substring(tab + 1).split(" ", -1)), i + 1));
        }
        return new ScriptDictionary(fileName, List.copyOf(entries), preferences);
    }

    /**
     * The file's lines as Python's text mode reads them: universal newlines, each ending in LF except the last. A
     * byte order mark is dropped and a NUL byte is an error ({@link Utf8Lines#anyBreak}).
     */
    static List<String> lines(String fileName, byte[] bytes) {
        Utf8Lines scanner = Utf8Lines.anyBreak(bytes, (line, problem) -> new OpenccConfigException(fileName, line,
                problem + "; save it as UTF-8"));
        List<String> lines = new ArrayList<>();
        while (scanner.next()) {
            lines.add(scanner.broken() ? scanner.line() + "\n" : scanner.line());
        }
        return lines;
    }

    /** {@code line.rstrip('\r\n')}. */
    static String stripLineEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** Python's {@code str.isspace} for one char. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR || c == '\u0085';
    }

    /** {@code not s.strip()}. */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code str.split()}: runs of white space separate, no empty fields. */
    static List<String> splitWhitespace(String s) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                fields.add(s.substring(start, i));
            }
        }
        return fields;
    }

    /** Python's {@code str.splitlines()}. */
    static List<String> splitLines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u001C'
                    || c == '\u001D' || c == '\u001E' || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (lineBreak) {
                lines.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    /** Code point order for UTF-16 units: surrogates sort after U+E000-U+FFFF. */
    private static int fixUp(char c) {
        if (c >= '\uD800') {
            return c >= '\uE000' ? c - 0x800 : c + 0x2000;
        }
        return c;
    }
}

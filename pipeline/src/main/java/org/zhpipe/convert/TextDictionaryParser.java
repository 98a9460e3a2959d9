package org.zhpipe.convert;

import java.util.Arrays;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.zhpipe.internal.parse.Utf8Lines;
import org.zhpipe.internal.trie.DoubleArrayTrie;
import org.zhpipe.internal.trie.KeyRanges;

/**
 * Reads an OpenCC text dictionary as OpenCC 1.4.1 does ({@code Lexicon::ParseLexiconFromBuffer} and
 * {@code TextDict::NewFromBuffer}): UTF-8 with an optional BOM; one entry per line, {@code key<TAB>value1 value2 ...}
 * with values separated by single spaces, the first being the one conversion uses (it may be empty: the key is then
 * deleted); empty lines and lines starting with {@code #} (comments, including annotations such as
 * {@code # @tofu-risk:}) are skipped; a CR before the LF is dropped, and a CR or NUL inside a line ends it. Keys must
 * be unique.
 *
 * <p>Stricter than OpenCC in two places, both reported as errors: an empty key (OpenCC loads it and then loops
 * forever on the empty match) and bytes that are not UTF-8.
 */
final class TextDictionaryParser {
    private TextDictionaryParser() {
    }

    /**
     * Parses a dictionary.
     *
     * @param name     the name inspection reports (the file name)
     * @param location how errors name the file (a path)
     */
    static DictionaryTable parse(String name, String location, byte[] bytes) {
        Utf8Lines scanner = Utf8Lines.lfBreak(bytes, (line, problem) -> new OpenccConfigException(location, line,
                problem + "; save the dictionary as UTF-8"));
        // the entries' keys and values, as ranges of one pool of chars
        char[] text = new char[Math.max(16, bytes.length / 2)];
        int n = 0;
        int capacity = Math.max(16, bytes.length / 16);
        int[] keyFrom = new int[capacity];
        int[] keyTo = new int[capacity];
        int[] valueFrom = new int[capacity];
        int[] valueTo = new int[capacity];
        int[] lines = new int[capacity];
        int count = 0;
        while (scanner.next()) {
            int lineNumber = scanner.number();
            int pos = n;
            int end = n + scanner.length();
            if (end > text.length) {
                text = Arrays.copyOf(text, Math.max(end, text.length * 2));
            }
            System.arraycopy(scanner.chars(), 0, text, pos, end - pos);
            if (end > pos && text[pos] != '#') {
                int tab = -1;
                int stop = end;
                for (int i = pos; i < end; i++) {
                    char c = text[i];
                    if (c == '\t') {
                        tab = i;
                        break;
                    }
                    if (c == '\r' || c == '\0') {
                        stop = i;
                        break;
                    }
                }
                if (tab < 0) {
                    if (stop > pos) {
                        throw new OpenccConfigException(location, lineNumber, "no tab after the key in \""
                                + new String(text, pos, stop - pos) + "\"; write key<TAB>value1 value2 ..., or start"
                                + " the line with # to make it a comment");
                    }
                } else {
                    if (tab == pos) {
                        throw new OpenccConfigException(location, lineNumber,
                                "the line starts with a tab, so its key is empty; write key<TAB>value1 value2 ...");
                    }
                    int valueEnd = tab + 1;
                    while (valueEnd < end) {
                        char c = text[valueEnd];
                        if (c == ' ' || c == '\r' || c == '\0') {
                            break;
                        }
                        valueEnd++;
                    }
                    if (count == keyFrom.length) {
                        keyFrom = Arrays.copyOf(keyFrom, count * 2);
                        keyTo = Arrays.copyOf(keyTo, count * 2);
                        valueFrom = Arrays.copyOf(valueFrom, count * 2);
                        valueTo = Arrays.copyOf(valueTo, count * 2);
                        lines = Arrays.copyOf(lines, count * 2);
                    }
                    keyFrom[count] = pos;
                    keyTo[count] = tab;
                    valueFrom[count] = tab + 1;
                    valueTo[count] = valueEnd;
                    lines[count] = lineNumber;
                    count++;
                    n = valueEnd;
                }
            }
        }
        return compile(name, location, new KeyRanges(text, keyFrom, keyTo, count),
                new KeyRanges(text, valueFrom, valueTo, count), lines);
    }

    /** The table of an inline dictionary's entries. */
    static DictionaryTable compile(String name, String location, String[] keys, String[] values) {
        return compile(name, location, KeyRanges.of(keys), KeyRanges.of(values), null);
    }

    /**
     * Sorts entries given in any order; a duplicate key is an error naming both lines ({@code lines} is null when
     * entries have no lines, as in inline dictionaries).
     */
    private static DictionaryTable compile(String name, String location, KeyRanges keys, KeyRanges values,
                                           int @Nullable [] lines) {
        int count = keys.count;
        if (!keys.isSorted()) {
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            final KeyRanges unsorted = keys;
            Arrays.sort(order, new Comparator<Integer>() {
                @Override
                public int compare(Integer a, Integer b) {
                    return unsorted.compare(a, b);
                }
            });
            keys = permute(keys, order);
            values = permute(values, order);
            if (lines != null) {
                int[] sortedLines = new int[count];
                for (int i = 0; i < count; i++) {
                    sortedLines[i] = lines[order[i]];
                }
                lines = sortedLines;
            }
        }
        for (int i = 0; i < count; i++) {
            if (i > 0 && keys.compare(i - 1, i) == 0) {
                int line = lines == null ? 0 : Math.max(lines[i], lines[i - 1]);
                String first = lines == null ? "" : " (first on line " + Math.min(lines[i], lines[i - 1]) + ")";
                throw new OpenccConfigException(location, line, "duplicate key \"" + keys.key(i) + "\"" + first
                        + "; keep one entry per key, with all its values on that line");
            }
            if (keys.length(i) > DoubleArrayTrie.MAX_KEY_LENGTH) {
                throw new OpenccConfigException(location, lines == null ? 0 : lines[i], "key longer than "
                        + DoubleArrayTrie.MAX_KEY_LENGTH + " chars; shorten it");
            }
        }
        return new DictionaryTable(name, keys.compact(), values.compact());
    }

    private static KeyRanges permute(KeyRanges ranges, Integer[] order) {
        int[] from = new int[ranges.count];
        int[] to = new int[ranges.count];
        for (int i = 0; i < ranges.count; i++) {
            from[i] = ranges.from[order[i]];
            to[i] = ranges.to[order[i]];
        }
        return new KeyRanges(ranges.chars, from, to, ranges.count);
    }
}

package org.zhpipe.quality;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhpipe.text.Scripts;
import org.zhpipe.text.Tokens;

/**
 * Measures a chosen set of {@link QualitySignal}s of one document, each by its definition, computing what several
 * signals share once (the code points, the category counts, the lines). Immutable and thread-safe: every
 * measurement works on its own arrays.
 */
final class QualityMeasurer {
    /** Closing quotes and brackets that may follow a sentence's last mark (terminalLineShare). */
    private static final String CLOSERS = "\"'”’」』）)】》〉»›";
    /** Marks that end a sentence (terminalLineShare). */
    private static final String TERMINALS = "。！？!?….．｡‼⁇⁈⁉﹒﹖﹗";

    private static final java.util.regex.Pattern LINE_RUNS = java.util.regex.Pattern.compile("\n+");
    private static final java.util.regex.Pattern PARAGRAPH_BREAKS = java.util.regex.Pattern.compile("\n{2,}");

    private final EnumSet<QualitySignal> measured;
    private final boolean needsWords;
    private final DatatrovePunctuation punctuation;
    private final Set<String> stopwords;
    private final Set<String> flaggedWords;
    private final Set<String> countedStopwords;

    QualityMeasurer(Set<QualitySignal> measured, DatatrovePunctuation punctuation, Set<String> stopwords,
                    Set<String> flaggedWords, Set<String> countedStopwords) {
        this.measured = measured.isEmpty() ? EnumSet.noneOf(QualitySignal.class) : EnumSet.copyOf(measured);
        this.needsWords = this.measured.stream().anyMatch(QualitySignal::needsWords);
        this.punctuation = punctuation;
        this.stopwords = Set.copyOf(stopwords);
        this.flaggedWords = Set.copyOf(flaggedWords);
        this.countedStopwords = Set.copyOf(countedStopwords);
    }

    /** Whether any measured signal needs tokens. */
    boolean needsWords() {
        return needsWords;
    }

    /**
     * Measures the document: {@code out[from + i]} is the value of the i-th measured signal in
     * {@link QualitySignal} order.
     */
    void measure(String text, @Nullable Tokens tokens, double[] out, int from) {
        Doc doc = new Doc(text);
        List<String> words = null;
        int[] wordLengths = null;
        if (tokens != null && needsWords()) {
            words = tokens.terms();
            wordLengths = new int[words.size()];
            for (int i = 0; i < wordLengths.length; i++) {
                String w = words.get(i);
                wordLengths[i] = w.codePointCount(0, w.length());
            }
        }
        int n = doc.cps.length;
        int i = from;
        for (QualitySignal signal : measured) {
            double v;
            switch (signal) {
                case CHARS -> v = n;
                case HAN_SHARE -> v = share(doc.counts().han, n);
                case LETTER_SHARE -> v = share(doc.counts().letters, n);
                case DIGIT_SHARE -> v = share(doc.counts().digits, n);
                case PUNCTUATION_SHARE -> v = share(doc.counts().punctuation, n);
                case SYMBOL_SHARE -> v = share(doc.counts().symbols, n);
                case WHITESPACE_SHARE -> v = share(doc.counts().whitespace, n);
                case ALNUM_SHARE -> v = share(doc.counts().alnum, n);
                case CWT_HAN_SHARE -> v = share(doc.counts().basicHan, n);
                case TERMINAL_LINE_SHARE -> v = terminalLineShare(doc.lfLines());
                case LINES -> v = doc.pythonLines().size();
                case MEAN_LINE_LENGTH -> {
                    int lines = doc.pythonLines().size();
                    v = lines == 0 ? 0 : (double) n / lines;
                }
                case MAX_LINE_LENGTH -> v = doc.pythonLines().stream().mapToInt(l -> l[1] - l[0]).max().orElse(0);
                case CHAR_REPETITION -> v = doc.rawNgrams().repetitionRatio(10);
                case DUP_LINE_FRACTION, DUP_LINE_CHAR_FRACTION -> {
                    long[] d = duplicates(List.of(LINE_RUNS.split(text, -1)));
                    v = signal == QualitySignal.DUP_LINE_FRACTION ? (double) d[0] / d[2] : share(d[1], n);
                }
                case DUP_PARAGRAPH_FRACTION, DUP_PARAGRAPH_CHAR_FRACTION -> {
                    long[] d = duplicates(List.of(PARAGRAPH_BREAKS.split(pythonStrip(text), -1)));
                    v = signal == QualitySignal.DUP_PARAGRAPH_FRACTION ? (double) d[0] / d[2] : share(d[1], n);
                }
                case CHAR_TOP2GRAM_FRACTION, CHAR_TOP3GRAM_FRACTION, CHAR_TOP4GRAM_FRACTION -> v = share(
                        doc.nonSpaceNgrams().topDuplicateChars(
                                signal.ordinal() - QualitySignal.CHAR_TOP2GRAM_FRACTION.ordinal() + 2), n);
                case CHAR_DUP5GRAM_FRACTION, CHAR_DUP6GRAM_FRACTION, CHAR_DUP7GRAM_FRACTION, CHAR_DUP8GRAM_FRACTION,
                        CHAR_DUP9GRAM_FRACTION, CHAR_DUP10GRAM_FRACTION -> v = share(
                        doc.nonSpaceNgrams().allDuplicateChars(
                                signal.ordinal() - QualitySignal.CHAR_DUP5GRAM_FRACTION.ordinal() + 5), n);
                case LINE_PUNCT_RATIO -> v = linePunctRatio(doc.nonBlankLines());
                case LINE_CHAR_DUP_RATIO -> v = share(duplicates(doc.nonBlankLines())[1], n - doc.lineFeeds());
                case CWT_MEAN_LINE_LENGTH -> v = (double) n / (doc.lineFeeds() + 1);
                case CWT_REPETITION -> v = cwtRepetition(text);
                case UNIQUE_LINE_SHARE -> v = uniqueLineShare(doc.lfLines());
                default -> v = words == null ? 0 : measureWords(signal, doc, words, wordLengths, n);
            }
            out[i++] = v;
        }
    }

    /** One document and what several signals share of it, each computed once, when first asked for. */
    private static final class Doc {
        final String text;
        final int[] cps;
        private @Nullable Counts counts;
        private @Nullable List<int[]> pythonLines;
        private String @Nullable [] lfLines;
        private @Nullable List<String> nonBlankLines;
        private long lineFeeds = -1;
        private @Nullable CodePointNgrams rawNgrams;
        private @Nullable CodePointNgrams nonSpaceNgrams;
        private @Nullable CodePointNgrams spacedWords;
        private @Nullable CodePointNgrams joinedWords;
        int[] spacedBounds = new int[0];
        int[] joinedBounds = new int[0];

        Doc(String text) {
            this.text = text;
            this.cps = text.codePoints().toArray();
        }

        Counts counts() {
            return counts != null ? counts : (counts = Counts.of(cps));
        }

        List<int[]> pythonLines() {
            return pythonLines != null ? pythonLines : (pythonLines = QualityMeasurer.pythonLines(cps));
        }

        /** {@code text.split("\n")}, empty strings kept. */
        String[] lfLines() {
            return lfLines != null ? lfLines : (lfLines = text.split("\n", -1));
        }

        List<String> nonBlankLines() {
            if (nonBlankLines == null) {
                List<String> lines = new ArrayList<>();
                for (String line : lfLines()) {
                    if (!isBlank(line)) {
                        lines.add(line);
                    }
                }
                nonBlankLines = lines;
            }
            return nonBlankLines;
        }

        long lineFeeds() {
            if (lineFeeds < 0) {
                long count = 0;
                for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                    count++;
                }
                lineFeeds = count;
            }
            return lineFeeds;
        }

        CodePointNgrams rawNgrams() {
            return rawNgrams != null ? rawNgrams : (rawNgrams = new CodePointNgrams(cps, cps.length));
        }

        /**
         * The words' code points, each followed by one space ({@code spaced}: " ".join's n-grams are ranges of it),
         * or joined without a separator; their word start positions in {@link #spacedBounds} or
         * {@link #joinedBounds} (one more than the words: the end).
         */
        CodePointNgrams words(List<String> words, boolean spaced) {
            CodePointNgrams cached = spaced ? spacedWords : joinedWords;
            if (cached != null) {
                return cached;
            }
            int total = 0;
            for (String w : words) {
                total += w.length() + 1;
            }
            int[] units = new int[total];
            int[] bounds = new int[words.size() + 1];
            int u = 0;
            for (int k = 0; k < words.size(); k++) {
                bounds[k] = u;
                String w = words.get(k);
                for (int i = 0; i < w.length(); ) {
                    int cp = w.codePointAt(i);
                    i += Character.charCount(cp);
                    units[u++] = cp;
                }
                if (spaced) {
                    units[u++] = ' ';
                }
            }
            bounds[words.size()] = u;
            CodePointNgrams ngrams = new CodePointNgrams(units, u);
            if (spaced) {
                spacedWords = ngrams;
                spacedBounds = bounds;
            } else {
                joinedWords = ngrams;
                joinedBounds = bounds;
            }
            return ngrams;
        }

        CodePointNgrams nonSpaceNgrams() {
            if (nonSpaceNgrams == null) {
                int[] kept = new int[cps.length];
                int j = 0;
                for (int cp : cps) {
                    if (!PythonText.isSpace(cp)) {
                        kept[j++] = cp;
                    }
                }
                nonSpaceNgrams = new CodePointNgrams(kept, j);
            }
            return nonSpaceNgrams;
        }
    }

    private double measureWords(QualitySignal signal, Doc doc, List<String> words, int[] lengths, int chars) {
        String text = doc.text;
        int count = words.size();
        return switch (signal) {
            case WORDS -> count;
            case MEAN_WORD_LENGTH -> count == 0 ? 0 : (double) sum(lengths) / count;
            case STOPWORD_SHARE -> share(words.stream().filter(stopwords::contains).count(), count);
            case FLAGGED_WORD_SHARE -> share(words.stream().filter(flaggedWords::contains).count(), count);
            case NON_ALPHA_WORD_SHARE -> share(words.stream().filter(w -> !hasAlpha(w)).count(), count);
            case ALPHA_WORD_RATIO -> share(words.stream().filter(QualityMeasurer::hasAlpha).count(), count);
            case GOPHER_WORDS -> words.stream().filter(this::isNonSymbol).count();
            case GOPHER_MEAN_WORD_LENGTH -> {
                long total = 0;
                long nonSymbol = 0;
                for (int k = 0; k < count; k++) {
                    if (isNonSymbol(words.get(k))) {
                        total += lengths[k];
                        nonSymbol++;
                    }
                }
                yield share(total, nonSymbol);
            }
            case HASH_WORD_RATIO -> share(occurrences(text, "#"), count);
            case ELLIPSIS_WORD_RATIO -> share(occurrences(text, "...") + occurrences(text, "…"), count);
            case BULLET_LINE_RATIO, ELLIPSIS_LINE_RATIO -> {
                int[] cps = doc.cps;
                List<int[]> lines = doc.pythonLines();
                long hits = 0;
                for (int[] l : lines) {
                    String line = new String(cps, l[0], l[1] - l[0]);
                    hits += signal == QualitySignal.BULLET_LINE_RATIO
                            ? (pythonStripStart(line).startsWith("•") || pythonStripStart(line).startsWith("-") ? 1 : 0)
                            : (pythonStripEnd(line).endsWith("...") || pythonStripEnd(line).endsWith("…") ? 1 : 0);
                }
                yield share(hits, lines.size());
            }
            case STOPWORD_COUNT -> words.stream().filter(countedStopwords::contains).count();
            case NEWLINE_WORD_RATIO -> share(doc.lineFeeds(), count);
            case WORD_TOP2GRAM_FRACTION, WORD_TOP3GRAM_FRACTION, WORD_TOP4GRAM_FRACTION -> share(
                    doc.words(words, true).topDuplicateRanges(doc.spacedBounds, count,
                            signal.ordinal() - QualitySignal.WORD_TOP2GRAM_FRACTION.ordinal() + 2, 1), chars);
            case WORD_DUP5GRAM_FRACTION, WORD_DUP6GRAM_FRACTION, WORD_DUP7GRAM_FRACTION, WORD_DUP8GRAM_FRACTION,
                    WORD_DUP9GRAM_FRACTION, WORD_DUP10GRAM_FRACTION -> share(
                    doc.words(words, false).allDuplicateRanges(doc.joinedBounds, count,
                            signal.ordinal() - QualitySignal.WORD_DUP5GRAM_FRACTION.ordinal() + 5), chars);
            default -> throw new IllegalStateException("not a word signal: " + signal);
        };
    }

    /** Character class counts, one pass. */
    private static final class Counts {
        long han;
        long letters;
        long digits;
        long punctuation;
        long symbols;
        long whitespace;
        long alnum;
        long basicHan;

        static Counts of(int[] cps) {
            Counts c = new Counts();
            for (int cp : cps) {
                if (cp >= 0x4E00 && cp <= 0x9FFF) {
                    // the common case: a unified ideograph (all Han, all letters)
                    c.han++;
                    c.alnum++;
                    c.basicHan += cp <= 0x9FA5 ? 1 : 0;
                    continue;
                }
                int type = UCharacter.getType(cp);
                boolean letter = type >= UCharacterCategory.UPPERCASE_LETTER
                        && type <= UCharacterCategory.OTHER_LETTER;
                if (Scripts.isHan(cp)) {
                    c.han++;
                } else if (letter) {
                    c.letters++;
                }
                if (letter || type >= UCharacterCategory.DECIMAL_DIGIT_NUMBER
                        && type <= UCharacterCategory.OTHER_NUMBER) {
                    c.alnum++;
                }
                switch (type) {
                    case UCharacterCategory.DECIMAL_DIGIT_NUMBER -> c.digits++;
                    case UCharacterCategory.DASH_PUNCTUATION, UCharacterCategory.START_PUNCTUATION,
                            UCharacterCategory.END_PUNCTUATION, UCharacterCategory.CONNECTOR_PUNCTUATION,
                            UCharacterCategory.OTHER_PUNCTUATION, UCharacterCategory.INITIAL_PUNCTUATION,
                            UCharacterCategory.FINAL_PUNCTUATION -> c.punctuation++;
                    case UCharacterCategory.MATH_SYMBOL, UCharacterCategory.CURRENCY_SYMBOL,
                            UCharacterCategory.MODIFIER_SYMBOL, UCharacterCategory.OTHER_SYMBOL -> c.symbols++;
                    default -> {
                    }
                }
                if (UCharacter.isUWhiteSpace(cp)) {
                    c.whitespace++;
                }
            }
            return c;
        }
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static long sum(int[] values) {
        long s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    /** datatrove's {@code find_duplicates}: {repeated elements, their characters, elements}. */
    private static long[] duplicates(List<String> elements) {
        Set<String> seen = new HashSet<>(elements.size() * 2);
        long repeated = 0;
        long chars = 0;
        for (String e : elements) {
            if (!seen.add(e)) {
                repeated++;
                chars += e.codePointCount(0, e.length());
            }
        }
        return new long[] {repeated, chars, elements.size()};
    }

    /** {@code str.splitlines()} as [start, end) ranges of code point indices. */
    static List<int[]> pythonLines(int[] cps) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cps.length; i++) {
            if (PythonText.isLineBoundary(cps[i])) {
                lines.add(new int[] {start, i});
                if (cps[i] == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < cps.length) {
            lines.add(new int[] {start, cps.length});
        }
        return lines;
    }

    /** Whether {@code s.strip()} is empty. */
    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!PythonText.isSpace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private double linePunctRatio(List<String> lines) {
        long hits = 0;
        for (String line : lines) {
            hits += punctuation.isTerminal(line.codePointBefore(line.length())) ? 1 : 0;
        }
        return share(hits, lines.size());
    }

    private static double terminalLineShare(String[] lfLines) {
        long lines = 0;
        long hits = 0;
        for (String line : lfLines) {
            String s = pythonStripEnd(line);
            if (s.isEmpty()) {
                continue;
            }
            lines++;
            int end = s.length();
            while (end > 0 && CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
            hits += end > 0 && TERMINALS.indexOf(s.charAt(end - 1)) >= 0 ? 1 : 0;
        }
        return share(hits, lines);
    }

    private static double cwtRepetition(String text) {
        String lower = pythonStrip(text).toLowerCase(Locale.ROOT);
        int[] cps = new int[lower.length()];
        int n = 0;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != ' ' && cp != '\n' && cp != '\t') {
                cps[n++] = cp;
            }
        }
        // the source's get_n_gram: range(0, len - 13) leaves the last 13-gram out; a shorter text is one gram
        return n < 13 ? 0 : new CodePointNgrams(cps, n).repeatedShare(n - 13, 13);
    }

    private static double uniqueLineShare(String[] lfLines) {
        Set<String> distinct = new HashSet<>();
        long lines = 0;
        for (String line : lfLines) {
            String s = pythonStrip(line);
            if (!s.isEmpty()) {
                lines++;
                distinct.add(s);
            }
        }
        return share(distinct.size(), lines);
    }

    private boolean isNonSymbol(String word) {
        return word.codePoints().anyMatch(cp -> !punctuation.isPunctuation(cp));
    }

    private static boolean hasAlpha(String word) {
        return word.codePoints().anyMatch(PythonText::isAlpha);
    }

    /** Non-overlapping occurrences of {@code what} ({@code str.count}). */
    private static long occurrences(String text, String what) {
        long count = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            count++;
        }
        return count;
    }

    static String pythonStrip(String s) {
        return pythonStripEnd(pythonStripStart(s));
    }

    static String pythonStripStart(String s) {
        int i = 0;
        while (i < s.length() && PythonText.isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    static String pythonStripEnd(String s) {
        int end = s.length();
        while (end > 0 && PythonText.isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(0, end);
    }
}

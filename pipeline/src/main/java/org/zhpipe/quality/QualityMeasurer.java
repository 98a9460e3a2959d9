package org.zhpipe.quality;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;
import org.zhpipe.text.Scripts;
import org.zhpipe.text.Tokens;

/**
 * Measures a chosen set of {@link QualitySignal}s of one document, each by its definition, computing what several
 * signals share once (the code points, the category counts, the lines, the character n-grams). Thread-safe: a
 * measurement borrows its arrays from a pool of idle ones and gives them back, making new ones only when all are
 * busy (so the pool holds no more than there were concurrent measurements, and nothing stays with a thread).
 */
final class QualityMeasurer {
    /** Closing quotes and brackets that may follow a sentence's last mark (terminalLineShare). */
    private static final String CLOSERS = "\"'”’」』）)】》〉»›";
    /** Marks that end a sentence (terminalLineShare). */
    private static final String TERMINALS = "。！？!?….．｡‼⁇⁈⁉﹒﹖﹗";


    private final EnumSet<QualitySignal> measured;
    private final boolean needsWords;
    private final DatatrovePunctuation punctuation;
    /** The character classes, one table per measurer. */
    private final CharacterClasses classes = new CharacterClasses();
    private final Set<String> stopwords;
    private final Set<String> flaggedWords;
    private final Set<String> countedStopwords;
    /** The longest top n-gram and duplicated n-gram measured, 0 for none. */
    private final int topTo;
    private final int duplicatedTo;
    private final boolean measuresRepetition;
    private final boolean measuresCwtRepetition;
    private final ConcurrentLinkedQueue<Scratch> idle = new ConcurrentLinkedQueue<>();

    /** The arrays of one measurement (code points, character n-grams), reused by the next. */
    private static final class Scratch {
        final NgramClasses chain = new NgramClasses();
        final NgramClasses direct = new NgramClasses();
        int[] nonSpace = new int[0];
        int[] gaps = new int[0];
        int[] breaks = new int[0];
        int[] cps = new int[0];
        int codePointCount;

        /** The text's code points into {@link #cps} (grown when short), {@link #codePointCount} of them. */
        int[] codePoints(String text) {
            int chars = text.length();
            if (cps.length < chars) {
                cps = new int[Math.max(chars, 2 * cps.length)];
            }
            int j = 0;
            for (int i = 0; i < chars; i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(text.charAt(i + 1))) {
                    cps[j++] = Character.toCodePoint(c, text.charAt(++i));
                } else {
                    cps[j++] = c;
                }
            }
            codePointCount = j;
            return cps;
        }
    }

    QualityMeasurer(Set<QualitySignal> measured, DatatrovePunctuation punctuation, Set<String> stopwords,
                    Set<String> flaggedWords, Set<String> countedStopwords) {
        this.measured = measured.isEmpty() ? EnumSet.noneOf(QualitySignal.class) : EnumSet.copyOf(measured);
        this.needsWords = this.measured.stream().anyMatch(QualitySignal::needsWords);
        this.punctuation = punctuation;
        this.stopwords = Set.copyOf(stopwords);
        this.flaggedWords = Set.copyOf(flaggedWords);
        this.countedStopwords = Set.copyOf(countedStopwords);
        int top = 0;
        int duplicated = 0;
        for (QualitySignal s : this.measured) {
            int ordinal = s.ordinal();
            if (ordinal >= QualitySignal.CHAR_TOP2GRAM_FRACTION.ordinal()
                    && ordinal <= QualitySignal.CHAR_TOP4GRAM_FRACTION.ordinal()) {
                top = ordinal - QualitySignal.CHAR_TOP2GRAM_FRACTION.ordinal() + 2;
            } else if (ordinal >= QualitySignal.CHAR_DUP5GRAM_FRACTION.ordinal()
                    && ordinal <= QualitySignal.CHAR_DUP10GRAM_FRACTION.ordinal()) {
                duplicated = ordinal - QualitySignal.CHAR_DUP5GRAM_FRACTION.ordinal() + 5;
            }
        }
        this.topTo = top;
        this.duplicatedTo = duplicated;
        this.measuresRepetition = this.measured.contains(QualitySignal.CHAR_REPETITION);
        this.measuresCwtRepetition = this.measured.contains(QualitySignal.CWT_REPETITION);
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
        Scratch scratch = idle.poll();
        if (scratch == null) {
            scratch = new Scratch();
        }
        try {
            measure(new Doc(text, this, scratch), tokens, out, from);
        } finally {
            idle.offer(scratch);
        }
    }

    private void measure(Doc doc, @Nullable Tokens tokens, double[] out, int from) {
        String text = doc.text;
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
        int n = doc.length;
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
                case CHAR_REPETITION -> v = doc.charNgrams().repetition;
                case DUP_LINE_FRACTION, DUP_LINE_CHAR_FRACTION -> {
                    long[] d = doc.duplicateLines();
                    v = signal == QualitySignal.DUP_LINE_FRACTION ? (double) d[0] / d[2] : share(d[1], n);
                }
                case DUP_PARAGRAPH_FRACTION, DUP_PARAGRAPH_CHAR_FRACTION -> {
                    long[] d = doc.duplicateParagraphs();
                    v = signal == QualitySignal.DUP_PARAGRAPH_FRACTION ? (double) d[0] / d[2] : share(d[1], n);
                }
                case CHAR_TOP2GRAM_FRACTION, CHAR_TOP3GRAM_FRACTION, CHAR_TOP4GRAM_FRACTION -> v = share(
                        doc.charNgrams().top[signal.ordinal() - QualitySignal.CHAR_TOP2GRAM_FRACTION.ordinal() + 2],
                        n);
                case CHAR_DUP5GRAM_FRACTION, CHAR_DUP6GRAM_FRACTION, CHAR_DUP7GRAM_FRACTION, CHAR_DUP8GRAM_FRACTION,
                        CHAR_DUP9GRAM_FRACTION, CHAR_DUP10GRAM_FRACTION -> v = share(
                        doc.charNgrams().duplicated[
                                signal.ordinal() - QualitySignal.CHAR_DUP5GRAM_FRACTION.ordinal() + 5], n);
                case LINE_PUNCT_RATIO -> v = linePunctRatio(doc.lfLines());
                case LINE_CHAR_DUP_RATIO -> v = share(doc.lfLines().duplicates(LfLines.Selection.NON_BLANK)[1],
                        n - doc.lineFeeds());
                case CWT_MEAN_LINE_LENGTH -> v = (double) n / (doc.lineFeeds() + 1);
                case CWT_REPETITION -> v = doc.charNgrams().cwtRepetition;
                case UNIQUE_LINE_SHARE -> {
                    long[] d = doc.lfLines().duplicates(LfLines.Selection.STRIPPED);
                    v = share(d[2] - d[0], d[2]);
                }
                default -> v = words == null ? 0 : measureWords(signal, doc, words, wordLengths, n);
            }
            out[i++] = v;
        }
    }

    /** One document and what several signals share of it, each computed once, when first asked for. */
    private static final class Doc {
        final String text;
        /** The code points, {@code cps[0, length)}: the array is the scratch's and may be longer. */
        final int[] cps;
        final int length;
        final Scratch scratch;
        private @Nullable Counts counts;
        private @Nullable List<int[]> pythonLines;
        private @Nullable LfLines lfLines;
        private long @Nullable [] duplicateLines;
        private long @Nullable [] duplicateParagraphs;
        private final QualityMeasurer measurer;
        private @Nullable CharNgramValues charNgrams;
        private @Nullable CodePointNgrams spacedWords;
        private @Nullable CodePointNgrams joinedWords;
        int[] spacedBounds = new int[0];
        int[] joinedBounds = new int[0];

        Doc(String text, QualityMeasurer measurer, Scratch scratch) {
            this.text = text;
            this.scratch = scratch;
            this.cps = scratch.codePoints(text);
            this.length = scratch.codePointCount;
            this.measurer = measurer;
        }

        CharNgramValues charNgrams() {
            return charNgrams != null ? charNgrams : (charNgrams = measurer.charNgrams(this));
        }

        /** The {@link #histogram}, classifying first if needed. */
        int[] classified() {
            classify();
            return java.util.Objects.requireNonNull(histogram);
        }

        Counts counts() {
            return counts != null ? counts : (counts = Counts.of(classified()));
        }

        /** {@code str.splitlines()} as [start, end) ranges of code point indices. */
        List<int[]> pythonLines() {
            if (pythonLines == null) {
                classify();
                List<int[]> lines = new ArrayList<>(breakCount + 1);
                int[] breaks = scratch.breaks;
                int start = 0;
                for (int k = 0; k < breakCount; k++) {
                    int i = breaks[k];
                    if (i < start) {
                        continue; // the LF of a CR LF
                    }
                    lines.add(new int[] {start, i});
                    start = cps[i] == '\r' && i + 1 < length && cps[i + 1] == '\n' ? i + 2 : i + 1;
                }
                if (start < length) {
                    lines.add(new int[] {start, length});
                }
                pythonLines = lines;
            }
            return pythonLines;
        }

        /** {@code text.split("\n")}, empty strings kept. */
        LfLines lfLines() {
            if (lfLines == null) {
                classify();
                lfLines = new LfLines(cps, length, scratch.breaks, breakCount);
            }
            return lfLines;
        }

        long[] duplicateLines() {
            return duplicateLines != null ? duplicateLines : (duplicateLines = lfLines().duplicates(LfLines.Selection.RUNS));
        }

        long[] duplicateParagraphs() {
            return duplicateParagraphs != null ? duplicateParagraphs
                    : (duplicateParagraphs = duplicates(paragraphs(pythonStrip(text))));
        }

        long lineFeeds() {
            return lfLines().count() - 1;
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

        /**
         * One pass over the code points: the histogram of their counted classes ({@link #histogram}), the code points
         * that are not Python white space to the scratch's {@code nonSpace} ({@link #nonSpaceLength} of them), the
         * positions of the others to its {@code gaps}, and those of the line boundaries ({@code str.splitlines}'s,
         * LF among them) to its {@code breaks} ({@link #breakCount}); sets {@link #cwtUnitsAreNonSpace}. Once per
         * document.
         */
        void classify() {
            if (histogram != null) {
                return;
            }
            if (scratch.nonSpace.length < length) {
                scratch.nonSpace = new int[Math.max(length, 2 * scratch.nonSpace.length)];
                scratch.gaps = new int[scratch.nonSpace.length];
                scratch.breaks = new int[scratch.nonSpace.length];
            }
            int[] kept = scratch.nonSpace;
            int[] gaps = scratch.gaps;
            int[] breaks = scratch.breaks;
            int b = 0;
            int[] counted = new int[CharacterClasses.COUNTED + 1];
            int j = 0;
            int g = 0;
            int all = CharacterClasses.CWT_PLAIN;
            CharacterClasses classes = measurer.classes;
            for (int i = 0; i < length; i++) {
                int cp = cps[i];
                int bits = classes.of(cp);
                counted[bits & CharacterClasses.COUNTED]++;
                all &= bits;
                if ((bits & CharacterClasses.SPACE) == 0) {
                    kept[j++] = cp;
                } else {
                    gaps[g++] = i;
                    if ((bits & CharacterClasses.LINE_BOUNDARY) != 0) {
                        breaks[b++] = i;
                    }
                }
            }
            breakCount = b;
            nonSpaceLength = j;
            cwtUnitsAreNonSpace = all != 0;
            histogram = counted;
        }

        /** The document's code points by counted classes, once {@link #classify classified}. */
        int @Nullable [] histogram;
        /** The positions of the line boundaries, {@code scratch.breaks[0, breakCount)}, once classified. */
        int breakCount;
        int nonSpaceLength;
        /**
         * Whether {@link #cwtUnits} are the non-space code points: all white space is space, LF or TAB (which both
         * remove) and lower-casing changes nothing ({@code String.toLowerCase}'s context rules only touch characters
         * that {@code Character.toLowerCase} changes too).
         */
        boolean cwtUnitsAreNonSpace;
    }

    /** The character n-gram signals of one document, computed together. */
    private static final class CharNgramValues {
        /** {@code top[n]}: datatrove's find_top_duplicate of the non-space n-grams, n = 2..4. */
        final long[] top = new long[5];
        /** {@code duplicated[n]}: datatrove's find_all_duplicate of the non-space n-grams, n = 5..10. */
        final long[] duplicated = new long[11];
        double repetition;
        double cwtRepetition;
    }

    /**
     * Computes the measured character n-gram signals on one {@link NgramClasses} chain over the text without white
     * space, n = 2, 3, …. The raw text's 10-grams (charRepetition) come from the chain with the white space put back
     * when it reaches 10 anyway, else by hashing; ChineseWebText's 13-grams (cwtRepetition) come from the chain when
     * their sequence is the chain's, else by hashing.
     */
    private CharNgramValues charNgrams(Doc doc) {
        Scratch scratch = doc.scratch;
        CharNgramValues values = new CharNgramValues();
        doc.classify();
        int[] kept = scratch.nonSpace;
        int keptLength = doc.nonSpaceLength;

        boolean cwtShared = measuresCwtRepetition && doc.cwtUnitsAreNonSpace;
        int[] cwt = measuresCwtRepetition && !cwtShared ? cwtUnits(doc) : null;
        int to = Math.max(Math.max(topTo, duplicatedTo), cwtShared ? 13 : 0);
        // the raw text's 10-grams from the chain when it goes that far anyway; alone they are cheaper by hashing
        boolean repetitionFromChain = measuresRepetition && to >= 10;
        if (to >= 2) {
            NgramClasses chain = scratch.chain.chain(kept, keptLength);
            while (true) {
                int n = chain.n();
                if (n <= 4) {
                    values.top[n] = chain.topDuplicate();
                } else if (n <= 10) {
                    values.duplicated[n] = chain.allDuplicate();
                }
                if (n == 10 && repetitionFromChain) {
                    values.repetition = chain.repetitionRatioWithGaps(doc.cps, doc.length, scratch.gaps,
                            doc.length - keptLength, scratch.direct);
                }
                if (n == 13 && cwtShared) {
                    values.cwtRepetition = chain.repeatedShareWithoutLast();
                }
                if (n >= to) {
                    break;
                }
                chain.advance();
            }
        }
        if (measuresRepetition && !repetitionFromChain) {
            values.repetition = scratch.direct.of(doc.cps, doc.length, 10).repetitionRatio();
        }
        if (cwt != null && !cwtShared) {
            values.cwtRepetition = scratch.direct.of(cwt, cwt.length, 13).repeatedShareWithoutLast();
        }
        return values;
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

        /** The counts from a histogram of the counted classes ({@link CharacterClasses#COUNTED}). */
        static Counts of(int[] histogram) {
            Counts c = new Counts();
            for (int bits = 0; bits < histogram.length; bits++) {
                long n = histogram[bits];
                c.han += (bits & CharacterClasses.HAN) != 0 ? n : 0;
                c.letters += (bits & CharacterClasses.LETTER) != 0 ? n : 0;
                c.alnum += (bits & CharacterClasses.LETTER_OR_NUMBER) != 0 ? n : 0;
                c.digits += (bits & CharacterClasses.DIGIT) != 0 ? n : 0;
                c.punctuation += (bits & CharacterClasses.PUNCTUATION) != 0 ? n : 0;
                c.symbols += (bits & CharacterClasses.SYMBOL) != 0 ? n : 0;
                c.whitespace += (bits & CharacterClasses.WHITE_SPACE) != 0 ? n : 0;
                c.basicHan += (bits & CharacterClasses.BASIC_HAN) != 0 ? n : 0;
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

    /** {@code re.split("\n{2,}", text)}. */
    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = text.indexOf("\n\n");
        while (i >= 0) {
            out.add(text.substring(start, i));
            int end = i + 2;
            while (end < text.length() && text.charAt(end) == '\n') {
                end++;
            }
            start = end;
            i = text.indexOf("\n\n", start);
        }
        out.add(text.substring(start));
        return out;
    }

    /** datatrove's {@code find_duplicates}: {repeated elements, their characters, elements}. */
    private static long[] duplicates(List<String> elements) {
        int size = elements.size();
        // an open-addressing set of the elements seen, by their indices + 1
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        int[] seen = new int[capacity];
        int mask = capacity - 1;
        long repeated = 0;
        long chars = 0;
        for (int k = 0; k < size; k++) {
            String e = elements.get(k);
            int hash = e.hashCode();
            int slot = (hash * 0x9E3779B9) >>> 16 & mask;
            boolean again = false;
            for (int t = seen[slot]; t != 0; t = seen[slot]) {
                String other = elements.get(t - 1);
                if (other.hashCode() == hash && other.equals(e)) {
                    again = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (again) {
                repeated++;
                chars += e.codePointCount(0, e.length());
            } else {
                seen[slot] = k + 1;
            }
        }
        return new long[] {repeated, chars, size};
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

    private double linePunctRatio(LfLines lines) {
        long nonBlank = 0;
        long hits = 0;
        for (int k = 0; k < lines.count(); k++) {
            if (lines.strippedEnd(k) > lines.start(k)) {
                nonBlank++;
                hits += punctuation.isTerminal(lines.codePointBefore(lines.end(k))) ? 1 : 0;
            }
        }
        return share(hits, nonBlank);
    }

    private static double terminalLineShare(LfLines lines) {
        long nonBlank = 0;
        long hits = 0;
        for (int k = 0; k < lines.count(); k++) {
            int start = lines.start(k);
            int end = lines.strippedEnd(k);
            if (end == start) {
                continue;
            }
            nonBlank++;
            while (end > start && CLOSERS.indexOf(lines.codePointBefore(end)) >= 0) {
                end--;
            }
            hits += end > start && TERMINALS.indexOf(lines.codePointBefore(end)) >= 0 ? 1 : 0;
        }
        return share(hits, nonBlank);
    }

    /**
     * What ChineseWebText's repetition ratio counts 13-grams of (its get_n_gram, which leaves the last 13-gram out:
     * {@link NgramClasses#repeatedShareWithoutLast}): the stripped, lower-cased text without spaces, LF and TAB.
     */
    private static int[] cwtUnits(Doc doc) {
        int[] cps = doc.cps;
        int end = doc.length;
        while (end > 0 && PythonText.isSpace(cps[end - 1])) {
            end--;
        }
        int start = 0;
        while (start < end && PythonText.isSpace(cps[start])) {
            start++;
        }
        int[] out = new int[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            int cp = cps[i];
            if (cp == 0x130 || cp == 0x3A3) {
                // İ lower-cases to two code points, Σ by its context: String.toLowerCase knows how
                return cwtUnits(doc.text);
            }
            cp = PythonText.lowerCaseKeeps(cp) ? cp : Character.toLowerCase(cp); // Han: no table lookup
            if (cp != ' ' && cp != '\n' && cp != '\t') {
                out[n++] = cp;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** {@link #cwtUnits(Doc)} by {@code String.toLowerCase}. */
    private static int[] cwtUnits(String text) {
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
        return n == cps.length ? cps : java.util.Arrays.copyOf(cps, n);
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

package org.zhpipe.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Apache OpenNLP's language detector model {@code langdetect-183.bin} (103 languages; character 1- to 3-grams and a
 * maximum-entropy classifier, trained by the OpenNLP project on the Leipzig Corpora Collection), from the Maven
 * Central jar {@code org.apache.opennlp:opennlp-models-langdetect} 1.3.0 (Apache-2.0), which holds the file at the root
 * of the class path.
 *
 * <p>{@link #scores} computes what OpenNLP's {@code LanguageDetectorME.predictLanguages} computes, with the model's
 * own parameters, in fewer steps. OpenNLP (2.5.11) normalizes the text (its emoji, URL, Twitter, number and
 * repeated-character normalizers, in that order; here three of them are written out without regular expressions and
 * the other two skipped when a scan shows they cannot match),
 * lowercases it per code point, takes its distinct character (UTF-16
 * unit) n-grams of lengths 1 to 3 as binary features, and evaluates the log-linear model: the score of a language is
 * {@code ln(1/103)} plus the sum of the n-grams' weights for it, and its probability {@code exp(score)} over the sum of
 * all. Here the n-grams are packed into {@code long}s and looked up in an open-addressing table built once from the
 * model's parameters, instead of strings in a {@code HashMap} per call, and the 103 probabilities are not wrapped and
 * sorted; {@code LanguageModelTest} checks the probabilities equal OpenNLP's (to 1e-9) on the committed sample.
 *
 * <p>A {@linkplain LanguageCodes label}'s probability is that of the most probable of the model's outcomes that share
 * it (not their sum: on a short text the distribution is nearly flat, and a sum would favour the labels that have two
 * outcomes, {@code fa}, {@code et}, {@code lv}, {@code pa}).
 *
 * <p>Immutable and thread-safe: every table is filled when the model is loaded and only read afterwards; a call
 * allocates its own scratch arrays. Loading takes about a second and retains about 42 MB of heap (35 MB of it
 * OpenNLP's model): load once and share; the spec's {@code ResourceCache} does.
 */
public final class LanguageModel {
    /** The model file inside the model jar (pinned with the jar's version by {@code LanguageModelTest}). */
    static final String MODEL = "/langdetect-183.bin";
    /** The n-gram lengths OpenNLP's {@code LanguageDetectorFactory} uses. */
    static final int MIN_NGRAM = 1;
    static final int MAX_NGRAM = 3;

    private final LanguageDetectorModel model;
    private final String[] outcomes;
    private final String[] labels;
    /** Outcome index → label index. */
    private final int[] labelOfOutcome;
    /** {@code ln(1 / outcomes)}, every outcome's score before any n-gram. */
    private final double prior;
    /** Open addressing: packed n-gram (never 0) → index into {@link #weights}; 0 marks a free slot. */
    private final long[] keys;
    private final int[] slots;
    private final int mask;
    /** Per n-gram, the outcomes it weighs for and the weights (OpenNLP's own arrays, read-only). */
    private final int[][] weightOutcomes;
    private final double[][] weights;

    private LanguageModel(LanguageDetectorModel model) {
        this.model = model;
        Object[] data = ((AbstractModel) model.getMaxentModel()).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        this.prior = StrictMath.log(1.0 / outcomes.length);
        this.labels = LanguageCodes.labels().toArray(String[]::new);
        List<String> labelOrder = Arrays.asList(labels);
        this.labelOfOutcome = new int[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            labelOfOutcome[i] = labelOrder.indexOf(LanguageCodes.labelOfOutcome(outcomes[i]));
        }
        // a power of two at least 1.5 times the n-grams (262,144 slots for 145,895): short probe runs, 3 MB
        int capacity = Integer.highestOneBit(Math.max(2, predicates.size() * 3 / 2) - 1) << 1;
        this.keys = new long[capacity];
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        this.weightOutcomes = new int[predicates.size()][];
        this.weights = new double[predicates.size()][];
        int next = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            String gram = e.getKey();
            if (gram.length() < MIN_NGRAM || gram.length() > MAX_NGRAM) {
                continue; // cannot occur in a text's features
            }
            long key = pack(gram.toCharArray(), 0, gram.length());
            int slot = slot(key);
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            slots[slot] = next;
            weightOutcomes[next] = e.getValue().getOutcomes();
            weights[next] = e.getValue().getParameters();
            next++;
        }
    }

    /** Loads the model from the class path. */
    public static LanguageModel bundled() {
        try (InputStream in = LanguageModel.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP's language detector model " + MODEL + " is not on the class "
                        + "path (org.apache.opennlp:opennlp-models-langdetect 1.3.0)");
            }
            return new LanguageModel(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP's language detector model", e);
        }
    }

    /** The labels {@link #scores} uses, by index: ISO 639-1 codes where the language has one ({@code zh}, {@code en}). */
    public List<String> labels() {
        return List.of(labels);
    }

    /** The index of {@code label} in {@link #labels()}, or -1. */
    int indexOf(String label) {
        return Arrays.asList(labels).indexOf(label);
    }

    /** The OpenNLP model itself, for comparisons. */
    LanguageDetectorModel openNlpModel() {
        return model;
    }

    /** The model's outcome codes, in its order. */
    List<String> outcomes() {
        return List.of(outcomes);
    }

    /**
     * The probability of each label for {@code text} into {@code out} (of {@link #labels()}' size), or all zeros when
     * the model knows none of the text's n-grams (its distribution would be uniform). Short texts get flat
     * distributions: the top probability is about 0.014 for 10 characters and 0.7 for 300 (see the README).
     *
     * @return whether the model knew an n-gram of the text
     */
    public boolean scores(CharSequence text, double[] out) {
        double[] p = outcomeProbabilities(text);
        Arrays.fill(out, 0);
        if (p == null) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            int label = labelOfOutcome[i];
            out[label] = Math.max(out[label], p[i]);
        }
        return true;
    }

    /** The label of the most probable language of {@code text} ({@code zh}, {@code en}), or {@code und}. */
    public String top(CharSequence text) {
        double[] scores = new double[labels.length];
        if (!scores(text, scores)) {
            return "und";
        }
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return labels[best];
    }

    /**
     * The probability of each of the model's outcomes, as OpenNLP's {@code predictLanguages} gives them, or
     * {@code null} when the model knows none of the text's n-grams (OpenNLP then gives every outcome 1/103).
     */
    double @Nullable [] outcomeProbabilities(CharSequence text) {
        char[] chars = lowercase(normalize(text));
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, prior);
        int grams = chars.length * (MAX_NGRAM - MIN_NGRAM + 1);
        long[] seen = new long[Math.max(8, Integer.highestOneBit(Math.max(1, grams) * 2 - 1) << 1)];
        int seenMask = seen.length - 1;
        boolean known = false;
        for (int n = MIN_NGRAM; n <= MAX_NGRAM; n++) {
            for (int i = 0; i + n <= chars.length; i++) {
                long key = pack(chars, i, n);
                int s = mix(key) & seenMask;
                boolean repeated = false;
                while (seen[s] != 0) {
                    if (seen[s] == key) {
                        repeated = true;
                        break;
                    }
                    s = (s + 1) & seenMask;
                }
                if (repeated) {
                    continue; // features are binary: each distinct n-gram counts once
                }
                seen[s] = key;
                int gram = lookup(key);
                if (gram >= 0) {
                    known = true;
                    int[] o = weightOutcomes[gram];
                    double[] w = weights[gram];
                    for (int k = 0; k < o.length; k++) {
                        sums[o[k]] += w[k];
                    }
                }
            }
        }
        if (!known) {
            return null;
        }
        double normal = 0;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = StrictMath.exp(sums[i]);
            normal += sums[i];
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= normal;
        }
        return sums;
    }

    /**
     * OpenNLP's normalizers in the order its {@code LanguageDetectorFactory} chains them, with the same result: the
     * emoji, number and shrink normalizers written out without regular expressions, the URL and Twitter ones (OpenNLP's
     * own) skipped when a scan shows their expressions cannot match, as in most Chinese text.
     */
    static CharSequence normalize(CharSequence text) {
        CharSequence t = text;
        t = blankEmoji(t);
        if (indexOf(t, '@') >= 0 || t.toString().contains("://")) { // a URL's "://" or an e-mail's "@"
            t = UrlCharSequenceNormalizer.getInstance().normalize(t);
        }
        if (mayBeTwitter(t)) {
            t = TwitterCharSequenceNormalizer.getInstance().normalize(t);
        }
        return shrink(blankDigits(t));
    }

    /**
     * OpenNLP's emoji normalizer without its regex: each run of code points of its class becomes one space. The class
     * is written with the escapes of U+D83C-U+DBFF and U+DC00-U+DFFF, but Java's regex parser reads the middle pair as
     * one code point, so it holds U+D83C to U+10FC00, {@code -} and U+DFFF: besides emoji it blanks full-width
     * punctuation ({@code ，}), CJK Extension B and hyphens. As the regex does, a valid surrogate pair is one code
     * point and a lone surrogate is one of its own.
     */
    static CharSequence blankEmoji(CharSequence text) {
        int i = 0;
        while (i < text.length() && !emojiClass(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, i);
        boolean inRun = false;
        while (i < text.length()) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c == '-' || (c >= 0xD83C && c <= 0x10FC00)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.appendCodePoint(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    /** Whether a code point starting with {@code c} may be in the emoji normalizer's class. */
    private static boolean emojiClass(char c) {
        return c == '-' || c >= 0xD800;
    }

    /** Whether a char of {@code t} lies in the range {@code range.charAt(0)} to {@code range.charAt(1)}. */
    private static boolean any(CharSequence t, String range) {
        char low = range.charAt(0);
        char high = range.charAt(1);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= low && c <= high) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(CharSequence t, char c) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether one of the Twitter normalizer's expressions may match (all ASCII case-insensitive): {@code [#@]\\S+}
     * needs {@code #} or {@code @}; {@code \\b(rt[ :])+} needs {@code rt}; {@code [:;x]-?[()dop]} one of
     * {@code : ; x} before {@code ( ) d o p} or {@code -}; {@code ([hj])+([aieou])+(\\1+\\2+)+} an {@code h} or
     * {@code j} before a vowel.
     */
    private static boolean mayBeTwitter(CharSequence t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '#' || c == '@') {
                return true;
            }
            if (i + 1 == t.length()) {
                break;
            }
            char next = asciiLower(t.charAt(i + 1));
            switch (asciiLower(c)) {
                case 'r':
                    if (next == 't') {
                        return true;
                    }
                    break;
                case ':', ';', 'x':
                    if (next == '-' || next == '(' || next == ')' || next == 'd' || next == 'o' || next == 'p') {
                        return true;
                    }
                    break;
                case 'h', 'j':
                    if (next == 'a' || next == 'e' || next == 'i' || next == 'o' || next == 'u') {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /** OpenNLP's number normalizer ({@code \\d+} → one space; {@code \\d} is ASCII) without its regex. */
    static CharSequence blankDigits(CharSequence text) {
        if (!any(text, "09")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (i == 0 || text.charAt(i - 1) < '0' || text.charAt(i - 1) > '9') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out;
    }

    /**
     * OpenNLP's shrink normalizer without its regexes: runs of two or more ASCII white-space chars ({@code \\s{2,}})
     * become one space; a char other than a line terminator followed by two or more equal to it ignoring ASCII case
     * ({@code (.)\\1{2,}}, {@code CASE_INSENSITIVE}) becomes two of it; then {@link String#trim()}. Char by char
     * equals code point by code point here: after the emoji normalizer no surrogate pair is left.
     */
    static String shrink(CharSequence text) {
        StringBuilder spaced = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (asciiSpace(c) && i + 1 < text.length() && asciiSpace(text.charAt(i + 1))) {
                spaced.append(' ');
                while (i + 1 < text.length() && asciiSpace(text.charAt(i + 1))) {
                    i++;
                }
            } else {
                spaced.append(c);
            }
        }
        StringBuilder out = new StringBuilder(spaced.length());
        for (int i = 0; i < spaced.length(); ) {
            char c = spaced.charAt(i);
            int j = i + 1;
            if (!lineTerminator(c)) {
                char lower = asciiLower(c);
                while (j < spaced.length() && asciiLower(spaced.charAt(j)) == lower) {
                    j++;
                }
            }
            if (j - i >= 3) {
                out.append(c).append(c);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().trim();
    }

    /** The line terminators {@code .} does not match without {@code DOTALL} or {@code UNIX_LINES}. */
    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Lowercase per code point ({@link Character#toLowerCase(int)}), as OpenNLP's n-gram model does. */
    private static char[] lowercase(CharSequence text) {
        char[] out = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            int lower = Character.toLowerCase(c);
            if (length + Character.charCount(lower) > out.length) {
                out = Arrays.copyOf(out, out.length + 2);
            }
            length += Character.toChars(lower, out, length);
        }
        return length == out.length ? out : Arrays.copyOf(out, length);
    }

    /** Up to three UTF-16 units and their count in one non-zero {@code long}. */
    private static long pack(char[] chars, int from, int n) {
        long key = n;
        for (int i = 0; i < n; i++) {
            key = (key << 16) | chars[from + i];
        }
        return key;
    }

    private int lookup(long key) {
        int s = slot(key);
        while (keys[s] != 0) {
            if (keys[s] == key) {
                return slots[s];
            }
            s = (s + 1) & mask;
        }
        return -1;
    }

    private int slot(long key) {
        return mix(key) & mask;
    }

    /** MurmurHash3's 64-bit finalizer: every bit of the key moves the slot. */
    private static int mix(long key) {
        long h = key ^ (key >>> 33);
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }
}

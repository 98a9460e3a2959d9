package org.zhpipe.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Guesses the encoding of a Chinese corpus file from a sample of its bytes (see {@link #SAMPLE_SIZE}). In order:
 * <ol>
 *   <li>a byte-order mark: UTF-8 (skipped); UTF-16 or UTF-32 is refused with an {@code iconv} hint, since records
 *       are split on the byte 0x0A (see {@link Encodings});</li>
 *   <li>a sample with many NUL bytes, nearly all at even or all at odd offsets, is refused the same way (UTF-16
 *       without a mark); other NUL bytes, or many control bytes, are refused as binary data, not text;</li>
 *   <li>a sample of ASCII only is UTF-8;</li>
 *   <li>else the sample is decoded as UTF-8, GB18030 and Big5, and the decoding most plausible as Chinese wins
 *       ({@link PlausibilityScorer}: common Han characters and punctuation are likely; rare characters, stray
 *       letters of other scripts, private-use or unassigned characters and undecodable bytes are not), with a small
 *       preference for UTF-8, then GB18030. Undecodable bytes lower a decoding's score but do not rule it out, so a
 *       UTF-8 file with a few bad lines stays UTF-8 and its bad lines become bad records;</li>
 *   <li>when even the winner is mostly implausible (under half of its non-ASCII characters plausible): UTF-8 if the
 *       sample is valid UTF-8 throughout (rare characters, or another language in UTF-8); else, when ICU4J's
 *       {@link CharsetDetector} is confident of a charset other than those three that Java can decode line by line
 *       (windows-1252, say), that one.</li>
 * </ol>
 * The {@link DetectedEncoding#reason()} says why, in one line. Deterministic; immutable and thread-safe.
 *
 * <pre>{@code
 * EncodingDetector detector = new EncodingDetector(CharacterFrequencies.bundled());
 * detector.detect("a.txt", bytes, bytes.length, true).charset();   // GB18030 for 你好 in GB18030
 * }</pre>
 */
public final class EncodingDetector {
    /** How many bytes callers should sample at least: 64 KiB. */
    public static final int SAMPLE_SIZE = 1 << 16;
    /** How far callers may read on while the sample holds too few non-ASCII bytes: 1 MiB. */
    public static final int MAX_SAMPLE_SIZE = 1 << 20;
    /** Non-ASCII bytes that make a sample big enough before {@link #MAX_SAMPLE_SIZE}. */
    public static final int ENOUGH_NON_ASCII = 4096;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** The candidates, each with its prior (a log-odds bonus that breaks near ties in this order). */
    private static final List<Charset> CANDIDATES = List.of(StandardCharsets.UTF_8, GB18030, BIG5);
    private static final double[] PRIORS = {0.0, -1.0, -2.0};
    private static final int MIN_ICU_CONFIDENCE = 30;

    private final PlausibilityScorer scorer;

    /** A detector that judges decoded text by these character frequencies. */
    public EncodingDetector(CharacterFrequencies frequencies) {
        this.scorer = new PlausibilityScorer(frequencies);
    }

    /**
     * The encoding of {@code sample[0, length)}.
     *
     * @param input    the input's name, for messages
     * @param complete whether the sample is the whole input (then a cut sequence at its end is not excused)
     * @throws InputException for UTF-16 or UTF-32 input, or binary data
     */
    public DetectedEncoding detect(String input, byte[] sample, int length, boolean complete) {
        if (startsWith(sample, length, 0xEF, 0xBB, 0xBF)) {
            return new DetectedEncoding(input, StandardCharsets.UTF_8, "byte-order mark", 3);
        }
        if (startsWith(sample, length, 0xFF, 0xFE) || startsWith(sample, length, 0xFE, 0xFF)
                || startsWith(sample, length, 0x00, 0x00, 0xFE, 0xFF)) {
            throw wideUnicode(input, "starts with a UTF-16 or UTF-32 byte-order mark");
        }
        ByteCounts counts = ByteCounts.of(sample, length);
        if (counts.looksLikeUtf16()) {
            throw wideUnicode(input, "has NUL bytes at every other position, so it looks like UTF-16 or UTF-32");
        }
        if (counts.looksBinary()) {
            throw new InputException(input + " looks like binary data, not text (" + counts.describeControls()
                    + String.format(Locale.ROOT, " in the first %,d bytes): give text files only", length));
        }
        if (counts.nonAscii() == 0) {
            return new DetectedEncoding(input, StandardCharsets.UTF_8,
                    String.format(Locale.ROOT, "ASCII only in the first %,d bytes", length), 0);
        }
        PlausibilityScorer.Plausibility[] scores = new PlausibilityScorer.Plausibility[CANDIDATES.size()];
        int best = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = scorer.score(sample, length, complete, CANDIDATES.get(i));
            if (scores[i].score() + PRIORS[i] > scores[best].score() + PRIORS[best]) {
                best = i;
            }
        }
        PlausibilityScorer.Plausibility winner = scores[best];
        if (winner.plausiblePercent() < 50 && winner.nonAscii() >= 8 && scores[0].errors() == 0) {
            // implausible as Chinese, yet valid UTF-8 throughout: bytes of another encoding almost never are
            return new DetectedEncoding(input, StandardCharsets.UTF_8, "valid UTF-8 throughout, though not "
                    + "plausible as Chinese (" + percentages(scores, 0) + ")", 0);
        }
        if (winner.plausiblePercent() < 50 && winner.nonAscii() >= 8) {
            DetectedEncoding other = notChinese(input, sample, length, scores);
            if (other != null) {
                return other;
            }
        }
        return new DetectedEncoding(input, winner.charset(), reason(scores, best), 0);
    }

    /** Why the winner won: each candidate's share of plausible characters, and the UTF-8 errors. */
    private static String reason(PlausibilityScorer.Plausibility[] scores, int best) {
        StringBuilder sb = new StringBuilder("plausible as Chinese: ");
        sb.append(percentages(scores, best));
        PlausibilityScorer.Plausibility utf8 = scores[0];
        if (utf8.errors() > 0) {
            if (best == 0) {
                sb.append("; ").append(utf8.errors()).append(utf8.errors() == 1 ? " invalid UTF-8 sequence"
                        : " invalid UTF-8 sequences").append(" in the sample, the first at byte ")
                        .append(utf8.firstError()).append(": lines with one are bad records");
            } else {
                sb.append("; not UTF-8: invalid at byte ").append(utf8.firstError());
            }
        }
        return sb.toString();
    }

    /** {@code GB18030 100%, Big5 50%, UTF-8 0% of 2 non-ASCII characters}, the winner first. */
    private static String percentages(PlausibilityScorer.Plausibility[] scores, int best) {
        StringBuilder sb = new StringBuilder();
        sb.append(scores[best].charset().name()).append(' ').append(scores[best].plausiblePercent()).append('%');
        for (int i = 0; i < scores.length; i++) {
            if (i != best) {
                sb.append(", ").append(scores[i].charset().name()).append(' ')
                        .append(scores[i].plausiblePercent()).append('%');
            }
        }
        int n = scores[best].nonAscii();
        return sb.append(String.format(Locale.ROOT, " of %,d", n)).append(n == 1 ? " non-ASCII character" : " non-ASCII characters")
                .toString();
    }

    /** ICU4J's most confident usable charset other than the candidates, when it is confident enough. */
    private static @Nullable DetectedEncoding notChinese(String input, byte[] sample, int length,
                                               PlausibilityScorer.Plausibility[] scores) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(Arrays.copyOf(sample, length));
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_ICU_CONFIDENCE) {
                return null;
            }
            if (chinese(match.getName()) != null || match.getName().equalsIgnoreCase("UTF-8")) {
                continue;
            }
            Charset charset = usable(match.getName());
            if (charset != null) {
                return new DetectedEncoding(input, charset, "not plausible as Chinese ("
                        + percentages(scores, 0) + "); ICU4J detected " + charset.name() + ", confidence "
                        + match.getConfidence(), 0);
            }
        }
        return null;
    }

    /** GB18030 for ICU's names of the GB family, Big5 for Big5, else {@code null}. */
    private static @Nullable Charset chinese(String icuName) {
        String name = icuName.toUpperCase(Locale.ROOT);
        if (name.equals("GB18030") || name.equals("GBK") || name.equals("GB2312")) {
            return GB18030;
        }
        if (name.equals("BIG5")) {
            return BIG5;
        }
        return null;
    }

    /** The Java charset for an ICU match name, if Java has it and it is ASCII-compatible; else {@code null}. */
    private static @Nullable Charset usable(String icuName) {
        try {
            return Encodings.charsetNamed(icuName);
        } catch (InputException e) {
            return null; // e.g. ICU's IBM420_rtl or UTF-16LE: try the next match
        }
    }

    private static InputException wideUnicode(String input, String what) {
        return new InputException(input + " " + what + ", which zhpipe does not read: convert it first, e.g. "
                + "iconv -f UTF-16 -t UTF-8 " + input + " > converted.txt");
    }

    private static boolean startsWith(byte[] sample, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((sample[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

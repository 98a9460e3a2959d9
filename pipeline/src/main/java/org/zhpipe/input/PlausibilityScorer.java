package org.zhpipe.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * How plausible bytes are as Chinese text when decoded with a given charset: the log-likelihood of the decoded text
 * under a character unigram model. Han characters weigh by their frequency ({@link CharacterFrequencies}); common
 * Chinese punctuation and full-width forms are likely; letters of Latin, Greek or Cyrillic script are likely inside
 * words of three or more letters (a French é, a Russian word) but unlikely alone or in pairs; kana, Hangul and other
 * symbols are unlikely; undecodable bytes, private-use, unassigned and control characters are very unlikely. The
 * same bytes decoded with different charsets can then be compared: the wrong charset turns common characters into
 * rare ones, symbols, private-use characters or errors (the idea of a naive Bayes classifier over characters; scores
 * are natural logs).
 *
 * <p>Immutable and thread-safe.
 */
final class PlausibilityScorer {
    static final double ASCII = -4.0;
    static final double PUNCTUATION = -5.0;
    static final double FULL_WIDTH = -6.0;
    static final double LETTER_IN_WORD = -5.0;
    static final double STRAY_LETTER = -13.0;
    static final double KANA = -11.0;
    static final double OTHER = -12.0;
    static final double INVALID = -25.0;
    /** A Han character ranked below this is not "common" in {@link Plausibility#plausible()}. */
    static final int COMMON_RANK = 5000;

    /** Chinese punctuation that is as frequent in Chinese text as ASCII punctuation is in English. */
    private static final String CHINESE_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉「」『』【】…—·～〔〕";

    private final CharacterFrequencies frequencies;

    PlausibilityScorer(CharacterFrequencies frequencies) {
        this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
    }

    /**
     * The plausibility of {@code sample[0, length)} decoded with {@code charset}. Undecodable bytes count as invalid
     * characters, except for a sequence cut at the end of a partial sample.
     *
     * @param complete whether the sample is the whole input
     */
    Plausibility score(byte[] sample, int length, boolean complete, Charset charset) {
        StringBuilder text = new StringBuilder(length);
        int errors = 0;
        long firstError = -1;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            out.flip();
            text.append(out);
            out.clear();
            if (result.isError()) {
                if (firstError < 0) {
                    firstError = in.position();
                }
                errors++;
                text.append('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                if (complete) {
                    decoder.flush(out);
                    out.flip();
                    text.append(out);
                }
                break;
            }
        }
        return score(text, charset, errors, firstError);
    }

    private Plausibility score(CharSequence text, Charset charset, int errors, long firstError) {
        double total = 0;
        int nonAscii = 0;
        int plausible = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = Character.codePointAt(text, i);
            int width = Character.charCount(c);
            if (c < 0x80) {
                total += c >= 0x20 && c < 0x7F || c == '\t' || c == '\n' || c == '\r' ? ASCII : INVALID;
                i += width;
                continue;
            }
            nonAscii++;
            double s;
            if (c == 0xFFFD) {
                s = INVALID;
            } else if (org.zhpipe.text.Scripts.isHanIdeograph(c)) {
                s = frequencies.logProbability(c);
                int rank = frequencies.rank(c);
                if (rank > 0 && rank <= COMMON_RANK) {
                    plausible++;
                }
            } else if (CHINESE_PUNCTUATION.indexOf(c) >= 0) {
                s = PUNCTUATION;
                plausible++;
            } else if (c == 0x3000 || (c >= 0xFF01 && c <= 0xFF5E)) {
                s = FULL_WIDTH;
                plausible++;
            } else if (isWordScript(c) && Character.isLetter(c)) {
                if (letterRun(text, i) >= 3) {
                    s = LETTER_IN_WORD;
                    plausible++;
                } else {
                    s = STRAY_LETTER;
                }
            } else if (isInvalid(c)) {
                s = INVALID;
            } else {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                s = script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                        ? KANA : OTHER;
            }
            total += s;
            i += width;
        }
        return new Plausibility(charset, total, nonAscii, plausible, errors, firstError);
    }

    /**
     * The length of the run of letters of one script around index {@code at}: ASCII letters count as Latin, so
     * "café" is one run of four, while Greek next to Cyrillic (a mojibake pattern) is two runs.
     */
    private static int letterRun(CharSequence text, int at) {
        Character.UnicodeScript script = Character.UnicodeScript.of(Character.codePointAt(text, at));
        int start = at;
        while (start > 0) {
            int c = Character.codePointBefore(text, start);
            if (!isWordLetter(c, script)) {
                break;
            }
            start -= Character.charCount(c);
        }
        int end = at;
        while (end < text.length()) {
            int c = Character.codePointAt(text, end);
            if (!isWordLetter(c, script)) {
                break;
            }
            end += Character.charCount(c);
        }
        return Character.codePointCount(text, start, end);
    }

    private static boolean isWordLetter(int c, Character.UnicodeScript script) {
        if (c < 0x80) {
            return script == Character.UnicodeScript.LATIN && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        }
        int type = Character.getType(c);
        return (Character.isLetter(c) && Character.UnicodeScript.of(c) == script)
                || type == Character.NON_SPACING_MARK;
    }

    /** Scripts written in words separated by spaces, whose letters a UTF-8 file may hold among Chinese text. */
    private static boolean isWordScript(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean isInvalid(int c) {
        int type = Character.getType(c);
        return type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.CONTROL
                || type == Character.SURROGATE || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
    }

    /**
     * The plausibility of a sample in one charset.
     *
     * @param score      the log-likelihood; higher is more plausible
     * @param nonAscii   the non-ASCII characters decoded, undecodable sequences included
     * @param plausible  how many of those are common Han characters, Chinese punctuation, full-width forms or
     *                   letters inside words
     * @param errors     undecodable sequences
     * @param firstError the byte offset of the first one in the sample, or -1
     */
    record Plausibility(Charset charset, double score, int nonAscii, int plausible, int errors, long firstError) {
        /** The percentage of plausible non-ASCII characters, rounded down; 100 when there are none. */
        int plausiblePercent() {
            return nonAscii == 0 ? 100 : (int) (100L * plausible / nonAscii);
        }
    }
}

package org.zhpipe.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.zhpipe.internal.parse.Utf8Lines;

/**
 * How often each Han character occurs in Chinese text, simplified and traditional: the evidence
 * {@link EncodingDetector} weighs decoded text with. The bundled table ({@link #bundled()}) is
 * {@code dictionaries/jieba/han-frequencies.txt}, derived from jieba's word list and OpenCC's simplified → traditional
 * character table by {@code org.zhpipe.bench.ExtractHanFrequencies} (see that class for the derivation).
 *
 * <p>Format read by {@link #read}: UTF-8 lines {@code character<TAB>count}; lines starting with {@code #} and blank
 * lines are ignored.
 *
 * <pre>{@code
 * CharacterFrequencies frequencies = CharacterFrequencies.bundled(); // load once, share
 * frequencies.logProbability('你');                                  // about -5.5
 * }</pre>
 *
 * <p>Immutable and thread-safe. Loading reads the resource each time it is called: callers keep the instance.
 */
public final class CharacterFrequencies {
    static final String BUNDLED_RESOURCE = "org/zhpipe/input/han-frequencies.txt";

    /** Sorted code points, and the natural log of each one's share of all counted characters. */
    private final int[] codePoints;
    private final float[] logProbabilities;
    private final double unknownLogProbability;
    private final int[] ranks;

    private CharacterFrequencies(int[] codePoints, long[] counts) {
        int n = codePoints.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(codePoints[a], codePoints[b]));
        this.codePoints = new int[n];
        this.logProbabilities = new float[n];
        long total = 0;
        long min = Long.MAX_VALUE;
        for (long c : counts) {
            total += c;
            min = Math.min(min, c);
        }
        Integer[] byCount = new Integer[n];
        for (int i = 0; i < n; i++) {
            byCount[i] = i;
        }
        Arrays.sort(byCount, (a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a])
                : Integer.compare(codePoints[a], codePoints[b]));
        int[] rankOf = new int[n];
        for (int r = 0; r < n; r++) {
            rankOf[byCount[r]] = r + 1;
        }
        this.ranks = new int[n];
        for (int i = 0; i < n; i++) {
            int from = order[i];
            this.codePoints[i] = codePoints[from];
            this.logProbabilities[i] = (float) Math.log((double) counts[from] / total);
            this.ranks[i] = rankOf[from];
        }
        // a Han character the table lacks is rarer than any it has
        this.unknownLogProbability = Math.log((n == 0 ? 1.0 : min / 2.0) / Math.max(total, 1));
    }

    /** The table bundled with zhpipe (Han characters of jieba's dictionary and their traditional forms). */
    public static CharacterFrequencies bundled() {
        InputStream in = CharacterFrequencies.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + BUNDLED_RESOURCE);
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Reads a table; does not close {@code in}.
     *
     * @throws IllegalArgumentException for a malformed line, a repeated character or a count below 1
     */
    public static CharacterFrequencies read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        CharacterFrequencies fast = readPlain(bytes);
        return fast != null ? fast : read(bytes);
    }

    /**
     * The table of a file of plain lines only ({@code #} comments, then one character, a TAB, digits, LF or CRLF) read
     * straight from the bytes, or {@code null} when the file has anything else, which {@link #read(byte[])} then reads
     * with its line-numbered errors. The bundled table is such a file; reading it this way keeps one-shot runs fast
     * (a tenth of the time, before the JIT has compiled anything).
     */
    static @Nullable CharacterFrequencies readPlain(byte[] bytes) {
        int[] points = new int[16384];
        long[] counts = new long[16384];
        int n = 0;
        int at = 0;
        while (at < bytes.length) {
            if (bytes[at] == '#') {
                while (at < bytes.length && bytes[at] != '\n') {
                    at++;
                }
                at++;
                continue;
            }
            int b = bytes[at] & 0xFF;
            int size = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
            if (size < 2 || at + size >= bytes.length) {
                return null;
            }
            int cp = size == 2 ? b & 0x1F : size == 3 ? b & 0x0F : b & 0x07;
            for (int k = 1; k < size; k++) {
                int c = bytes[at + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return null;
                }
                cp = cp << 6 | (c & 0x3F);
            }
            at += size;
            if (cp < (size == 3 ? 0x800 : size == 4 ? 0x10000 : 0x80)
                    || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF) || bytes[at++] != '\t') {
                return null;
            }
            long count = 0;
            int digits = 0;
            while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9' && digits < 18) {
                count = count * 10 + (bytes[at++] - '0');
                digits++;
            }
            if (at < bytes.length && bytes[at] == '\r') {
                at++;
            }
            if (digits == 0 || count < 1 || (at < bytes.length && bytes[at++] != '\n')) {
                return null;
            }
            if (n == points.length) {
                points = Arrays.copyOf(points, n * 2);
                counts = Arrays.copyOf(counts, n * 2);
            }
            points[n] = cp;
            counts[n] = count;
            n++;
        }
        return repeated(points, n) < 0 ? new CharacterFrequencies(Arrays.copyOf(points, n), Arrays.copyOf(counts, n))
                : null;
    }

    /** A code point listed twice among {@code points[0, n)}, or -1. */
    private static int repeated(int[] points, int n) {
        int[] sorted = Arrays.copyOf(points, n);
        Arrays.sort(sorted);
        for (int i = 1; i < n; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return sorted[i];
            }
        }
        return -1;
    }

    static CharacterFrequencies read(byte[] bytes) {
        Utf8Lines lines = Utf8Lines.anyBreak(bytes,
                (line, problem) -> new IllegalArgumentException("line " + line + ": " + problem));
        int[] points = new int[16384];
        long[] counts = new long[16384];
        int n = 0;
        while (lines.next()) {
            int lineNumber = lines.number();
            String line = lines.line();
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.codePointCount(0, tab) != 1) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected character<TAB>count");
            }
            long count;
            try {
                count = Long.parseLong(line.substring(tab + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": the count is not a whole number", e);
            }
            if (count < 1) {
                throw new IllegalArgumentException("line " + lineNumber + ": the count must be at least 1");
            }
            if (n == points.length) {
                points = Arrays.copyOf(points, n * 2);
                counts = Arrays.copyOf(counts, n * 2);
            }
            points[n] = line.codePointAt(0);
            counts[n] = count;
            n++;
        }
        int twice = repeated(points, n);
        if (twice >= 0) {
            throw new IllegalArgumentException("character " + Character.toString(twice) + " is listed twice");
        }
        return new CharacterFrequencies(Arrays.copyOf(points, n), Arrays.copyOf(counts, n));
    }

    /** The natural log of the character's share of Han text; the same low value for every character not listed. */
    public double logProbability(int codePoint) {
        int i = Arrays.binarySearch(codePoints, codePoint);
        return i >= 0 ? logProbabilities[i] : unknownLogProbability;
    }

    /** The character's rank by count, from 1 (the most frequent); 0 when it is not listed. */
    public int rank(int codePoint) {
        int i = Arrays.binarySearch(codePoints, codePoint);
        return i >= 0 ? ranks[i] : 0;
    }

    /** How many characters are listed. */
    public int size() {
        return codePoints.length;
    }
}

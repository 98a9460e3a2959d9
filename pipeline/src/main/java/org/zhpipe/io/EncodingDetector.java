package org.zhpipe.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Guesses the encoding of a Chinese corpus file from its first bytes (callers pass up to {@link #SAMPLE_SIZE}).
 * In order:
 * <ol>
 *   <li>a byte-order mark: UTF-8 (skipped); UTF-16 or UTF-32 is refused with an {@code iconv} hint, since records
 *       are split on the byte 0x0A (see {@link BatchOptions#charsetNamed});</li>
 *   <li>a sample where a quarter or more of the bytes are NUL is refused the same way (UTF-16 without a mark);</li>
 *   <li>a sample that decodes strictly as UTF-8 is UTF-8 (a multi-byte sequence cut at the sample's end is
 *       allowed);</li>
 *   <li>else ICU4J's {@link CharsetDetector}: the most confident of its matches that is GB18030 or Big5 (GB2312 and
 *       GBK become GB18030, their superset), because Chinese corpora are in UTF-8, the GB family or Big5; failing
 *       those, its most confident match that Java can decode line by line.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class EncodingDetector {
    /** How many bytes callers should sample: 64 KiB. */
    public static final int SAMPLE_SIZE = 1 << 16;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    private EncodingDetector() {
    }

    /**
     * The encoding of {@code sample[0, length)}.
     *
     * @param input    the input's name, for messages
     * @param complete whether the sample is the whole input (then a cut sequence at its end is not excused)
     * @throws InputException for UTF-16 or UTF-32 input, or when nothing usable is detected
     */
    public static DetectedEncoding detect(String input, byte[] sample, int length, boolean complete) {
        if (startsWith(sample, length, 0xEF, 0xBB, 0xBF)) {
            return new DetectedEncoding(input, StandardCharsets.UTF_8, "byte-order mark", 3);
        }
        if (startsWith(sample, length, 0xFF, 0xFE) || startsWith(sample, length, 0xFE, 0xFF)
                || startsWith(sample, length, 0x00, 0x00, 0xFE, 0xFF)) {
            throw wideUnicode(input, "starts with a UTF-16 or UTF-32 byte-order mark");
        }
        if (length >= 2 && nulCount(sample, length) * 4 >= length) {
            throw wideUnicode(input, "has many NUL bytes, so it looks like UTF-16 or UTF-32");
        }
        if (isUtf8(sample, length, complete)) {
            return new DetectedEncoding(input, StandardCharsets.UTF_8, "valid UTF-8", 0);
        }
        return detectLegacy(input, sample, length);
    }

    private static DetectedEncoding detectLegacy(String input, byte[] sample, int length) {
        CharsetDetector detector = new CharsetDetector();
        byte[] bytes = new byte[length];
        System.arraycopy(sample, 0, bytes, 0, length);
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            Charset chinese = chinese(match.getName());
            if (chinese != null) {
                return new DetectedEncoding(input, chinese, "detected, confidence " + match.getConfidence(), 0);
            }
        }
        for (CharsetMatch match : matches) {
            Charset charset = usable(match.getName());
            if (charset != null) {
                return new DetectedEncoding(input, charset, "detected, confidence " + match.getConfidence(), 0);
            }
        }
        throw new InputException("cannot tell the encoding of " + input + ": pass --encoding, e.g. --encoding GB18030");
    }

    private static Charset chinese(String icuName) {
        String name = icuName.toUpperCase(Locale.ROOT);
        if (name.equals("GB18030") || name.equals("GBK") || name.equals("GB2312")) {
            return GB18030;
        }
        if (name.equals("BIG5")) {
            return BIG5;
        }
        return null;
    }

    /** The Java charset for an ICU match name, if Java has it and it is ASCII-compatible. */
    private static Charset usable(String icuName) {
        try {
            return BatchOptions.charsetNamed(icuName);
        } catch (InputException e) {
            return null; // e.g. ICU's IBM420_rtl or UTF-16LE: try the next match
        }
    }

    /** Strict UTF-8: no malformed sequence, except an incomplete one at the very end of a partial sample. */
    static boolean isUtf8(byte[] sample, int length, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            // underflow: all consumed, or an incomplete sequence (at most 3 bytes) left at the end
            return !in.hasRemaining() || (!complete && in.remaining() < 4);
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

    private static int nulCount(byte[] sample, int length) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (sample[i] == 0) {
                n++;
            }
        }
        return n;
    }
}

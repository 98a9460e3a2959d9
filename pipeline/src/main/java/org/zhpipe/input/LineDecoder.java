package org.zhpipe.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decodes one line strictly: either all its bytes are valid in the charset, or the first bad ones are named. Lines
 * are decoded on the batch run's workers, after {@link LineReader} split them. Stateless.
 */
public final class LineDecoder {
    private LineDecoder() {
    }

    /**
     * The text of a line, or where its first undecodable bytes are.
     *
     * @param text        the decoded line, or {@code null} when it has undecodable bytes
     * @param errorOffset the byte offset of the first undecodable bytes, or -1
     * @param errorLength how many bytes are undecodable there
     */
    public record Decoded(@Nullable String text, int errorOffset, int errorLength) {
        /** Whether the line decoded: {@link #text()} is not {@code null}. */
        public boolean ok() {
            return text != null;
        }
    }

    /** Decodes {@code bytes} strictly with {@code charset}. */
    public static Decoded decode(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the JDK's own UTF-8 decoding of a String is several times faster than a CharsetDecoder's; it replaces
            // each malformed sequence with U+FFFD, so a result without one decoded strictly. With one, the bytes were
            // malformed or held U+FFFD itself: the strict decoder below tells which, and where.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return new Decoded(text, -1, 0);
            }
        } else if (isAscii(bytes)) {
            return new Decoded(new String(bytes, charset), -1, 0);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult result = decoder.decode(in, out, true);
        while (true) {
            if (result.isError()) {
                return new Decoded(null, in.position(), result.length());
            }
            if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                result = decoder.decode(in, out, true);
                continue;
            }
            result = decoder.flush(out);
            if (result.isUnderflow()) {
                out.flip();
                return new Decoded(out.toString(), -1, 0);
            }
        }
    }

    /**
     * The line with undecodable bytes replaced by U+FFFD (or the charset's replacement), for a bad record written
     * through unprocessed.
     */
    public static String decodeLenient(byte[] bytes, Charset charset) {
        return new String(bytes, charset);
    }

    /**
     * A message for a failed decode, such as {@code undecodable bytes C3 28 for UTF-8 at byte offset 7 of the line;
     * if the input is in another encoding, set encoding (e.g. GB18030)}.
     *
     * @param encodingSetting how the message names the setting of the input encoding, e.g. {@code encoding} or
     *                        {@code --encoding}
     */
    public static String describe(Decoded decoded, byte[] bytes, Charset charset, String encodingSetting) {
        StringBuilder hex = new StringBuilder();
        int end = Math.min(bytes.length, decoded.errorOffset() + Math.min(Math.max(decoded.errorLength(), 1), 4));
        for (int i = decoded.errorOffset(); i < end; i++) {
            if (hex.length() > 0) {
                hex.append(' ');
            }
            hex.append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
        }
        return "undecodable bytes " + hex + " for " + charset.name() + " at byte offset " + decoded.errorOffset()
                + " of the line; if the input is in another encoding, set " + encodingSetting
                + " (e.g. GB18030)";
    }

    /** Plain ASCII without ESC, which means itself in every charset {@link Encodings} accepts. */
    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0 || b == 0x1B) {
                return false;
            }
        }
        return true;
    }
}

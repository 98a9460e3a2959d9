package org.zhpipe.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 fast path decides exactly as a strict decoder does, on valid, invalid and U+FFFD-holding lines. */
class LineDecoderTest {
    private static final byte[][] PIECES = {
            "a".getBytes(StandardCharsets.UTF_8), "中".getBytes(StandardCharsets.UTF_8),
            "𠀀".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {0x1B}, {0}};

    @Test
    void utf8DecodesAsTheStrictDecoder() throws CharacterCodingException {
        Random random = new Random(11);
        for (int trial = 0; trial < 20_000; trial++) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            int pieces = random.nextInt(8);
            for (int i = 0; i < pieces; i++) {
                byte[] piece = PIECES[random.nextInt(random.nextInt(4) == 0 ? PIECES.length : 4)];
                line.write(piece, 0, piece.length);
            }
            byte[] bytes = line.toByteArray();
            LineDecoder.Decoded decoded = LineDecoder.decode(bytes, StandardCharsets.UTF_8);
            CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 4);
            var result = strict.decode(in, out, true);
            if (result.isError()) {
                assertNull(decoded.text(), () -> java.util.HexFormat.of().formatHex(bytes));
                assertEquals(in.position(), decoded.errorOffset());
            } else {
                strict.flush(out);
                out.flip();
                assertEquals(out.toString(), decoded.text(), () -> java.util.HexFormat.of().formatHex(bytes));
            }
        }
    }

    @Test
    void wellFormedUtf8IsExactlyWhatDecodes() {
        Random random = new Random(12);
        for (int trial = 0; trial < 200_000; trial++) {
            byte[] bytes = new byte[random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) {
                // lead bytes and continuation bytes of every kind, and ASCII
                int kind = random.nextInt(4);
                bytes[i] = (byte) (kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0x80 + random.nextInt(0x40)
                        : 0xC0 + random.nextInt(0x40));
            }
            boolean decodes = LineDecoder.decode(bytes, StandardCharsets.UTF_8).ok();
            assertEquals(decodes, org.zhpipe.text.Utf8.isWellFormed(bytes), () -> java.util.HexFormat.of().formatHex(bytes));
        }
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x10000 ? 1 : 97) {
            if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
                assertEquals(true, org.zhpipe.text.Utf8.isWellFormed(Character.toString(cp)
                        .getBytes(StandardCharsets.UTF_8)), Integer.toHexString(cp));
            }
        }
    }
}

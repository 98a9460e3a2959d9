package org.zhpipe.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The encodings zhpipe reads: records are split on the byte 0x0A before decoding ({@link LineReader}), which is right
 * only for encodings where ASCII bytes mean ASCII (UTF-8, GB18030, Big5, ...), not for UTF-16, UTF-32 or EBCDIC.
 * Stateless.
 */
public final class Encodings {
    private Encodings() {
    }

    /**
     * The charset for an encoding name as a user gives it (on the command line, in options).
     *
     * @throws InputException if no such charset exists here, or it cannot be read line by line
     */
    public static Charset charsetNamed(String name) {
        Charset charset;
        try {
            charset = Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException("unknown encoding \"" + name + "\": use auto or a Java charset name such as "
                    + "UTF-8, GB18030 or Big5");
        }
        requireLineSafe(charset);
        return charset;
    }

    /**
     * Refuses a charset whose ASCII bytes do not mean ASCII, so that its records cannot be split on the byte 0x0A.
     *
     * @throws InputException naming the charset, with an {@code iconv} hint
     */
    public static void requireLineSafe(Charset charset) {
        String ascii = "\n\r\t !\"#09:AZaz{}~";
        boolean safe = charset.canEncode()
                && Arrays.equals(ascii.getBytes(charset), ascii.getBytes(StandardCharsets.US_ASCII));
        if (!safe) {
            throw new InputException("encoding " + charset.name() + " is not supported: zhpipe reads ASCII-compatible "
                    + "encodings (UTF-8, GB18030, Big5, ...); convert the input first, e.g. iconv -f "
                    + charset.name().toUpperCase(Locale.ROOT) + " -t UTF-8 in.txt > out.txt");
        }
    }
}

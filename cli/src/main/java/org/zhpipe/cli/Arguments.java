package org.zhpipe.cli;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Checks that the JVM could decode the command-line arguments. Java decodes them (and file names) with the
 * encoding of the locale ({@code sun.jnu.encoding}); under {@code LC_ALL=C} that is ASCII, and Chinese text or file
 * names arrive as U+FFFD. The {@code zhpipe} launcher runs Java in a UTF-8 locale; this catches {@code java -jar}
 * in an ASCII locale, which cannot be repaired from inside Java.
 */
final class Arguments {
    private Arguments() {
    }

    /** A message when an argument holds U+FFFD and the locale's encoding is not UTF-8; else {@code null}. */
    static String undecodable(String[] args) {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (isUtf8(encoding)) {
            return null;
        }
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                return "the arguments hold characters that the locale's encoding (" + encoding + ") cannot "
                        + "represent, so Java could not read them: run zhpipe in a UTF-8 locale, e.g. "
                        + "LC_ALL=C.UTF-8 java -jar zhpipe.jar ..., or use the zhpipe launcher, which does";
            }
        }
        return null;
    }

    private static boolean isUtf8(String encoding) {
        try {
            return Charset.forName(encoding).name().toUpperCase(Locale.ROOT).equals("UTF-8");
        } catch (RuntimeException e) {
            return false;
        }
    }
}

package org.zhpipe.io;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The encoding an input was read with, and why: what {@code --verbose} prints per file.
 *
 * @param input     the input's name as in messages (its path, or {@code <stdin>})
 * @param charset   the charset its lines are decoded with
 * @param reason    how it was chosen: {@code "given"}, {@code "byte-order mark"}, {@code "valid UTF-8"} or
 *                  {@code "detected, confidence N"}
 * @param bomLength bytes of byte-order mark skipped at the start
 */
public record DetectedEncoding(String input, Charset charset, String reason, int bomLength) {
    public DetectedEncoding {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line such as {@code corpus/a.txt: GB18030 (detected, confidence 62)}. */
    @Override
    public String toString() {
        return input + ": " + charset.name() + " (" + reason + ")";
    }
}

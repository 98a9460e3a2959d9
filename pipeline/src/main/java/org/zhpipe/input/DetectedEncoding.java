package org.zhpipe.input;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The encoding an input was read with, and why: what {@code --verbose} prints per file.
 *
 * @param input     the input's name as in messages (its path, or {@code <stdin>})
 * @param charset   the charset its lines are decoded with
 * @param reason    how it was chosen, for people: {@code "given"}, {@code "byte-order mark"},
 *                  {@code "ASCII only in the first N bytes"}, {@code "plausible as Chinese: ..."} (see
 *                  {@link EncodingDetector}) or {@code "not plausible as Chinese (...); ICU4J detected ..."}
 * @param bomLength bytes of byte-order mark skipped at the start
 */
public record DetectedEncoding(String input, Charset charset, String reason, int bomLength) {
    public DetectedEncoding {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * One line such as {@code corpus/a.txt: GB18030 (plausible as Chinese: GB18030 100%, UTF-8 0%, Big5 50% of 2
     * non-ASCII characters; not UTF-8: invalid at byte 0)}.
     */
    @Override
    public String toString() {
        return input + ": " + charset.name() + " (" + reason + ")";
    }
}

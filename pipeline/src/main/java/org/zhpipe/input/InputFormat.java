package org.zhpipe.input;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How an input is split into records and where a record's text is. */
public enum InputFormat {
    /** {@link #JSONL} for names ending {@code .jsonl} or {@code .ndjson} (optionally followed by {@code .gz}), else {@link #LINES}; stdin is {@link #LINES}. */
    AUTO,
    /** One record per line ({@code \n} or {@code \r\n}); the line is the text. An empty line is a record. */
    LINES,
    /** One JSON object per line; the text is one string field of it (default {@code "text"}). */
    JSONL;

    /**
     * The concrete format for an input with this file name ({@code null} for stdin): this format itself unless it is
     * {@link #AUTO}.
     */
    public InputFormat resolve(@Nullable String fileName) {
        if (this != AUTO) {
            return this;
        }
        if (fileName == null) {
            return LINES;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? JSONL : LINES;
    }
}

package org.zhpipe.eval;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.InputException;

/**
 * An evaluation file that cannot be read: missing, a directory, unreadable, or not valid UTF-8. The message is one
 * line, {@code path:line: what} (or {@code path: what} when no line is concerned), so the CLI prints it as is.
 */
public final class EvalInputException extends InputException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final long line;

    /**
     * @param path  the file
     * @param line  the 1-based line concerned, or 0 for the file as a whole
     * @param what  what is wrong, and if possible how to fix it
     * @param cause the underlying I/O error, or {@code null}
     */
    public EvalInputException(Path path, long line, String what, @Nullable Throwable cause) {
        super(path + (line > 0 ? ":" + line : "") + ": " + what, cause);
        this.path = Objects.requireNonNull(path, "path");
        this.line = line;
    }

    /** The file that could not be read. */
    public Path path() {
        return path;
    }

    /** The 1-based line concerned, or 0 when the problem is with the file as a whole. */
    public long line() {
        return line;
    }
}

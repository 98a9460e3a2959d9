package org.zhpipe.eval;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.zhpipe.internal.parse.Utf8Lines;
import org.zhpipe.resource.DataFiles;

/**
 * Opens evaluation files (gold, output, training words) for the one line scanner; errors are
 * {@link EvalInputException}s.
 */
final class EvalFiles {
    private EvalFiles() {
    }

    /**
     * The lines of {@code path}, read whole (at most {@link DataFiles#DATA_FILE_LIMIT}).
     *
     * @throws EvalInputException if it is missing, a directory or unreadable; later, from the scanner, for a line
     *                            that is not UTF-8
     */
    static Utf8Lines lines(Path path) {
        if (Files.isDirectory(path)) {
            throw new EvalInputException(path, 0, "is a directory, expected a text file", null);
        }
        byte[] bytes;
        try {
            bytes = DataFiles.read(path);
        } catch (NoSuchFileException e) {
            throw new EvalInputException(path, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new EvalInputException(path, 0, "permission denied", e);
        } catch (IOException e) {
            throw new EvalInputException(path, 0, "cannot read: " + e.getMessage(), e);
        }
        return Utf8Lines.anyBreak(bytes, (line, problem) -> new EvalInputException(path, line, problem
                + "; convert the file to UTF-8 first (e.g. iconv -f GB18030 -t UTF-8)", null));
    }
}

package org.zhpipe.feature;

import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFileException;

/** A fitted vocabulary file is missing, changed since it was fitted, or malformed. */
public class VocabularyFileException extends DataFileException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataFileException#DataFileException(String, int, String)}. */
    public VocabularyFileException(String file, int line, String problem) {
        super(file, line, problem);
    }

    /** See {@link DataFileException#DataFileException(String, int, String, Throwable)}. */
    public VocabularyFileException(String file, int line, String problem, @Nullable Throwable cause) {
        super(file, line, problem, cause);
    }

    /** A problem that is not in one file, such as an unknown bundled name. */
    public VocabularyFileException(String problem) {
        super(problem);
    }
}

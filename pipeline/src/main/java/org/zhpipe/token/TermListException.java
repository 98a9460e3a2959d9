package org.zhpipe.token;

import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFileException;

/** A list of terms (stopwords, exceptions) that cannot be read or names nothing bundled. */
public final class TermListException extends DataFileException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataFileException#DataFileException(String, int, String)}. */
    public TermListException(String file, int line, String problem) {
        super(file, line, problem);
    }

    /** See {@link DataFileException#DataFileException(String, int, String, Throwable)}. */
    public TermListException(String file, int line, String problem, @Nullable Throwable cause) {
        super(file, line, problem, cause);
    }

    /** A problem that is not in one file, such as an unknown bundled name. */
    public TermListException(String problem) {
        super(problem);
    }
}

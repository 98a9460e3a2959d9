package org.zhpipe.segment;

import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFileException;

/** A word list or model file that cannot be read: what is wrong, where and how to fix it. */
public final class DictionaryException extends DataFileException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataFileException#DataFileException(String, int, String)}. */
    public DictionaryException(String file, int line, String problem) {
        super(file, line, problem);
    }

    /** See {@link DataFileException#DataFileException(String, int, String, Throwable)}. */
    public DictionaryException(String file, int line, String problem, @Nullable Throwable cause) {
        super(file, line, problem, cause);
    }

    /** A problem that is not in one file, such as an unknown bundled name. */
    public DictionaryException(String problem) {
        super(problem);
    }
}

package org.zhpipe.feature;

import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFileException;

/** An IDF table file that cannot be read: what is wrong, where ({@code idf.txt:17: ...}) and how to fix it. */
public final class IdfTableException extends DataFileException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataFileException#DataFileException(String, int, String)}. */
    public IdfTableException(String file, int line, String problem) {
        super(file, line, problem);
    }

    /** See {@link DataFileException#DataFileException(String, int, String, Throwable)}. */
    public IdfTableException(String file, int line, String problem, @Nullable Throwable cause) {
        super(file, line, problem, cause);
    }

    /** A problem that is not in one file, such as an unknown bundled name. */
    public IdfTableException(String problem) {
        super(problem);
    }
}

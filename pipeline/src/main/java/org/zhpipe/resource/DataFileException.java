package org.zhpipe.resource;

import org.jspecify.annotations.Nullable;

/**
 * A data file a spec names cannot be used: missing, refused, too large, or malformed at a line. The base of every
 * loader's exception (word lists, stopword lists, IDF tables, vocabularies, OpenCC configurations and dictionaries),
 * so an application can catch one type and read where the problem is from {@link #file()} and {@link #line()}. The
 * message is {@code file:line: problem} (or {@code file: problem}, or the problem alone): what, where, and how to
 * fix it.
 */
public class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String problem;

    /**
     * @param file    how the file is named to the user (a path, or a bundled name); empty when the problem is not in
     *                one file (an unknown bundled name)
     * @param line    the 1-based line the problem is on, or 0 when it is about the whole file
     * @param problem what is wrong and how to fix it, without the file and line
     */
    public DataFileException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    /** As {@link #DataFileException(String, int, String)}, with the exception that caused it (may be null). */
    public DataFileException(String file, int line, String problem, @Nullable Throwable cause) {
        super(message(file, line, problem), cause);
        if (line < 0) {
            throw new IllegalArgumentException("line " + line + " < 0");
        }
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** A problem that is not in one file, such as an unknown bundled name. */
    public DataFileException(String problem) {
        this("", 0, problem, null);
    }

    /** How the file is named to the user; empty when the problem is not in one file. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it is about the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong and how to fix it, without the file and line. */
    public String problem() {
        return problem;
    }

    private static String message(String file, int line, String problem) {
        if (file.isEmpty()) {
            return problem;
        }
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }
}

package org.zhpipe.resource;

/**
 * A data file a spec names cannot be used: missing, refused, too large, or malformed at a line. The base of every
 * loader's exception (word lists, stopword lists, IDF tables, vocabularies, OpenCC configurations and dictionaries),
 * so an application can catch one type. The message says what, where ({@code file:line}) and how to fix it.
 */
public class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.zhpipe.feature;

/**
 * An IDF table file that cannot be read: the message names the file and, where it applies, the line
 * ({@code idf.txt:17: ...}), says what is wrong and how to fix it.
 */
public final class IdfTableException extends org.zhpipe.resource.DataFileException {
    public IdfTableException(String message) {
        super(message);
    }

    public IdfTableException(String message, Throwable cause) {
        super(message, cause);
    }
}

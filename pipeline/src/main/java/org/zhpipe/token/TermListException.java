package org.zhpipe.token;

/**
 * A list of terms (stopwords, exceptions) that cannot be read or names nothing bundled: the message names the file
 * and, where it applies, the line, and says how to fix it.
 */
public final class TermListException extends org.zhpipe.resource.DataFileException {
    public TermListException(String message) {
        super(message);
    }

    public TermListException(String message, Throwable cause) {
        super(message, cause);
    }
}

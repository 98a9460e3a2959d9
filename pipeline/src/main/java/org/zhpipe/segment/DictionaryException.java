package org.zhpipe.segment;

/** A word list or model file that cannot be read: the message names the file and line and says how to fix it. */
public final class DictionaryException extends org.zhpipe.resource.DataFileException {
    public DictionaryException(String message) {
        super(message);
    }

    public DictionaryException(String message, Throwable cause) {
        super(message, cause);
    }
}

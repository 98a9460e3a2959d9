package org.zhpipe.feature;

/** A fitted vocabulary file is missing, changed since it was fitted, or malformed; the message names file and line. */
public class VocabularyFileException extends org.zhpipe.resource.DataFileException {
    public VocabularyFileException(String message) {
        super(message);
    }

    public VocabularyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

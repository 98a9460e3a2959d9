package org.zhpipe.convert;

import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFileException;

/**
 * An OpenCC configuration or dictionary that cannot be loaded: an unknown bundled name, a missing file, JSON that
 * does not parse or does not describe a configuration, a malformed dictionary line. The message is one line that
 * names the file (with the line for dictionaries, the JSON path for configurations), what is wrong and how to fix
 * it, e.g. {@code /data/my.json: conversion_chain[0].dict.type: unknown dictionary type "ocd3"; use one of ...}.
 */
public class OpenccConfigException extends DataFileException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataFileException#DataFileException(String, int, String)}. */
    public OpenccConfigException(String file, int line, String problem) {
        super(file, line, problem);
    }

    /** See {@link DataFileException#DataFileException(String, int, String, Throwable)}. */
    public OpenccConfigException(String file, int line, String problem, @Nullable Throwable cause) {
        super(file, line, problem, cause);
    }

    /** A problem that is not in one file, such as an unknown bundled name. */
    public OpenccConfigException(String problem) {
        super(problem);
    }
}

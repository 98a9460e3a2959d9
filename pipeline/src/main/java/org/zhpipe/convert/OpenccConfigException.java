package org.zhpipe.convert;

/**
 * An OpenCC configuration or dictionary that cannot be loaded: an unknown bundled name, a missing file, JSON that
 * does not parse or does not describe a configuration, a malformed dictionary line. The message is one line that
 * names the file (with the line for dictionaries, the JSON path for configurations), what is wrong and how to fix
 * it, e.g. {@code /data/my.json: conversion_chain[0].dict.type: unknown dictionary type "ocd3"; use one of ...}.
 */
public class OpenccConfigException extends org.zhpipe.resource.DataFileException {
    private static final long serialVersionUID = 1L;

    public OpenccConfigException(String message) {
        super(message);
    }

    public OpenccConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.zhpipe.cli;

import org.zhpipe.batch.BatchSetting;

/** The command-line flag of each batch setting, so that the library's messages name what a CLI user types. */
final class Flags {
    /** The flags as {@link BatchSetting.Names}. */
    static final BatchSetting.Names NAMES = Flags::of;

    private Flags() {
    }

    static String of(BatchSetting setting) {
        return switch (setting) {
            case ENCODING -> "--encoding";
            case FIELD -> "--field";
            case OUTPUT_FORMAT -> "--format";
            case ON_ERROR -> "--on-error";
            case MAX_RECORD_BYTES -> "--max-record-size";
            case REJECTS -> "--rejects";
            case SIGNALS -> "--signals";
        };
    }
}

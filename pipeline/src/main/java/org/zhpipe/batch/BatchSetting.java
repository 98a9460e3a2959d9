package org.zhpipe.batch;

/**
 * The settings of a batch run that messages point a user to ("set the encoding", "raise the record limit"). The
 * library names them by their {@link BatchOptions.Builder} method; an application with its own names for them (a
 * command line's flags) passes {@link BatchOptions.Builder#settingNames} and every message uses those instead.
 */
public enum BatchSetting {
    /** {@link BatchOptions.Builder#encoding}. */
    ENCODING("encoding"),
    /** {@link BatchOptions.Builder#field}. */
    FIELD("field"),
    /** {@link BatchOptions.Builder#outputFormat}. */
    OUTPUT_FORMAT("outputFormat"),
    /** {@link BatchOptions.Builder#onError}. */
    ON_ERROR("onError"),
    /** {@link BatchOptions.Builder#maxRecordBytes}. */
    MAX_RECORD_BYTES("maxRecordBytes"),
    /** {@link BatchOptions.Builder#rejects}. */
    REJECTS("rejects"),
    /** {@link BatchOptions.Builder#signals}. */
    SIGNALS("signals");

    private final String method;

    BatchSetting(String method) {
        this.method = method;
    }

    /** The {@link BatchOptions.Builder} method that sets it, e.g. {@code maxRecordBytes}. */
    public String method() {
        return method;
    }

    /** How a user names a setting in messages: its builder method by default. */
    @FunctionalInterface
    public interface Names {
        /** The builder methods' names. */
        Names API = BatchSetting::method;

        String of(BatchSetting setting);
    }
}

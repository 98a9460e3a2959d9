package org.zhpipe.batch;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhpipe.input.EncodingDetector;
import org.zhpipe.input.Encodings;
import org.zhpipe.input.InputException;
import org.zhpipe.input.InputFormat;
import org.zhpipe.output.OffsetUnit;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.stage.Pipeline;

/**
 * What a {@link BatchRunner} reads, how, and where it writes. Immutable; build with {@link #builder()}, which checks
 * every value.
 *
 * <pre>{@code
 * BatchOptions options = BatchOptions.builder()
 *         .inputs(List.of(Path.of("corpus/")))
 *         .output(Path.of("clean.jsonl.gz"))
 *         .inputFormat(InputFormat.JSONL)
 *         .onError(OnError.SKIP)
 *         .workers(4)
 *         .build();
 * }</pre>
 *
 * @param inputs       files and folders to read, in order; empty means stdin
 * @param output       the file to write, or {@code null} for the given stdout stream
 * @param inputFormat  how inputs are split into records
 * @param outputFormat how records are written
 * @param field        the JSONL field that holds the text
 * @param encoding     the input encoding, or empty for automatic detection per file
 * @param onError      what to do with a bad record
 * @param workers      threads that run the pipeline
 * @param batchRecords records per batch handed to a worker (at most)
 * @param batchBytes   raw line bytes per batch (a batch closes once it reaches this)
 * @param offsets      the unit of token offsets in JSON output
 * @param otherOutputs files written besides {@code output} (a fitted spec and its vocabulary), never read as inputs
 * @param settingNames how messages name the settings (the builder's methods unless an application names them)
 * @param maxRecordBytes the longest record (line) in bytes that is read; a longer one is a bad record, never held
 *                     in memory (default {@value #DEFAULT_MAX_RECORD_BYTES}, 16 MiB)
 * @param rejects      where to write the records a document stage drops (JSONL: each record's fields, with a
 *                     {@code "zhpipe"} object holding its source, the rules that dropped it and its signals), or
 *                     {@code null} to write them nowhere (they are counted either way)
 * @param signals      whether each JSONL output record gets a {@code "signals"} object (the document stages'
 *                     signals)
 * @param tokens       whether JSONL output records of a segmenting pipeline get their {@code "tokens"} (default);
 *                     false writes the text only, e.g. when the segmenter is there for word-level quality signals
 */
public record BatchOptions(List<Path> inputs, @Nullable Path output, InputFormat inputFormat,
                           OutputFormat outputFormat, String field, Optional<Charset> encoding, OnError onError,
                           int workers, int batchRecords, int batchBytes, OffsetUnit offsets, List<Path> otherOutputs,
                           long maxRecordBytes, BatchSetting.Names settingNames, @Nullable Path rejects,
                           boolean signals, boolean tokens) {
    /** The name {@link Builder#encoding(String)} takes for automatic detection. */
    public static final String AUTO_ENCODING = "auto";
    /** The default record limit: 16 MiB. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 16L << 20;

    public BatchOptions {
        inputs = List.copyOf(inputs);
        otherOutputs = List.copyOf(otherOutputs);
        Objects.requireNonNull(inputFormat, "inputFormat");
        Objects.requireNonNull(outputFormat, "outputFormat");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(onError, "onError");
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(settingNames, "settingNames");
        if (field.isEmpty()) {
            throw new InputException("the JSONL text field name is empty: set " + settingNames.of(BatchSetting.FIELD)
                    + " to the name of the field that holds the text, such as text");
        }
        encoding.ifPresent(Encodings::requireLineSafe);
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        if (batchRecords < 1) {
            throw new IllegalArgumentException("batchRecords must be at least 1, not " + batchRecords);
        }
        if (batchBytes < 1) {
            throw new IllegalArgumentException("batchBytes must be at least 1, not " + batchBytes);
        }
        if (maxRecordBytes < 1 || maxRecordBytes > Integer.MAX_VALUE - 16) {
            throw new InputException("the record limit must be between 1 byte and 2 GB, not " + maxRecordBytes);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Refuses {@code format} where {@code pipeline} cannot be written in it ({@link OutputFormat#requireUsable}), or
     * where {@code onError} would write what it cannot hold: {@link OnError#KEEP} writes bad records through
     * unprocessed, which a libsvm or mtx file cannot. The one check of (pipeline, format, mode) for one-shot texts
     * and corpora alike.
     *
     * @param corpus  whether a whole corpus is written ({@code false}: texts one at a time)
     * @param onError what happens to bad records
     * @param names   how messages name the settings
     * @throws InputException naming the setting to change
     */
    public static void requireUsable(OutputFormat format, Pipeline pipeline, boolean corpus, OnError onError,
                                     BatchSetting.Names names) {
        requireUsable(format, pipeline, corpus, onError, false, names);
    }

    /**
     * As {@link #requireUsable(OutputFormat, Pipeline, boolean, OnError, BatchSetting.Names)}, and refuses
     * {@code signals} where there are none to write or no JSON object to write them in.
     */
    public static void requireUsable(OutputFormat format, Pipeline pipeline, boolean corpus, OnError onError,
                                     boolean signals, BatchSetting.Names names) {
        format.requireUsable(pipeline, corpus, names.of(BatchSetting.OUTPUT_FORMAT));
        if (signals && pipeline.signalNames().isEmpty()) {
            throw new InputException(names.of(BatchSetting.SIGNALS) + " writes the signals of the pipeline's document "
                    + "stages, and it has none: add one, such as {\"type\": \"quality\"}");
        }
        if (signals && (format == OutputFormat.TEXT || pipeline.hasFeatures())) {
            throw new InputException(names.of(BatchSetting.SIGNALS) + " adds a \"signals\" object to JSON records: use "
                    + names.of(BatchSetting.OUTPUT_FORMAT) + " jsonl" + (pipeline.hasFeatures() ? ", and a pipeline "
                    + "without a feature stage" : ""));
        }
        if ((format == OutputFormat.LIBSVM || format == OutputFormat.MTX) && onError == OnError.KEEP) {
            String keep = names.of(BatchSetting.ON_ERROR) + " keep";
            throw new InputException(keep + " writes bad records through unprocessed, which a "
                    + format.name().toLowerCase(Locale.ROOT) + " file cannot hold: use "
                    + names.of(BatchSetting.ON_ERROR) + " skip");
        }
    }

    /** Every file the run writes: {@code output} and {@code rejects} (when set) and {@code otherOutputs}. */
    public List<Path> outputs() {
        List<Path> all = new java.util.ArrayList<>();
        if (output != null) {
            all.add(output);
        }
        if (rejects != null) {
            all.add(rejects);
        }
        all.addAll(otherOutputs);
        return all;
    }

    /** The encoding as the user would write it: {@code auto} or the charset's name. */
    public String encodingName() {
        return encoding.map(Charset::name).orElse(AUTO_ENCODING);
    }

    /** Collects options; every setter has a default. Not thread-safe. */
    public static final class Builder {
        private List<Path> inputs = List.of();
        private @Nullable Path output;
        private InputFormat inputFormat = InputFormat.AUTO;
        private OutputFormat outputFormat = OutputFormat.AUTO;
        private String field = "text";
        private Optional<Charset> encoding = Optional.empty();
        private OnError onError = OnError.FAIL;
        private int workers = Runtime.getRuntime().availableProcessors();
        private int batchRecords = 512;
        private long maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
        private List<Path> otherOutputs = List.of();
        private BatchSetting.Names settingNames = BatchSetting.Names.API;
        private int batchBytes = 1 << 20;
        private OffsetUnit offsets = OffsetUnit.UTF16;
        private Path rejects;
        private boolean signals;
        private boolean tokens = true;

        private Builder() {
        }

        /** Files and folders to read, in order (default: none, i.e. stdin). */
        public Builder inputs(List<Path> inputs) {
            this.inputs = List.copyOf(inputs);
            return this;
        }

        /** The file to write, {@code .gz} to compress it; {@code null} (the default) writes to the given stdout. */
        public Builder output(@Nullable Path output) {
            this.output = output;
            return this;
        }

        /** Default {@link InputFormat#AUTO}. */
        public Builder inputFormat(InputFormat inputFormat) {
            this.inputFormat = inputFormat;
            return this;
        }

        /** Default {@link OutputFormat#AUTO}. */
        public Builder outputFormat(OutputFormat outputFormat) {
            this.outputFormat = outputFormat;
            return this;
        }

        /** The JSONL field that holds the text; default {@code "text"}. */
        public Builder field(String field) {
            this.field = field;
            return this;
        }

        /**
         * {@code "auto"} (the default: per file, by byte-order mark, UTF-8 validity, then {@link EncodingDetector}) or
         * a Java charset name.
         *
         * @throws InputException for an unknown or unsupported charset
         */
        public Builder encoding(String name) {
            Objects.requireNonNull(name, "encoding");
            this.encoding = name.trim().equalsIgnoreCase(AUTO_ENCODING) ? Optional.empty()
                    : Optional.of(Encodings.charsetNamed(name));
            return this;
        }

        /** Default {@link OnError#FAIL}. */
        public Builder onError(OnError onError) {
            this.onError = onError;
            return this;
        }

        /** Threads that run the pipeline; default the number of processors. */
        public Builder workers(int workers) {
            this.workers = workers;
            return this;
        }

        /** At most this many records per batch; default 512. */
        public Builder batchRecords(int batchRecords) {
            this.batchRecords = batchRecords;
            return this;
        }

        /** A batch closes once its lines reach this many bytes; default 1 MiB. */
        public Builder batchBytes(int batchBytes) {
            this.batchBytes = batchBytes;
            return this;
        }

        /** How messages name the settings; see {@link BatchSetting}. */
        public Builder settingNames(BatchSetting.Names settingNames) {
            this.settingNames = settingNames;
            return this;
        }

        /** Files written besides the output, which are never read as inputs; see {@link BatchOptions#otherOutputs()}. */
        public Builder otherOutputs(List<Path> otherOutputs) {
            this.otherOutputs = otherOutputs;
            return this;
        }

        /** The longest record read, in bytes; see {@link BatchOptions#maxRecordBytes()}. */
        public Builder maxRecordBytes(long maxRecordBytes) {
            this.maxRecordBytes = maxRecordBytes;
            return this;
        }

        /** The unit of token offsets in JSON output; default UTF-16. */
        public Builder offsets(OffsetUnit offsets) {
            this.offsets = offsets;
            return this;
        }

        /** Where dropped records go; see {@link BatchOptions#rejects()}. Default {@code null}: nowhere. */
        public Builder rejects(@Nullable Path rejects) {
            this.rejects = rejects;
            return this;
        }

        /** Whether JSONL records get their tokens; see {@link BatchOptions#tokens()}. Default true. */
        public Builder tokens(boolean tokens) {
            this.tokens = tokens;
            return this;
        }

        /** Whether JSONL records get their signals; see {@link BatchOptions#signals()}. Default false. */
        public Builder signals(boolean signals) {
            this.signals = signals;
            return this;
        }

        /**
         * The options.
         *
         * @throws InputException           for an empty field name or an unsupported encoding
         * @throws IllegalArgumentException for a count below 1
         */
        public BatchOptions build() {
            return new BatchOptions(inputs, output, inputFormat, outputFormat, field, encoding, onError, workers,
                    batchRecords, batchBytes, offsets, otherOutputs, maxRecordBytes, settingNames, rejects, signals,
                    tokens);
        }
    }
}

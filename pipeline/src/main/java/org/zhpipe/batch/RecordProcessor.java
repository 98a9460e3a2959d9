package org.zhpipe.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhpipe.input.InputFormat;
import org.zhpipe.input.LineDecoder;
import org.zhpipe.input.RecordOrigin;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.output.FeatureOutput;
import org.zhpipe.output.JsonRecord;
import org.zhpipe.output.OffsetUnit;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.output.ResultJson;
import org.zhpipe.output.ResultLine;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.Drop;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;

/**
 * Turns a batch of raw lines into outcomes on a worker thread: decodes each line strictly, extracts the text (the
 * line, or a JSONL field), runs the pipeline and renders the output line. A bad record (undecodable bytes, bad
 * JSONL, or an exception from the pipeline) becomes a bad outcome, with what {@link OnError#KEEP} would write:
 * <ul>
 *   <li>text output: the record's unprocessed text when it was extracted, else the decoded line;</li>
 *   <li>JSONL output from line input: {@code {"text": <the decoded line>}};</li>
 *   <li>JSONL output from JSONL input: the decoded line as it was, even when it is not valid JSON.</li>
 * </ul>
 * Undecodable bytes are replaced by U+FFFD in what is kept. Immutable and thread-safe.
 */
final class RecordProcessor implements Function<List<RawRecord>, List<Outcome>> {
    private final Pipeline pipeline;
    private final OutputFormat outputFormat;
    private final String field;
    private final boolean keep;
    private final OffsetUnit offsets;
    private final long maxRecordBytes;
    private final BatchSetting.Names names;
    private final String encodingSetting;
    private final String fieldSetting;
    private final boolean rejects;
    private final boolean signals;
    private final boolean observed;
    private final boolean tokens;
    /** The pipeline's code point mapping, when that is all it does and text lines are written: run on the bytes. */
    private final org.zhpipe.stage.@Nullable FusedCodePointStage bytesMapping;
    /** As {@link #bytesMapping}, for the text of JSONL records written back as JSONL with no field added. */
    private final org.zhpipe.stage.@Nullable FusedCodePointStage jsonMapping;

    /**
     * @param outputFormat resolved: not {@link OutputFormat#AUTO}
     * @param onError      the policy, which may differ from {@code options}' (fitting keeps nothing)
     */
    RecordProcessor(Pipeline pipeline, OutputFormat outputFormat, OnError onError, BatchOptions options) {
        this(pipeline, outputFormat, onError, options, false);
    }

    /** @param observed whether outcomes carry their text and result for a {@link ResultObserver} */
    RecordProcessor(Pipeline pipeline, OutputFormat outputFormat, OnError onError, BatchOptions options,
                    boolean observed) {
        if (outputFormat == OutputFormat.AUTO) {
            throw new IllegalArgumentException("resolve the output format first");
        }
        this.pipeline = pipeline;
        this.outputFormat = outputFormat;
        this.field = options.field();
        this.keep = onError == OnError.KEEP;
        this.offsets = options.offsets();
        this.maxRecordBytes = options.maxRecordBytes();
        this.names = options.settingNames();
        this.encodingSetting = names.of(BatchSetting.ENCODING);
        this.fieldSetting = names.of(BatchSetting.FIELD);
        this.rejects = options.rejects() != null;
        this.signals = options.signals();
        this.tokens = options.tokens();
        this.observed = observed;
        this.bytesMapping = outputFormat == OutputFormat.TEXT && !observed
                ? pipeline.codePointMapping().orElse(null) : null;
        this.jsonMapping = outputFormat == OutputFormat.JSONL && !observed && !signals
                ? pipeline.codePointMapping().orElse(null) : null;
    }

    @Override
    public List<Outcome> apply(List<RawRecord> batch) {
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (RawRecord record : batch) {
            outcomes.add(process(record));
        }
        return outcomes;
    }

    Outcome process(RawRecord record) {
        if (record.isBadFile()) {
            return Outcome.badFile(record);
        }
        if (record.tooLong()) {
            return tooLong(record);
        }
        RecordOrigin origin = record.origin();
        boolean utf8 = origin.charset().equals(StandardCharsets.UTF_8);
        if (utf8 && origin.format() == InputFormat.JSONL && org.zhpipe.text.Utf8.isWellFormed(record.bytes())) {
            return processJson(record, record.bytes()); // parsed from its bytes: no string of the whole line
        }
        if (utf8 && bytesMapping != null) {
            // the line mapped code point by code point, bytes to bytes, with no string made (bytes that are not
            // UTF-8, or a line break or a lone surrogate in the result, take the string path below)
            org.zhpipe.stage.FusedCodePointStage.Utf8Mapping mapped = bytesMapping.mapUtf8(record.bytes());
            if (mapped != null) {
                return Outcome.good(record, mapped.utf8(), mapped.codePointsIn(), mapped.codePointsOut());
            }
        }
        LineDecoder.Decoded decoded = LineDecoder.decode(record.bytes(), origin.charset());
        if (!decoded.ok()) {
            String line = LineDecoder.decodeLenient(record.bytes(), origin.charset());
            return bad(record, LineDecoder.describe(decoded, record.bytes(), origin.charset(), encodingSetting), line,
                    line);
        }
        String line = decoded.text();
        if (origin.format() == InputFormat.JSONL) {
            return processJson(record, line.getBytes(StandardCharsets.UTF_8));
        }
        try {
            Result result = pipeline.process(line);
            if (result.dropped()) {
                return dropped(record, result, null, line);
            }
            String output = outputFormat == OutputFormat.JSONL && (signals || !tokens)
                    ? ResultJson.toJsonLine(result, offsets, tokens, signals)
                    : ResultLine.render(result, outputFormat, offsets);
            boolean vector = result.features() != null && outputFormat != OutputFormat.TEXT;
            String counted = vector ? output : result.output();
            long charsIn = codePoints(line);
            // most lines of a cleaning run come out as they went in: the same string, counted once
            long charsOut = counted == line ? charsIn : codePoints(counted);
            return seen(Outcome.good(record, output, charsIn, charsOut), line, result);
        } catch (RuntimeException e) {
            return bad(record, pipelineFailed(e), line, line);
        }
    }

    /** A JSONL record, given as its line in well-formed UTF-8. */
    private Outcome processJson(RawRecord record, byte[] utf8) {
        boolean jsonOut = outputFormat == OutputFormat.JSONL;
        JsonRecord json;
        List<String> added = new ArrayList<>(2);
        try {
            if (jsonOut && tokens && pipeline.segments() && !pipeline.hasFeatures()) {
                added.add("tokens");
            }
            if (jsonOut && signals) {
                added.add("signals");
            }
            json = JsonRecord.parse(utf8, field, added, fieldSetting);
        } catch (RecordProblem e) {
            String line = utf8(utf8);
            return bad(record, e.getMessage(), line, line);
        }
        byte[] textUtf8 = json.textUtf8();
        if (jsonMapping != null && added.isEmpty() && textUtf8 != null) {
            // the text as the line holds it (no escape in it), mapped bytes to bytes, with no string made
            org.zhpipe.stage.FusedCodePointStage.Utf8Mapping mapped = jsonMapping.mapUtf8(textUtf8);
            if (mapped != null) {
                return Outcome.good(record, json.renderUtf8(mapped.utf8()), mapped.codePointsIn(),
                        mapped.codePointsOut());
            }
        }
        try {
            Result result = pipeline.process(json.text());
            if (result.dropped()) {
                return dropped(record, result, utf8, json.text());
            }
            if (result.features() != null && outputFormat != OutputFormat.TEXT) {
                String output = FeatureOutput.render(result.features(), outputFormat, utf8(utf8), field, json.text(),
                        offsets);
                return seen(Outcome.good(record, output, codePoints(json.text()), codePoints(output)), json.text(),
                        result);
            }
            long charsIn = codePoints(json.text());
            String text = result.output();
            long charsOut = text == json.text() ? charsIn : codePoints(text);
            Outcome outcome = jsonOut
                    ? Outcome.good(record, json.renderUtf8(result.text().current(), added(result)), charsIn, charsOut)
                    : Outcome.good(record, ResultLine.oneLine(text), charsIn, charsOut);
            return seen(outcome, json.text(), result);
        } catch (RecordProblem e) {
            return bad(record, e.getMessage(), json.text(), utf8(utf8));
        } catch (RuntimeException e) {
            return bad(record, pipelineFailed(e), json.text(), utf8(utf8));
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The values of the fields JSONL output adds to a record: its tokens and signals, as asked. */
    private Map<String, String> added(Result result) {
        Map<String, String> added = new HashMap<>(4);
        if (tokens && result.segmented()) {
            added.put("tokens", ResultJson.tokensJson(result.tokens(), result.text().original(), offsets));
        }
        if (signals) {
            added.put("signals", ResultJson.signalsJson(result.signals()));
        }
        return added;
    }

    /**
     * The outcome of a dropped record, with its line for the rejects file when there is one: the record's fields
     * ({@code {"text": ...}} for line input) and a {@code "zhpipe"} object with its source, the rules that dropped it
     * and its signals.
     *
     * @param jsonLine the JSONL line in UTF-8, or {@code null} for line input
     */
    private Outcome dropped(RawRecord record, Result result, byte @Nullable [] jsonLine, String text) {
        String reject = null;
        if (rejects) {
            String zhpipe = "{\"source\":" + ResultJson.quote(record.location()) + ",\"drops\":"
                    + ResultJson.dropsJson(result.drops()) + ",\"signals\":" + ResultJson.signalsJson(result.signals())
                    + "}";
            if (jsonLine == null) {
                reject = "{\"text\":" + ResultJson.quote(text) + ",\"zhpipe\":" + zhpipe + "}";
            } else {
                try {
                    reject = JsonRecord.parse(jsonLine, field, List.of("zhpipe"), fieldSetting)
                            .render(text, Map.of("zhpipe", zhpipe));
                } catch (RecordProblem e) {
                    throw new IllegalStateException("the record parsed once already", e);
                }
            }
        }
        return seen(Outcome.dropped(record, result.drops(), reject, codePoints(text)), text, result);
    }

    private Outcome seen(Outcome outcome, String text, Result result) {
        return observed ? outcome.seen(text, result) : outcome;
    }

    /**
     * Decodes one record and counts its text into {@code counts} (for fitting): a good outcome without output, a
     * dropped one, or a bad one.
     */
    Outcome accumulate(RawRecord record, org.zhpipe.stage.FitAccumulator counts) {
        if (record.isBadFile()) {
            return Outcome.badFile(record);
        }
        if (record.tooLong()) {
            return tooLong(record);
        }
        RecordOrigin origin = record.origin();
        LineDecoder.Decoded decoded = LineDecoder.decode(record.bytes(), origin.charset());
        if (!decoded.ok()) {
            return Outcome.bad(record, LineDecoder.describe(decoded, record.bytes(), origin.charset(),
                    encodingSetting), null);
        }
        String text = decoded.text();
        if (origin.format() == InputFormat.JSONL) {
            try {
                text = JsonRecord.parse(text, field, false, fieldSetting).text();
            } catch (RecordProblem e) {
                return Outcome.bad(record, e.getMessage(), null);
            }
        }
        try {
            List<Drop> drops = pipeline.accumulate(text, counts);
            if (!drops.isEmpty()) {
                return Outcome.dropped(record, drops, null, codePoints(text));
            }
            return Outcome.good(record, (byte[]) null, codePoints(text), 0);
        } catch (RuntimeException e) {
            return Outcome.bad(record, pipelineFailed(e), null);
        }
    }

    /** A record longer than the limit: it was not kept, so even {@link OnError#KEEP} cannot write it. */
    private Outcome tooLong(RawRecord record) {
        return Outcome.bad(record, String.format(java.util.Locale.ROOT, "record of %,d bytes is longer than the "
                + "limit of %,d bytes, so it was not read (and is not written even with %s keep): raise %s, or split "
                + "the record", record.tooLongSize(), maxRecordBytes, names.of(BatchSetting.ON_ERROR),
                names.of(BatchSetting.MAX_RECORD_BYTES)), null);
    }

    /**
     * A bad outcome.
     *
     * @param text the record's unprocessed text (what text output keeps)
     * @param line the decoded line (what JSONL output keeps)
     */
    private Outcome bad(RawRecord record, String problem, String text, String line) {
        if (!keep) {
            return Outcome.bad(record, problem, null);
        }
        String kept;
        if (outputFormat == OutputFormat.TEXT) {
            kept = ResultLine.oneLine(text);
        } else if (record.origin().format() == InputFormat.JSONL) {
            kept = line;
        } else {
            kept = "{\"text\":" + ResultJson.quote(line) + "}";
        }
        return Outcome.bad(record, problem, kept);
    }

    private static String pipelineFailed(RuntimeException e) {
        String message = e.getMessage();
        return "pipeline failed: " + e.getClass().getSimpleName()
                + (message == null ? "" : ": " + ResultLine.oneLine(message));
    }

    private static long codePoints(String s) {
        return s.codePointCount(0, s.length());
    }
}

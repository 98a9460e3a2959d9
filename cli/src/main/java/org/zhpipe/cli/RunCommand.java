package org.zhpipe.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhpipe.batch.BadRecordException;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.BatchRunner;
import org.zhpipe.batch.BatchSummary;
import org.zhpipe.batch.OnError;
import org.zhpipe.input.DetectedEncoding;
import org.zhpipe.output.OffsetUnit;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.output.ResultJson;
import org.zhpipe.output.ResultLine;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhpipe run}: one-shot on the TEXT arguments, or batch over {@code -i} inputs or standard input.
 */
@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Run a pipeline on text given as arguments, on standard input (one record per line), "
                + "or on files and folders (-i).",
                "Examples:",
                "  zhpipe run -p halfwidth 'ＡＢＣ１２３，你好　世界！'",
                "  echo 'ＡＢＣ，你好' | zhpipe run -p halfwidth",
                "  zhpipe run -s spec.json -i corpus/ -i extra.txt.gz -o out.jsonl"})
final class RunCommand implements Callable<Integer> {
    /** The raw standard streams and whether a person is at a terminal; set by {@link Main#run}. */
    record Streams(InputStream in, OutputStream out, boolean terminal) {
    }

    Streams streams = new Streams(System.in, System.out, false);

    @Spec
    CommandSpec command;

    @Mixin
    SpecOptions specOptions;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "Text to process; one output line each.")
    List<String> texts = List.of();

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Output file (written to a temporary file, renamed on success; .gz compresses). "
                    + "Default: standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output: text (tokens joined by one space when the pipeline segments; term:value pairs for "
                    + "a feature stage), jsonl (tokens; or {\"indices\", \"values\"} for a feature stage), terms "
                    + "({\"terms\": {term: value}}), libsvm (label index:value, 1-based), mtx (Matrix Market), or "
                    + "auto (jsonl for a feature stage, JSONL input or a .jsonl output file, else text). "
                    + "Default: ${DEFAULT-VALUE}.")
    String format = "auto";

    @Option(names = "--on-error", paramLabel = "POLICY",
            description = "A bad record (invalid JSON, missing field, undecodable bytes): fail (stop), skip (report "
                    + "and leave out) or keep (report and write it through unprocessed). A bad file (binary, UTF-16, "
                    + "corrupt gzip) stops the run under fail and is reported and skipped under skip and keep. "
                    + "Default: ${DEFAULT-VALUE}.")
    String onError = "fail";

    @Option(names = "--offsets", paramLabel = "UNIT",
            description = "Token offsets in JSON output: utf16 (Java and JavaScript string indices) or code_point "
                    + "(Python string indices). Default: ${DEFAULT-VALUE}.")
    String offsets = "utf16";

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write the records the pipeline's document stages drop to FILE (JSONL: the record's fields "
                    + "and a \"zhpipe\" object with its source, the rules that dropped it and its signals). Dropped "
                    + "records are counted in the summary either way.")
    Path rejects;

    @Option(names = "--signals", description = "Add a \"signals\" object (what the document stages measured) to each "
            + "JSONL output record.")
    boolean signals;

    @Option(names = "--no-tokens", description = "JSONL output without the \"tokens\" array of a segmenting pipeline: "
            + "the text only, e.g. when the segmenter is there for word-level quality signals.")
    boolean noTokens;

    @Option(names = "--no-progress", description = "No progress bar (it shows only on a terminal anyway).")
    boolean noProgress;

    @Option(names = {"-q", "--quiet"}, description = "No summary line at the end.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print the encoding of each input and why it was chosen.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = specOptions.runnablePipeline("run");
        OutputFormat outputFormat = parse(OutputFormat.class, format, "--format");
        OnError onErrorChoice = parse(OnError.class, onError, "--on-error");
        OffsetUnit offsetUnit = parse(OffsetUnit.class, offsets, "--offsets");
        if (!texts.isEmpty()) {
            if (!corpus.inputs.isEmpty() || output != null || rejects != null) {
                throw new UsageException("TEXT arguments are processed one-shot to standard output; for -i, -o or "
                        + "--rejects, give the text in files or on standard input instead");
            }
            BatchOptions.requireUsable(outputFormat, pipeline, false, onErrorChoice, signals, Flags.NAMES);
            return oneShot(pipeline, outputFormat.resolve(pipeline.hasFeatures()), offsetUnit);
        }
        specOptions.requireNotSpec(output);
        BatchOptions options = corpus.batchOptions()
                .output(output)
                .outputFormat(outputFormat)
                .onError(onErrorChoice)
                .offsets(offsetUnit)
                .rejects(rejects)
                .signals(signals)
                .tokens(!noTokens)
                .build();
        if (corpus.inputs.isEmpty() && output == null && rejects == null && streams.terminal()) {
            BatchOptions.requireUsable(outputFormat, pipeline, false, onErrorChoice, signals, Flags.NAMES);
            return interactive(pipeline, outputFormat.resolve(pipeline.hasFeatures()), offsetUnit);
        }
        return batch(pipeline, options);
    }

    private int oneShot(Pipeline pipeline, OutputFormat outputFormat, OffsetUnit offsetUnit) {
        PrintWriter out = command.commandLine().getOut();
        for (String text : texts) {
            out.println(render(pipeline.process(text), outputFormat, offsetUnit));
        }
        out.flush();
        return 0;
    }

    /** A person typing at a terminal: answer each line at once. */
    private int interactive(Pipeline pipeline, OutputFormat outputFormat, OffsetUnit offsetUnit) throws IOException {
        PrintWriter out = command.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(streams.in(), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.println(render(pipeline.process(line), outputFormat, offsetUnit));
            out.flush();
            command.commandLine().getErr().flush();
        }
        return 0;
    }

    /**
     * One output line for one text: what the pipeline made of it, or an empty line (keeping one line per text) and
     * the reasons on standard error when a document stage dropped it.
     */
    private String render(Result result, OutputFormat format, OffsetUnit offsetUnit) {
        if (result.dropped()) {
            command.commandLine().getErr().println("zhpipe: dropped: " + result.drops().stream()
                    .map(Object::toString).collect(java.util.stream.Collectors.joining("; ")));
            return "";
        }
        if ((signals || noTokens) && format == OutputFormat.JSONL) {
            return ResultJson.toJsonLine(result, offsetUnit, !noTokens, signals);
        }
        return ResultLine.render(result, format, offsetUnit);
    }

    private int batch(Pipeline pipeline, BatchOptions options) throws IOException {
        PrintWriter err = command.commandLine().getErr();
        boolean toStdout = options.output() == null;
        command.commandLine().getOut().flush();
        OutputStream stdout = new NonClosingOutputStream(streams.out());
        InputStream stdin = streams.in();
        boolean showSummary = !quiet && !(corpus.inputs.isEmpty() && toStdout);
        Progress progress = !noProgress && !corpus.inputs.isEmpty() && streams.terminal() ? Progress.start() : null;
        BatchSummary summary;
        try {
            summary = new BatchRunner(pipeline, options).run(stdin, stdout, line -> {
                err.println(line);
                err.flush();
            }, progress);
        } catch (BadRecordException e) {
            err.println("zhpipe: error: " + e.getMessage());
            err.println("zhpipe: stopped at the first bad record (--on-error fail); use --on-error skip or keep to "
                    + "go on" + (toStdout ? "" : ", nothing was written to " + options.output()));
            err.flush();
            return Main.EXIT_REJECTED;
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        if (verbose) {
            for (DetectedEncoding e : summary.encodings()) {
                err.println("zhpipe: " + e);
            }
            for (Path skipped : summary.skippedOutputs()) {
                err.println("zhpipe: skipped " + skipped + ": it is this run's output, not an input");
            }
        }
        boolean rejected = summary.bad() > 0 || summary.badFiles() > 0;
        if (showSummary || rejected) {
            err.println("zhpipe: " + summary.format());
        }
        err.flush();
        return rejected ? Main.EXIT_REJECTED : 0;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw new UsageException("invalid value for " + option + ": \"" + value + "\"; expected one of: " + names);
    }
}

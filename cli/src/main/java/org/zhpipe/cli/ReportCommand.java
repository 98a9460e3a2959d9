package org.zhpipe.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.BatchRunner;
import org.zhpipe.batch.BatchSummary;
import org.zhpipe.batch.OnError;
import org.zhpipe.output.OutputFile;
import org.zhpipe.report.CorpusReport;
import org.zhpipe.report.ReportCollector;
import org.zhpipe.report.ReportHtml;
import org.zhpipe.report.ReportJson;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code zhpipe report}: runs a spec over a corpus and writes what it found, without writing the corpus. */
@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Run a spec over a corpus and write a report: every signal's distribution with its bounds, "
                + "drop reasons with examples, scripts, document lengths, encodings, the most frequent characters and "
                + "words. One self-contained HTML page, or JSON. The corpus itself is not written.",
                "Examples:",
                "  zhpipe report -s samples/specs/web-quality.json -i samples/text/web.jsonl -o report.html",
                "  zhpipe report -p 'quality:signals=all' -i corpus/ -o report.json"})
final class ReportCommand implements Callable<Integer> {
    RunCommand.Streams streams = new RunCommand.Streams(System.in, System.out, false);

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Mixin
    SpecOptions specOptions;

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the report (written to a temporary file, renamed on success). Default: "
                    + "standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "html or json; default: json for a .json output file, else html.")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "No summary line at the end.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Spec spec = specOptions.spec();
        Pipeline pipeline = specOptions.runnablePipeline("report");
        boolean json = format == null ? output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                : switch (format.toLowerCase(Locale.ROOT)) {
                    case "json" -> true;
                    case "html" -> false;
                    default -> throw new UsageException("invalid value for --format: \"" + format + "\"; expected "
                            + "html or json");
                };
        if (output != null) {
            specOptions.requireNotSpec(output);
        }
        BatchOptions options = corpus.batchOptions().onError(OnError.SKIP)
                .otherOutputs(output == null ? List.of() : List.of(output)).build();
        PrintWriter err = command.commandLine().getErr();
        ReportCollector collector = new ReportCollector(pipeline);
        BatchSummary summary = new BatchRunner(pipeline, options).run(streams.in(), OutputStream.nullOutputStream(),
                line -> {
                    err.println(line);
                    err.flush();
                }, null, collector);
        String description = spec.description() != null ? spec.description() : String.join(", ", spec.stages()
                .stream().map(s -> s.type().name()).toList());
        CorpusReport report = collector.report(summary, description);
        byte[] bytes = (json ? ReportJson.render(report) : ReportHtml.render(report)).getBytes(StandardCharsets.UTF_8);
        if (output == null) {
            command.commandLine().getOut().flush();
            streams.out().write(bytes);
            streams.out().flush();
        } else {
            OutputFile file = OutputFile.open(output);
            try {
                file.stream().write(bytes);
                file.commit();
            } catch (IOException | RuntimeException e) {
                file.abort(e);
                throw e;
            }
        }
        if (!quiet) {
            err.println("zhpipe: " + summary.format() + (output == null ? "" : "; wrote " + output));
        }
        err.flush();
        return 0;
    }
}

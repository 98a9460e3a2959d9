package org.zhpipe.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhpipe.eval.LineError;
import org.zhpipe.eval.SegmentationEvaluator;
import org.zhpipe.eval.SegmentationReport;
import org.zhpipe.eval.SegmentationScore;
import org.zhpipe.eval.SkippedLine;
import org.zhpipe.eval.TrainingWords;
import org.zhpipe.stage.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zhpipe eval seg}: word segmentation scored as in the SIGHAN bakeoff. A thin adapter: the evaluation is
 * {@link SegmentationEvaluator}; this class checks the options and renders the report as a table or JSON.
 */
@Command(name = "seg", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Score word segmentation against a gold file as the SIGHAN bakeoff does: a word is correct "
                + "iff its span equals a gold word's span on the same line. Either a pipeline (-p/-s) segments the "
                + "text of each gold line, or --test gives a file another tool already segmented.",
                "Examples:",
                "  zhpipe eval seg --gold gold.utf8 --words training_words.utf8 -p tokenize",
                "  zhpipe eval seg --gold gold.utf8 --test jieba_output.txt --format json"})
final class EvalSegCommand implements Callable<Integer> {
    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    CommandSpec command;

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "The gold file: one sentence per line, words separated by white space (UTF-8).")
    Path gold;

    @Option(names = "--words", paramLabel = "FILE",
            description = "The training word list, one word per line: gives the OOV rate, OOV recall and IV recall.")
    Path words;

    @Mixin
    SpecOptions specOptions;

    @Option(names = "--test", paramLabel = "FILE",
            description = "Score this already segmented file (same lines as the gold) instead of running a pipeline.")
    Path test;

    @Option(names = "--errors", paramLabel = "N",
            description = "Also show the first N lines with errors, gold and predicted. Default: ${DEFAULT-VALUE}.")
    int errors;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (an aligned table) or json (one object). Default: ${DEFAULT-VALUE}.")
    String format = "text";

    @Override
    public Integer call() throws IOException {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new UsageException("invalid value for --format: \"" + format
                    + "\"; expected one of: text, json");
        };
        if (errors < 0) {
            throw new UsageException("--errors must be 0 or more, not " + errors);
        }
        boolean hasPipeline = specOptions.inline != null || specOptions.spec != null;
        if (hasPipeline == (test != null)) {
            throw new UsageException(test == null
                    ? "nothing to evaluate: give a pipeline that segments (e.g. -p tokenize, or -s spec.json), or an "
                    + "already segmented file with --test FILE"
                    : "give either a pipeline (-p/-s) or --test, not both");
        }
        Pipeline pipeline = hasPipeline ? specOptions.pipeline() : null;
        if (pipeline != null && !pipeline.segments()) {
            throw new UsageException("the pipeline has no segmenter, so there are no words to score: end it with "
                    + "one, e.g. -p \"" + (specOptions.inline == null ? "halfwidth," : specOptions.inline + ",")
                    + "tokenize\"");
        }
        SegmentationEvaluator evaluator = new SegmentationEvaluator(words == null ? null : TrainingWords.read(words),
                errors);
        SegmentationReport report = pipeline != null ? evaluator.evaluate(gold, pipeline)
                : evaluator.evaluate(gold, test);
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(json(report));
        } else {
            printErrors(report.firstErrors(), out);
            printTable(report, out);
        }
        out.flush();
        SegmentationScore score = report.score();
        if (score.lines() > 1 && score.goldWords() <= score.lines()) {
            PrintWriter err = command.commandLine().getErr();
            err.println("zhpipe: warning: the gold file has at most one word per line; is it segmented (words "
                    + "separated by spaces)?");
            err.flush();
        }
        return 0;
    }

    private static void printErrors(List<LineError> errors, PrintWriter out) {
        for (LineError e : errors) {
            out.println("line " + e.line());
            out.println("  gold  " + e.gold());
            out.println("  pred  " + e.predicted());
        }
        if (!errors.isEmpty()) {
            out.println();
        }
    }

    private void printTable(SegmentationReport report, PrintWriter out) {
        SegmentationScore s = report.score();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("lines scored", count(s.lines())));
        rows.add(row("lines skipped", count(s.skippedLines())));
        rows.add(row("gold words", count(s.goldWords())));
        rows.add(row("predicted", count(s.predictedWords())));
        rows.add(row("correct", count(s.correctWords())));
        rows.add(row("precision", ratio(s.precision())));
        rows.add(row("recall", ratio(s.recall())));
        rows.add(row("F1", ratio(s.f1())));
        rows.add(row("OOV rate", ratio(s.oovRate())));
        rows.add(row("OOV recall", ratio(s.oovRecall())));
        rows.add(row("IV recall", ratio(s.ivRecall())));
        if (report.nanos() > 0) {
            rows.add(row("chars/s", count(Math.round(report.charactersPerSecond()))));
        }
        int width = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (String[] r : rows) {
            String note = note(r[0], report);
            out.println(String.format(Locale.ROOT, "%-14s%" + width + "s%s", r[0], r[1], note).stripTrailing());
            if (r[0].equals("lines skipped")) {
                for (SkippedLine skipped : s.firstSkipped()) {
                    out.println("  line " + skipped.line() + ": " + skipped.reason());
                }
            }
        }
    }

    private String note(String label, SegmentationReport report) {
        SegmentationScore s = report.score();
        return switch (label) {
            case "lines skipped" -> s.skippedLines() > s.firstSkipped().size() ? "  (the first "
                    + s.firstSkipped().size() + " below)" : "";
            case "OOV rate" -> s.hasWordList() ? "" : "  (no --words)";
            case "chars/s" -> String.format(Locale.ROOT, "  (%,d chars in %.3f s)", report.characters(),
                    report.nanos() / 1e9);
            default -> "";
        };
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Four decimals; "n/a" where the figure is undefined (NaN). */
    private static String ratio(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.4f", x);
    }

    private String json(SegmentationReport report) throws IOException {
        SegmentationScore s = report.score();
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("gold", gold.toString());
            g.writeStringField("test", test == null ? null : test.toString());
            g.writeNumberField("lines", s.lines());
            g.writeNumberField("skipped_lines", s.skippedLines());
            g.writeArrayFieldStart("skipped");
            for (SkippedLine skipped : s.firstSkipped()) {
                g.writeStartObject();
                g.writeNumberField("line", skipped.line());
                g.writeStringField("reason", skipped.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("gold_words", s.goldWords());
            g.writeNumberField("predicted_words", s.predictedWords());
            g.writeNumberField("correct_words", s.correctWords());
            number(g, "precision", s.precision());
            number(g, "recall", s.recall());
            number(g, "f1", s.f1());
            if (s.hasWordList()) {
                g.writeNumberField("oov_words", s.oovGoldWords());
                g.writeNumberField("oov_correct_words", s.oovCorrectWords());
            }
            number(g, "oov_rate", s.oovRate());
            number(g, "oov_recall", s.oovRecall());
            number(g, "iv_recall", s.ivRecall());
            if (report.nanos() > 0) {
                g.writeNumberField("characters", report.characters());
                g.writeNumberField("seconds", report.nanos() / 1e9);
                g.writeNumberField("characters_per_second", Math.round(report.charactersPerSecond()));
            }
            g.writeArrayFieldStart("errors");
            for (LineError e : report.firstErrors()) {
                g.writeStartObject();
                g.writeNumberField("line", e.line());
                g.writeStringField("gold", e.gold().toString());
                g.writeStringField("predicted", e.predicted().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }

    /** A figure, or null where it is undefined (JSON has no NaN). */
    private static void number(JsonGenerator g, String name, double x) throws IOException {
        if (Double.isNaN(x)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, x);
        }
    }
}

package org.zhpipe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhpipe.convert.OpenccConverter;
import org.zhpipe.eval.EncodingEvaluator;
import org.zhpipe.eval.EncodingReport;
import org.zhpipe.input.CharacterFrequencies;
import org.zhpipe.input.EncodingDetector;
import org.zhpipe.input.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zhpipe eval encoding}: the accuracy of {@code --encoding auto} on real sentences. A thin adapter over
 * {@link EncodingEvaluator}: reads the text files, prints the table.
 */
@Command(name = "encoding", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Measure encoding detection: pieces of the given simplified Chinese text with exactly N Han "
                + "characters are encoded as UTF-8, GB18030 and (converted with OpenCC s2tw, Taiwan forms) Big5, and detected as "
                + "zhpipe run --encoding auto would; prints the share detected correctly.",
                "Example:",
                "  zhpipe eval encoding --text ../shared/eval/sighan2005/pku_test.utf8 "
                        + "--text ../shared/eval/sighan2005/msr_test.utf8"})
final class EvalEncodingCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;

    @Option(names = "--text", required = true, paramLabel = "FILE",
            description = "Simplified Chinese text, UTF-8, one sentence per line; repeatable.")
    List<Path> texts;

    @Option(names = "--lengths", split = ",", paramLabel = "N",
            description = "Sample lengths in Han characters. Default: 2,4,8,16,64.")
    List<Integer> lengths = List.of(2, 4, 8, 16, 64);

    @Option(names = "--samples", paramLabel = "N",
            description = "Samples per length at most, spread over the text. Default: ${DEFAULT-VALUE}.")
    int samples = 2000;

    @Option(names = "--errors", description = "Also list up to five misdetected samples per cell.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        if (samples < 1) {
            throw new UsageException("--samples must be at least 1, not " + samples);
        }
        if (lengths.stream().anyMatch(n -> n < 1)) {
            throw new UsageException("--lengths must all be at least 1: " + lengths);
        }
        List<String> lines = new ArrayList<>();
        for (Path text : texts) {
            lines.addAll(readLines(text));
        }
        EncodingEvaluator evaluator = new EncodingEvaluator(new EncodingDetector(CharacterFrequencies.bundled()),
                OpenccConverter.bundled("s2tw")::convert, lengths, samples);
        EncodingReport report = evaluator.evaluate(lines);
        PrintWriter out = command.commandLine().getOut();
        print(report, out);
        out.flush();
        return 0;
    }

    private static List<String> readLines(Path text) {
        try {
            return Files.readAllLines(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InputException(text + " is not valid UTF-8: give simplified Chinese text in UTF-8", e);
        } catch (IOException e) {
            throw new InputException("cannot read " + text + ": " + e.getMessage(), e);
        }
    }

    private void print(EncodingReport report, PrintWriter out) {
        out.println(String.format(Locale.ROOT, "%-10s %16s %16s %16s", "Han chars", "UTF-8", "GB18030", "Big5"));
        for (int n : lengths) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-10d", n));
            for (var charset : EncodingEvaluator.ENCODINGS) {
                EncodingReport.Cell c = report.cell(n, charset);
                row.append(String.format(Locale.ROOT, " %16s", String.format(Locale.ROOT, "%.2f%% of %,d",
                        100 * c.accuracy(), c.samples())));
            }
            out.println(row);
        }
        if (errors) {
            for (EncodingReport.Cell c : report.cells()) {
                for (String e : c.firstErrors()) {
                    out.println("  " + c.hanCharacters() + " " + c.charset().name() + ": " + e);
                }
            }
        }
    }
}

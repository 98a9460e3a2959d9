package org.zhpipe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhpipe.batch.BadRecordException;
import org.zhpipe.batch.BatchFitter;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.OnError;
import org.zhpipe.feature.Vocabulary;
import org.zhpipe.output.OutputFile;
import org.zhpipe.spec.FittedSpec;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.FitException;
import org.zhpipe.stage.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code zhpipe fit}: learns a feature stage's vocabulary and document frequencies, writes the fitted spec. */
@Command(name = "fit", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Fit the feature stage of a pipeline (bow, tfidf, keywords with idfTable=fit) on a corpus, "
                + "in one pass, and write the fitted spec with its vocabulary beside it (FITTED.vocab.tsv: term, "
                + "index, df, idf).",
                "Examples:",
                "  zhpipe fit -s samples/specs/tfidf.json -i samples/text/reviews.txt -o fitted.json",
                "  zhpipe run -s fitted.json -i samples/text/reviews.txt --format terms"})
final class FitCommand implements Callable<Integer> {
    RunCommand.Streams streams = new RunCommand.Streams(System.in, System.out, false);

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Mixin
    SpecOptions specOptions;

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FITTED.json", required = true,
            description = "Where to write the fitted spec; the vocabulary goes beside it.")
    Path output;

    @Option(names = "--on-error", paramLabel = "POLICY",
            description = "A bad record: fail (stop) or skip (report and leave out of the counts). "
                    + "Default: ${DEFAULT-VALUE}.")
    String onError = "fail";

    @Option(names = "--no-progress", description = "No progress bar (it shows only on a terminal anyway).")
    boolean noProgress;

    @Option(names = {"-q", "--quiet"}, description = "No summary at the end.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Spec spec = specOptions.spec();
        Path folder = output.toAbsolutePath().getParent();
        if (Files.isDirectory(output)) {
            throw new UsageException("-o " + output + " is a folder: name the fitted spec's file, e.g. "
                    + output.resolve("fitted.json"));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            // checked before the corpus is read, not after an hour of fitting
            throw new UsageException("output folder " + folder + " does not exist: create it first");
        }
        if (OutputFile.isWrittenThrough(output)) {
            throw new UsageException("-o " + output + " is not a regular file: fit writes the fitted spec and its "
                    + "vocabulary beside it as files; name a file, e.g. -o fitted.json");
        }
        Path vocabularyFile = FittedSpec.vocabularyFile(output);
        specOptions.requireNotSpec(output);
        specOptions.requireNotSpec(vocabularyFile);
        Pipeline pipeline = spec.build();
        if (!pipeline.needsFitting()) {
            throw new UsageException(pipeline.featureStage().isEmpty()
                    ? "nothing to fit: the pipeline ends in no feature stage; add bow, tfidf or keywords with "
                    + "idfTable=fit"
                    : "nothing to fit: the feature stage \"" + pipeline.featureStage().get().name() + "\" learns "
                    + "nothing (it is fitted already, or has a fixed vocabulary and no idf, or uses a given idf "
                    + "table); run it with zhpipe run");
        }
        OnError policy = switch (onError.toLowerCase(Locale.ROOT)) {
            case "fail" -> OnError.FAIL;
            case "skip" -> OnError.SKIP;
            default -> throw new UsageException("invalid value for --on-error: \"" + onError + "\"; expected fail "
                    + "or skip");
        };
        BatchOptions options = corpus.batchOptions().onError(policy)
                .otherOutputs(List.of(output, vocabularyFile)).build();
        PrintWriter err = command.commandLine().getErr();
        Progress progress = !noProgress && !corpus.inputs.isEmpty() && streams.terminal() ? Progress.start() : null;
        BatchFitter.Fitted fitted;
        try {
            fitted = new BatchFitter(pipeline, options).fit(streams.in(), line -> {
                err.println(line);
                err.flush();
            }, progress);
        } catch (BadRecordException e) {
            err.println("zhpipe: error: " + e.getMessage());
            err.println("zhpipe: stopped at the first bad record (--on-error fail); use --on-error skip to go on; "
                    + "nothing was written");
            err.flush();
            return Main.EXIT_REJECTED;
        } catch (FitException e) {
            throw new UsageException("cannot fit: " + e.getMessage());
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        FittedSpec.Saved saved = FittedSpec.write(spec, fitted.pipeline(), output);
        Vocabulary vocabulary = saved.vocabulary();
        if (vocabulary.prunedTerms() > 0) {
            err.println("zhpipe: warning: the vocabulary outgrew pruneAt, so rare terms were dropped "
                    + vocabulary.prunedTerms() + " times while counting and their counts are approximate; raise "
                    + "pruneAt (and the heap) for exact counts");
        }
        if (!quiet) {
            var summary = fitted.summary();
            String badFiles = summary.badFiles() == 0 ? "" : String.format(Locale.ROOT, ", %,d bad file%s skipped",
                    summary.badFiles(), summary.badFiles() == 1 ? "" : "s");
            err.println(String.format(Locale.ROOT, "zhpipe: fitted %s on %,d documents (%,d records read, %,d bad%s; "
                            + "%.1f MB in %.2f s, %.1f MB/s): %,d terms; wrote %s and %s",
                    fitted.pipeline().featureStage().orElseThrow().name(), vocabulary.documents(),
                    summary.recordsIn(), summary.bad(), badFiles, summary.bytesRead() / 1e6, summary.seconds(),
                    summary.megabytesPerSecond(), vocabulary.size(), output,
                    output.resolveSibling(saved.model().getFileName())));
        }
        err.flush();
        return fitted.summary().bad() > 0 || fitted.summary().badFiles() > 0 ? Main.EXIT_REJECTED : 0;
    }
}

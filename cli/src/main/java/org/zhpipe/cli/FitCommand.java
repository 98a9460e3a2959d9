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
        description = {"Fit the stages of a pipeline that learn from a corpus and write the fitted spec with what "
                + "they learned beside it: segment with discover (new words, FITTED.words.tsv: word, frequency, "
                + "count, documents, cohesion, entropies, example; review and edit it, then zhpipe rehash), and a "
                + "feature stage (bow, tfidf, keywords with idfTable=fit; FITTED.vocab.tsv: term, index, df, idf). "
                + "One pass over the corpus per stage fitted.",
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

    @Mixin
    FailOrSkip onError;

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
        Path wordsFile = FittedSpec.wordsFile(output);
        specOptions.requireNotSpec(output);
        specOptions.requireNotSpec(vocabularyFile);
        specOptions.requireNotSpec(wordsFile);
        Pipeline pipeline = spec.build();
        if (!pipeline.needsFitting()) {
            throw new UsageException(pipeline.featureStage().isEmpty()
                    ? "nothing to fit: the pipeline has no stage that learns; add bow, tfidf or keywords with "
                    + "idfTable=fit, or give segment a discover object (segment:discover=minCount:5)"
                    : "nothing to fit: the feature stage \"" + pipeline.featureStage().get().name() + "\" learns "
                    + "nothing (it is fitted already, or has a fixed vocabulary and no idf, or uses a given idf "
                    + "table); run it with zhpipe run");
        }
        List<String> fittedNames = new java.util.ArrayList<>();
        for (Pipeline.NamedStage named : pipeline.stages()) {
            if (named.stage() instanceof org.zhpipe.stage.SegmenterEstimator
                    || named.stage() instanceof org.zhpipe.stage.FeatureEstimator) {
                fittedNames.add(named.name());
            }
        }
        int passes = fittedNames.size();
        if (passes > 1 && corpus.inputs.isEmpty()) {
            throw new UsageException("the pipeline learns in " + passes + " passes over the corpus (segment's "
                    + "discover, then the feature stage), and standard input can be read once: give the corpus as "
                    + "files with -i");
        }
        OnError policy = onError.policy();
        BatchOptions options = corpus.batchOptions().onError(policy)
                .otherOutputs(List.of(output, vocabularyFile, wordsFile)).build();
        PrintWriter err = command.commandLine().getErr();
        FitPasses.Done done;
        try {
            done = FitPasses.fit(pipeline, options, streams.in(), err,
                    !noProgress && !corpus.inputs.isEmpty() && streams.terminal(), !corpus.inputs.isEmpty());
        } catch (BadRecordException e) {
            err.println("zhpipe: error: " + e.getMessage());
            err.println("zhpipe: stopped at the first bad record (--on-error fail); use --on-error skip to go on; "
                    + "nothing was written");
            err.flush();
            return Main.EXIT_REJECTED;
        } catch (FitException e) {
            throw new UsageException("cannot fit: " + e.getMessage());
        }
        pipeline = done.pipeline();
        BatchFitter.Fitted fitted = done.last();
        FittedSpec.Saved saved = FittedSpec.write(spec, pipeline, output);
        Vocabulary vocabulary = saved.vocabulary();
        if (vocabulary != null && vocabulary.prunedTerms() > 0) {
            err.println("zhpipe: warning: the vocabulary outgrew pruneAt, so rare terms were dropped "
                    + vocabulary.prunedTerms() + " times while counting and their counts are approximate; raise "
                    + "pruneAt (and the heap) for exact counts");
        }
        if (!quiet) {
            var summary = fitted.summary();
            String badFiles = summary.badFiles() == 0 ? "" : String.format(Locale.ROOT, ", %,d bad file%s skipped",
                    summary.badFiles(), summary.badFiles() == 1 ? "" : "s");
            StringBuilder learned = new StringBuilder();
            if (saved.wordsFile() != null) {
                learned.append(String.format(Locale.ROOT, "%,d new words in %s", saved.words().size(),
                        saved.wordsFile()));
            }
            if (vocabulary != null) {
                learned.append(learned.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%,d terms in %s",
                        vocabulary.size(), saved.model()));
            }
            err.println(String.format(Locale.ROOT, "zhpipe: fitted %s on %,d documents (%,d records read, %,d bad%s; "
                            + "%.1f MB in %.2f s, %.1f MB/s%s): %s; wrote %s",
                    String.join(" and ", fittedNames), summary.recordsOut(),
                    summary.recordsIn(), summary.bad(), badFiles, summary.bytesRead() / 1e6, summary.seconds(),
                    summary.megabytesPerSecond(), done.passes() > 1 ? ", last of " + done.passes() + " passes" : "", learned,
                    output));
        }
        err.flush();
        return fitted.summary().bad() > 0 || fitted.summary().badFiles() > 0 ? Main.EXIT_REJECTED : 0;
    }
}

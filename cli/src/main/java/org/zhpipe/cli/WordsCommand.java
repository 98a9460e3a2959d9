package org.zhpipe.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhpipe.batch.BadRecordException;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.OnError;
import org.zhpipe.output.OutputFile;
import org.zhpipe.segment.DiscoveredWord;
import org.zhpipe.segment.DiscoveringSegmenter;
import org.zhpipe.segment.SegmentStage;
import org.zhpipe.segment.WordsFile;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.StageKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code zhpipe words}: the new words of a corpus, for review — the spec's text stages and its {@code segment}
 * stage's discovery, nothing else fitted.
 */
@Command(name = "words", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Discover new words in a corpus and write them for review (TSV: word, frequency, count, "
                + "documents, cohesion, left and right entropy, an example), without fitting anything else. The "
                + "spec's text stages run first; its segment stage's discover object gives the thresholds (the "
                + "defaults when it has none); stages after the segmenter are ignored.",
                "Examples:",
                "  zhpipe words -p segment -i samples/text/tech.txt",
                "  zhpipe words -p 'segment:discover=minCount:3|minEntropy:1' -i corpus/ -o words.tsv"})
final class WordsCommand implements Callable<Integer> {
    RunCommand.Streams streams = new RunCommand.Streams(System.in, System.out, false);

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Mixin
    SpecOptions specOptions;

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "WORDS.tsv",
            description = "Where to write the words (default: standard output).")
    Path output;

    @Mixin
    FailOrSkip onError;

    @Option(names = {"-q", "--quiet"}, description = "No summary at the end.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Spec spec = discoveryOnly(specOptions.spec());
        specOptions.requireNotSpec(output);
        OnError policy = onError.policy();
        BatchOptions options = corpus.batchOptions().onError(policy)
                .otherOutputs(output == null ? List.of() : List.of(output)).build();
        PrintWriter err = command.commandLine().getErr();
        FitPasses.Done done;
        try {
            done = FitPasses.fit(spec.build(), options, streams.in(), err, false, !corpus.inputs.isEmpty());
        } catch (BadRecordException e) {
            err.println("zhpipe: error: " + e.getMessage());
            err.println("zhpipe: stopped at the first bad record (--on-error fail); use --on-error skip to go on; "
                    + "nothing was written");
            err.flush();
            return Main.EXIT_REJECTED;
        }
        List<DiscoveredWord> words = List.of();
        for (var named : done.pipeline().stages()) {
            if (named.stage() instanceof DiscoveringSegmenter.FittedSegmenter fitted) {
                words = fitted.words();
            }
        }
        if (output == null) {
            OutputStream out = streams.out();
            WordsFile.write(out, words);
        } else {
            OutputFile file = OutputFile.openRegular(output, "the word list");
            try {
                WordsFile.write(file.stream(), words);
                file.commit();
            } catch (IOException | RuntimeException e) {
                file.abort(e);
                throw e;
            }
        }
        if (!quiet) {
            var summary = done.last().summary();
            err.println(String.format(Locale.ROOT, "zhpipe: %,d new words in %,d documents (%,d records read, %,d "
                            + "bad; %.1f MB in %.2f s, %.1f MB/s)%s", words.size(), summary.recordsOut(),
                    summary.recordsIn(), summary.bad(), summary.bytesRead() / 1e6, summary.seconds(),
                    summary.megabytesPerSecond(), output == null ? "" : "; wrote " + output));
        }
        err.flush();
        return done.last().summary().bad() > 0 || done.last().summary().badFiles() > 0 ? Main.EXIT_REJECTED : 0;
    }

    /** The spec's stages up to its segmenter, the segmenter discovering (with the default thresholds if needed). */
    static Spec discoveryOnly(Spec spec) {
        List<Spec.StageSpec> stages = new ArrayList<>();
        for (Spec.StageSpec stage : spec.stages()) {
            if (stage.type().kind() != StageKind.SEGMENTER) {
                stages.add(stage);
                continue;
            }
            if (!(stage.params() instanceof SegmentStage.Params p)) {
                throw new UsageException("the segmenter is " + stage.type().name() + ", which learns no words: "
                        + "use segment");
            }
            var discover = p.discover().isEmpty() ? org.zhpipe.segment.DiscoverySettings.DEFAULTS.toMap()
                    : p.discover();
            stages.add(new Spec.StageSpec(stage.type(), new SegmentStage.Params(p.algorithm(), p.hmm(), p.mode(),
                    p.pos(), p.dictionary(), p.userDictionaries(), p.numberUnits(), discover, "", 0, "")));
            return spec.withStages(stages);
        }
        throw new UsageException("the spec has no segment stage, so there is no dictionary to find new words "
                + "against: add segment (inline: -p segment)");
    }
}

package org.zhpipe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.zhpipe.batch.BadRecordException;
import org.zhpipe.batch.BatchDeduplicator;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.DedupSummary;
import org.zhpipe.batch.OnError;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.stage.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code zhpipe dedup}: removes exact and near duplicate records, keeping the first of each cluster; or, with
 * {@code --mode lines}, removes boilerplate lines (in more than {@code --max-documents} records) from the records.
 */
@Command(name = "dedup", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Remove duplicate records: the spec's stages normalize each text, then records with the same "
                + "normalized text (exact) or a MinHash-estimated Jaccard similarity of character shingles of at least "
                + "--threshold (near; with --verify exact, the true similarity) form clusters, and the first record of "
                + "each cluster is written as it was read.",
                "With --mode lines, no record is a duplicate: lines (normalized, stripped) found in more than "
                        + "--max-documents records are removed from every record, and records left blank are removed "
                        + "as emptied.",
                "Every record is accounted for: records in = kept + removed (--removed) + dropped by a document "
                        + "stage of the spec (--rejects) + bad.",
                "Examples:",
                "  zhpipe dedup -s samples/specs/dedup.json -i samples/text/dupes.jsonl -o unique.jsonl "
                        + "--removed removed.jsonl --id-field id",
                "  zhpipe dedup -s samples/specs/dedup-lines.json -i samples/text/boilerplate.jsonl -o clean.jsonl "
                        + "--mode lines --max-documents 2"})
final class DedupCommand implements Callable<Integer> {
    RunCommand.Streams streams = new RunCommand.Streams(System.in, System.out, false);

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Mixin
    SpecOptions specOptions;

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where the kept records go (default: standard output).")
    @Nullable Path output;

    @Option(names = "--removed", paramLabel = "FILE",
            description = "Write each removed record with a \"zhpipe\" object: source, duplicate_of, kind, similarity "
                    + "(lines mode: source, kind emptied, lines_removed).")
    @Nullable Path removed;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write the records the spec's document stages (such as quality) drop to FILE (JSONL: the "
                    + "record's fields and a \"zhpipe\" object with its source, the rules that dropped it and its "
                    + "signals), as run --rejects does. Dropped records are counted in the summary either way.")
    @Nullable Path rejects;

    @Option(names = "--clusters", paramLabel = "FILE",
            description = "Write one JSON line per member of each cluster of two or more: cluster, size, member, "
                    + "similarity.")
    @Nullable Path clusters;

    @Option(names = "--id-field", paramLabel = "NAME",
            description = "The JSONL string field that names a record in --removed and --clusters (default: "
                    + "file:line).")
    @Nullable String idField;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "exact (same normalized text), near (also MinHash near duplicates) or lines (remove "
                    + "boilerplate lines instead of records). Default: near.")
    String mode = "near";

    @Option(names = "--max-documents", paramLabel = "N",
            description = "Lines mode: a line found in more than N records is boilerplate. Default: 10.")
    int maxDocuments = DedupSettings.DEFAULTS.maxDocuments();

    @Option(names = "--threshold", paramLabel = "J",
            description = "Near duplicates: the Jaccard similarity to reach (estimated, or true with --verify "
                    + "exact), above 0 and below 1. Default: 0.8.")
    double threshold = DedupSettings.DEFAULTS.threshold();

    @Option(names = "--verify", paramLabel = "HOW",
            description = "How a candidate pair is checked against --threshold: estimate (the MinHash-estimated "
                    + "Jaccard similarity) or exact (the true Jaccard similarity of the two shingle sets, which wait "
                    + "in the temporary folder: 8 bytes per distinct shingle). Default: estimate.")
    String verify = "estimate";

    @Option(names = "--shingle", paramLabel = "N", description = "Code points per shingle. Default: 5.")
    int shingle = DedupSettings.DEFAULTS.shingle();

    @Option(names = "--permutations", paramLabel = "K", description = "MinHash signature length. Default: 128.")
    int permutations = DedupSettings.DEFAULTS.permutations();

    @Option(names = "--seed", paramLabel = "N", description = "Picks the hash functions. Default: 1.")
    long seed = DedupSettings.DEFAULTS.seed();

    @Option(names = "--memory", paramLabel = "SIZE",
            description = "Memory for the LSH index's (lines mode: the line counts') sort buffer; beyond it sorted "
                    + "runs spill to the temporary folder. Default: 256M.")
    String memory = "256M";

    @Mixin
    FailOrSkip onError;

    @Option(names = "--no-progress", description = "No progress bar (it shows only on a terminal anyway).")
    boolean noProgress;

    @Option(names = {"-q", "--quiet"}, description = "No summary at the end.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = specOptions.spec().build();
        if (corpus.inputs.isEmpty()) {
            throw new UsageException("dedup reads its inputs twice, so it cannot read standard input: name them "
                    + "with -i");
        }
        DedupSettings.Mode dedupMode = switch (mode.toLowerCase(Locale.ROOT)) {
            case "exact" -> DedupSettings.Mode.EXACT;
            case "near" -> DedupSettings.Mode.NEAR;
            case "lines" -> DedupSettings.Mode.LINES;
            default -> throw new UsageException("invalid value for --mode: \"" + mode + "\"; expected exact, near or "
                    + "lines");
        };
        if (maxDocuments < 1) {
            throw new UsageException("--max-documents must be at least 1, not " + maxDocuments);
        }
        if (dedupMode == DedupSettings.Mode.LINES && clusters != null) {
            throw new UsageException("--clusters has no meaning with --mode lines, which removes lines, not "
                    + "duplicate records: leave it out");
        }
        DedupSettings.Verification verification = switch (verify.toLowerCase(Locale.ROOT)) {
            case "estimate" -> DedupSettings.Verification.ESTIMATE;
            case "exact" -> DedupSettings.Verification.EXACT;
            default -> throw new UsageException("invalid value for --verify: \"" + verify + "\"; expected estimate "
                    + "or exact");
        };
        if (verification == DedupSettings.Verification.EXACT && dedupMode != DedupSettings.Mode.NEAR) {
            throw new UsageException("--verify exact checks near duplicates, and --mode " + dedupMode + " has none: "
                    + "leave it out or use --mode near");
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new UsageException("--threshold must be above 0 and below 1, not " + threshold);
        }
        if (shingle < 1 || shingle > 64) {
            throw new UsageException("--shingle must be 1 to 64 code points, not " + shingle);
        }
        if (permutations < 1 || permutations > 1024) {
            throw new UsageException("--permutations must be 1 to 1024, not " + permutations);
        }
        long memoryBytes = ByteSize.parse(memory, "--memory");
        if (memoryBytes < 1) {
            throw new UsageException("--memory must be positive, not " + memory);
        }
        DedupSettings settings = DedupSettings.DEFAULTS.withMode(dedupMode).withThreshold(threshold)
                .withShingle(shingle).withPermutations(permutations).withSeed(seed).withMemoryBytes(memoryBytes)
                .withMaxDocuments(maxDocuments).withVerification(verification);
        OnError policy = onError.policy();
        List<Path> others = new ArrayList<>();
        for (Path p : new Path[] {removed, clusters}) {
            if (p != null) {
                specOptions.requireNotSpec(p);
                others.add(p);
            }
        }
        for (Path p : new Path[] {output, rejects}) {
            if (p != null) {
                specOptions.requireNotSpec(p);
            }
        }
        BatchOptions options = corpus.batchOptions().onError(policy).output(output).rejects(rejects)
                .otherOutputs(others).build();
        PrintWriter err = command.commandLine().getErr();
        Progress progress = !noProgress && streams.terminal() ? Progress.start() : null;
        DedupSummary summary;
        try {
            summary = new BatchDeduplicator(pipeline, options, settings, removed, clusters, idField, null)
                    .run(new NonClosingOutputStream(streams.out()), line -> {
                        err.println(line);
                        err.flush();
                    }, progress);
        } catch (BadRecordException e) {
            err.println("zhpipe: error: " + e.getMessage());
            err.println("zhpipe: stopped at the first bad record (--on-error fail); use --on-error skip to go on; "
                    + "nothing was written");
            err.flush();
            return Main.EXIT_REJECTED;
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        if (!quiet) {
            err.println("zhpipe: " + summary.format());
        }
        err.flush();
        return summary.bad() > 0 || summary.badFiles() > 0 ? Main.EXIT_REJECTED : 0;
    }
}

package org.zhpipe.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.zhpipe.dedup.Clustering;
import org.zhpipe.dedup.DedupIndex;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.dedup.Sketch;
import org.zhpipe.dedup.Sketcher;
import org.zhpipe.input.InputException;
import org.zhpipe.input.InputFiles;
import org.zhpipe.input.InputFormat;
import org.zhpipe.input.LineDecoder;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.output.JsonRecord;
import org.zhpipe.output.OutputFile;
import org.zhpipe.output.ResultJson;
import org.zhpipe.stage.Pipeline;

/**
 * Removes duplicate records (or, in lines mode, boilerplate lines) from a corpus in two passes over its files.
 *
 * <ol>
 *   <li><b>Sketching</b>, on {@code workers} threads as {@link BatchRunner} reads and processes records: the pipeline
 *       runs on each record's text, and the text it leaves ({@link org.zhpipe.text.Text#current()}: normalized by the
 *       spec's stages, so {@code Ｈｅｌｌｏ，世界} and {@code hello,世界} match when the spec folds width and case)
 *       becomes a {@link Sketch}. The sketches go into a {@link DedupIndex} in input order on the calling thread,
 *       which numbers the good records 0, 1, … .</li>
 *   <li><b>Clustering</b> ({@link DedupIndex#cluster}): candidate pairs from equal band keys, verified (by their
 *       estimated Jaccard similarity or, under {@link DedupSettings#verification() exact verification}, by the true
 *       one of their shingle sets, kept in a temporary file from the first pass), joined; each cluster keeps its first
 *       record in input order.</li>
 *   <li><b>Writing</b>: the files are read again and each kept record is written as it was read (the decoded line,
 *       UTF-8, not the normalized text); each removed one goes to {@code removed} (when given) as a JSON record: a
 *       JSONL record with a {@code "zhpipe"} object added, a line as {@code {"text": <line>, "zhpipe": …}}, where
 *       the object holds {@code source} ({@code file:line}), {@code duplicate_of} (the id of the record kept for its
 *       cluster), {@code kind} ({@code exact} or {@code near}) and {@code similarity} (Jaccard similarity with the
 *       kept record, 4 decimals: estimated, or true under {@link DedupSettings.Verification#EXACT exact
 *       verification}). {@code clusters} (when given) gets one JSON line per member of every cluster of two
 *       or more, in input order: {@code {"cluster": <kept id>, "size": n, "member": <id>, "similarity": s}}.</li>
 * </ol>
 * In {@link DedupSettings.Mode#LINES lines} mode no document is a duplicate of another: lines found in more than
 * {@link DedupSettings#maxDocuments} documents are removed from every document and documents left blank are removed
 * as emptied ({@link LineDeduplication}); there are no clusters, so {@code clusters} must be {@code null}.
 * A record's id is its {@code file:line}, or the value of its JSONL field {@code idField} (a string, or a number as
 * written) when one is named.
 * Bad records and bad files follow {@link OnError} as in {@link BatchRunner}, except that {@link OnError#KEEP} skips
 * (a bad record has no text to compare); records a document stage drops are counted by rule and, when
 * {@link BatchOptions#rejects()} names a file, written there in input order as {@link BatchRunner} writes them (the
 * record's fields with a {@code "zhpipe"} object: source, drops, signals). So records in = kept + removed + dropped
 * + bad ({@link DedupSummary}). Every output file is opened before the first pass and replaced only when the whole
 * run succeeds; after a failure each is left as it was. The result is the same whatever the workers, batch sizes and
 * memory budget.
 *
 * <p>Because the inputs are read twice, standard input cannot be one; a file that changes between the passes is an
 * error. Immutable; {@link #run} may be called any number of times.
 */
public final class BatchDeduplicator {
    private final Pipeline pipeline;
    private final BatchOptions options;
    private final DedupSettings settings;
    private final @Nullable Path removed;
    private final @Nullable Path clusters;
    private final @Nullable String idField;
    private final @Nullable Path temporaryFolder;

    /**
     * @param removed         where removed records go, or {@code null}
     * @param clusters        where cluster members go, or {@code null}
     * @param idField         the JSONL field that names records, or {@code null} for {@code file:line}
     * @param temporaryFolder where signatures and sorted runs go, or {@code null} for the system's
     * @throws InputException for standard input, a pipeline that cannot run unfitted, a rejects file and a pipeline
     *                        without document stages, or a clusters file in lines mode
     */
    public BatchDeduplicator(Pipeline pipeline, BatchOptions options, DedupSettings settings, @Nullable Path removed,
                             @Nullable Path clusters, @Nullable String idField, @Nullable Path temporaryFolder) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.options = Objects.requireNonNull(options, "options");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.removed = removed;
        this.clusters = clusters;
        this.idField = idField;
        this.temporaryFolder = temporaryFolder;
        if (options.inputs().isEmpty()) {
            throw new InputException("deduplication reads its inputs twice, so it cannot read standard input: name "
                    + "the input files");
        }
        if (pipeline.needsFitting()) {
            throw new InputException(BatchRunner.unfittedMessage(pipeline));
        }
        BatchRunner.requireRejectable(pipeline, options);
        if (settings.mode() == DedupSettings.Mode.LINES && clusters != null) {
            throw new InputException("lines mode forms no clusters: leave out the clusters file");
        }
        if (idField != null && idField.isEmpty()) {
            throw new InputException("the id field name is empty: name the JSONL field that holds each record's id");
        }
    }

    /**
     * Every file the run writes: the options' output and rejects files, {@code removed} and {@code clusters}, and the
     * options' other outputs; {@code removed} and {@code clusters} once each when the other outputs name them too
     * (as the command line does), so that a clash with the output or the rejects file is still seen.
     */
    private List<Path> outputs() {
        List<Path> others = new ArrayList<>(options.otherOutputs());
        List<Path> all = new ArrayList<>();
        if (options.output() != null) {
            all.add(options.output());
        }
        if (options.rejects() != null) {
            all.add(options.rejects());
        }
        for (Path p : new Path[] {removed, clusters}) {
            if (p != null) {
                others.remove(p);
                all.add(p);
            }
        }
        all.addAll(others);
        return all;
    }

    /**
     * Runs both passes.
     *
     * @param stdout   written when there is no output file; flushed, never closed
     * @param report   one line per bad record and bad file
     * @param progress the first pass's progress, or {@code null}
     * @throws BadRecordException under {@link OnError#FAIL}, at the first bad record
     */
    public DedupSummary run(OutputStream stdout, Consumer<String> report, @Nullable ProgressListener progress)
            throws IOException {
        long start = System.nanoTime();
        OutputFile.requireDistinct(outputs());
        InputFiles.Expansion inputs = InputFiles.expand(options.inputs(), OutputFile.replacedFiles(outputs()));
        List<Path> files = inputs.files();
        Path folder = temporaryFolder == null ? Files.createTempDirectory("zhpipe-dedup-")
                : Files.createTempDirectory(temporaryFolder, "zhpipe-dedup-");
        try {
            if (settings.mode() == DedupSettings.Mode.LINES) {
                return new LineDeduplication(pipeline, options, settings, removed, folder)
                        .run(files, stdout, report, progress, start);
            }
            return runDocuments(files, folder, stdout, report, progress, start);
        } finally {
            deleteFolder(folder);
        }
    }

    private DedupSummary runDocuments(List<Path> files, Path folder, OutputStream stdout, Consumer<String> report,
                                      @Nullable ProgressListener progress, long start) throws IOException {
        try (DedupIndex index = new DedupIndex(settings, folder)) {
            DedupOutputs outputs = new DedupOutputs(options.output(), options.rejects(), removed, clusters, stdout);
            try {
                Sketcher sketcher = new Sketcher(settings);
                DedupFirstPass<Sketch> first = DedupFirstPass.run(pipeline, options, files, progress,
                        result -> sketcher.sketch(result.text().current()), index::add, report, outputs.rejects);
                Clustering clustering = index.cluster();
                int[] sizes = clustering.clusterSizes();
                SecondPass second = new SecondPass(clustering, sizes);
                first.forEachGood(files, options, record -> second.writeRecord(record, outputs));
                requireSameDocuments(index.documents(), second.documents);
                long clusterCount = 0;
                for (int size : sizes) {
                    if (size > 1) {
                        clusterCount++;
                    }
                }
                DedupSummary summary = new DedupSummary(settings, first.recordsIn, second.kept, second.exact,
                        second.near, 0, 0, 0, 0, first.dropped, first.bad, first.badFiles, clusterCount,
                        clustering.verifiedPairs(), index.runsWritten(), first.bytesRead, System.nanoTime() - start,
                        first.dropReasons);
                outputs.commit();
                return summary;
            } catch (IOException | RuntimeException | Error e) {
                outputs.abort(e);
                throw e;
            }
        }
    }

    /** @throws InputException when the second reading found another number of records to look up */
    static void requireSameDocuments(int first, int second) {
        if (second != first) {
            throw new InputException("the inputs changed while they were deduplicated (" + first + " records to "
                    + "compare in the first pass, " + second + " in the second): run again on files that stay as "
                    + "they are");
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var left = Files.list(folder)) {
            for (Path p : left.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(folder);
    }

    /** Writes kept, removed and cluster records as the inputs are read again; on the calling thread. */
    private final class SecondPass {
        private final Clustering clustering;
        private final int[] sizes;
        /** The kept records whose clusters still have members to come, by document. */
        private final Map<Integer, OpenCluster> open = new HashMap<>();
        int documents;
        long kept;
        long exact;
        long near;

        SecondPass(Clustering clustering, int[] sizes) {
            this.clustering = clustering;
            this.sizes = sizes;
        }

        void writeRecord(RawRecord record, DedupOutputs outputs) throws IOException {
            Writer out = outputs.out;
            Writer removedOut = outputs.removed;
            Writer clustersOut = outputs.clusters;
            int doc = documents++;
            if (doc >= clustering.documents()) {
                return;
            }
            LineDecoder.Decoded decoded = LineDecoder.decode(record.bytes(), record.origin().charset());
            if (!decoded.ok()) {
                throw new InputException(record.location() + ": the inputs changed while they were deduplicated: "
                        + "run again on files that stay as they are");
            }
            String line = decoded.text();
            Clustering.Decision decision = clustering.decide(doc);
            if (decision.kind() == Clustering.Kind.KEPT) {
                kept++;
                out.write(line);
                out.write('\n');
                int size = sizes[doc];
                if (size > 1) {
                    String id = id(record, line);
                    open.put(doc, new OpenCluster(id, size, new int[] {size - 1}));
                    if (clustersOut != null) {
                        writeMember(clustersOut, id, size, id, 1);
                    }
                }
                return;
            }
            if (decision.kind() == Clustering.Kind.EXACT) {
                exact++;
            } else {
                near++;
            }
            OpenCluster cluster = Objects.requireNonNull(open.get(decision.kept()), "the kept record comes first");
            if (--cluster.remaining()[0] == 0) {
                open.remove(decision.kept());
            }
            String keptId = cluster.keptId();
            String similarity = String.format(Locale.ROOT, "%.4f", decision.similarity());
            if (clustersOut != null) {
                writeMember(clustersOut, keptId, cluster.size(), id(record, line), decision.similarity());
            }
            if (removedOut != null) {
                String zhpipe = "{\"source\":" + ResultJson.quote(record.location()) + ",\"duplicate_of\":"
                        + keptId + ",\"kind\":\""
                        + decision.kind().name().toLowerCase(Locale.ROOT) + "\",\"similarity\":" + similarity + "}";
                String json;
                if (record.origin().format() == InputFormat.JSONL) {
                    try {
                        JsonRecord parsed = JsonRecord.parse(line, options.field(), List.of("zhpipe"),
                                options.settingNames().of(BatchSetting.FIELD));
                        json = parsed.render(parsed.text(), Map.of("zhpipe", zhpipe));
                    } catch (RecordProblem e) {
                        throw new InputException(record.location() + ": the inputs changed while they were "
                                + "deduplicated: " + e.getMessage());
                    }
                } else {
                    json = "{\"text\":" + ResultJson.quote(line) + ",\"zhpipe\":" + zhpipe + "}";
                }
                removedOut.write(json);
                removedOut.write('\n');
            }
        }

        private void writeMember(Writer w, String cluster, int size, String member, double similarity)
                throws IOException {
            w.write("{\"cluster\":" + cluster + ",\"size\":" + size + ",\"member\":"
                    + member + ",\"similarity\":"
                    + String.format(Locale.ROOT, "%.4f", similarity) + "}\n");
        }

        /** The record's id as JSON: its {@code file:line} as a string, or its id field's value (a string or number). */
        private String id(RawRecord record, String line) {
            if (idField == null || record.origin().format() != InputFormat.JSONL) {
                return ResultJson.quote(record.location());
            }
            try {
                return JsonRecord.idOf(line, idField);
            } catch (RecordProblem e) {
                throw new InputException(record.location() + ": " + e.getMessage());
            }
        }
    }

    /** A cluster whose kept record was written: its id, size, and members still to come. */
    private record OpenCluster(String keptId, int size, int[] remaining) {
    }

}

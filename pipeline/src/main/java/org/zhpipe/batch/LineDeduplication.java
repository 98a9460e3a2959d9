package org.zhpipe.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.zhpipe.dedup.Boilerplate;
import org.zhpipe.dedup.BoilerplateRemover;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.dedup.DocumentLines;
import org.zhpipe.dedup.LineIndex;
import org.zhpipe.input.InputException;
import org.zhpipe.input.InputFormat;
import org.zhpipe.input.LineDecoder;
import org.zhpipe.input.RecordProblem;
import org.zhpipe.output.JsonRecord;
import org.zhpipe.output.ResultJson;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;

/**
 * {@link BatchDeduplicator}'s {@link DedupSettings.Mode#LINES lines} mode: boilerplate lines removed from documents,
 * in the spirit of CCNet's paragraph deduplication (Wenzek et al. 2020), but counted over the whole corpus first.
 *
 * <ol>
 *   <li><b>Counting</b>, on the workers: the pipeline runs on each record's text, and the normalized text's non-blank
 *       lines become {@link DocumentLines} (hashes, and the original spans the alignment maps them to). In input
 *       order, a {@link LineIndex} stores them and counts the documents of each line under the memory budget.</li>
 *   <li><b>Boilerplate</b>: the lines in more than {@link DedupSettings#maxDocuments} documents.</li>
 *   <li><b>Writing</b>: the files are read again; each record's original text loses its boilerplate lines
 *       ({@link BoilerplateRemover}). A record that lost none is written as it was read; one that lost some is written
 *       with its text replaced (a JSONL record as compact JSON with its other fields as they were; a line as its
 *       remaining text); one left with nothing but white space is not written: it is counted as emptied and goes to
 *       {@code removed} (when given) as a JSON record with a {@code "zhpipe"} object: {@code source}
 *       ({@code file:line}), {@code kind} ({@code emptied}) and {@code lines_removed}, its text as it was read.</li>
 * </ol>
 * Records a document stage drops go to the rejects file (when the options name one) in the first pass, as in the
 * other modes. No document is removed as a duplicate of another. A line of line input is a whole record, so such a record is either
 * kept as it was or emptied. One run per instance, on the calling thread (and the workers of the first pass).
 */
final class LineDeduplication {
    private final Pipeline pipeline;
    private final BatchOptions options;
    private final DedupSettings settings;
    private final @Nullable Path removed;
    private final Path folder;
    private long kept;
    private long cleaned;
    private long emptied;
    private long linesRemoved;
    private int documents;

    /** @param folder where temporary files go; the caller deletes it */
    LineDeduplication(Pipeline pipeline, BatchOptions options, DedupSettings settings, @Nullable Path removed,
                      Path folder) {
        this.pipeline = pipeline;
        this.options = options;
        this.settings = settings;
        this.removed = removed;
        this.folder = folder;
    }

    DedupSummary run(List<Path> files, OutputStream stdout, Consumer<String> report,
                     @Nullable ProgressListener progress, long start) throws IOException {
        try (LineIndex index = new LineIndex(folder, settings.memoryBytes())) {
            DedupOutputs outputs = new DedupOutputs(options.output(), options.rejects(), removed, null, stdout);
            try {
                DedupFirstPass<DocumentLines> first = DedupFirstPass.run(pipeline, options, files, progress,
                        LineDeduplication::lines, index::add, report, outputs.rejects);
                Boilerplate boilerplate = index.boilerplate(settings.maxDocuments());
                first.forEachGood(files, options, record -> write(record, index, boilerplate, outputs));
                BatchDeduplicator.requireSameDocuments(index.documents(), documents);
                DedupSummary summary = new DedupSummary(settings, first.recordsIn, kept, 0, 0, emptied, cleaned,
                        linesRemoved, boilerplate.size(), first.dropped, first.bad, first.badFiles, 0, 0,
                        index.runsWritten(), first.bytesRead, System.nanoTime() - start, first.dropReasons);
                outputs.commit();
                return summary;
            } catch (IOException | RuntimeException | Error e) {
                outputs.abort(e);
                throw e;
            }
        }
    }

    /** The normalized lines of a result, with the original spans its text's alignment gives them. */
    private static DocumentLines lines(Result result) {
        var text = result.text();
        return DocumentLines.of(text.current(), text.original().length(), text::originalStart, text::originalEnd);
    }

    private void write(RawRecord record, LineIndex index, Boilerplate boilerplate, DedupOutputs outputs)
            throws IOException {
        DocumentLines lines = index.next();
        documents++;
        if (lines == null) {
            return; // more records than in the first pass: reported after the reading
        }
        LineDecoder.Decoded decoded = LineDecoder.decode(record.bytes(), record.origin().charset());
        if (!decoded.ok()) {
            throw changed(record, "its bytes no longer decode");
        }
        String line = decoded.text();
        boolean json = record.origin().format() == InputFormat.JSONL;
        String text = json ? parse(record, line, List.of()).text() : line;
        if (text.length() != lines.originalLength()) {
            throw changed(record, "its text has another length");
        }
        BoilerplateRemover.Cleaned result = BoilerplateRemover.remove(text, lines, boilerplate);
        linesRemoved += result.linesRemoved();
        if (result.emptied()) {
            emptied++;
            if (outputs.removed != null) {
                String zhpipe = "{\"source\":" + ResultJson.quote(record.location())
                        + ",\"kind\":\"emptied\",\"lines_removed\":" + result.linesRemoved() + "}";
                outputs.removed.write(json ? parse(record, line, List.of("zhpipe")).render(text, Map.of("zhpipe",
                        zhpipe)) : "{\"text\":" + ResultJson.quote(line) + ",\"zhpipe\":" + zhpipe + "}");
                outputs.removed.write('\n');
            }
            return;
        }
        kept++;
        if (result.linesRemoved() == 0) {
            outputs.out.write(line);
        } else {
            cleaned++;
            outputs.out.write(json ? parse(record, line, List.of()).render(result.text(), Map.of()) : result.text());
        }
        outputs.out.write('\n');
    }

    private JsonRecord parse(RawRecord record, String line, List<String> added) {
        try {
            return JsonRecord.parse(line, options.field(), added, options.settingNames().of(BatchSetting.FIELD));
        } catch (RecordProblem e) {
            throw changed(record, e.getMessage());
        }
    }

    private static InputException changed(RawRecord record, String detail) {
        return new InputException(record.location() + ": the inputs changed while they were deduplicated (" + detail
                + "): run again on files that stay as they are");
    }
}

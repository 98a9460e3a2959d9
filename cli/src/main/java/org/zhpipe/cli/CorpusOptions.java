package org.zhpipe.cli;

import java.nio.file.Path;
import java.util.List;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.input.InputFormat;
import picocli.CommandLine.Option;

/** The options that say which corpus to read and how (a mixin of {@code run} and {@code fit}). */
final class CorpusOptions {
    @Option(names = {"-i", "--input"}, paramLabel = "PATH",
            description = "Input file, folder (read recursively) or .gz file; repeatable. Default: standard input.")
    List<Path> inputs = List.of();

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "lines, jsonl, or auto (jsonl for .jsonl/.ndjson names). Default: ${DEFAULT-VALUE}.")
    String inputFormat = "auto";

    @Option(names = "--field", paramLabel = "NAME",
            description = "The JSONL field that holds the text; other fields pass through. Default: ${DEFAULT-VALUE}.")
    String field = "text";

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Input encoding: auto (UTF-8, GB18030 or Big5, detected per file: BOM, then which "
                    + "decoding is most plausible as Chinese; -v says why) or a charset name. Default: "
                    + "${DEFAULT-VALUE}.")
    String encoding = BatchOptions.AUTO_ENCODING;

    @Option(names = {"-j", "--workers"}, paramLabel = "N",
            description = "Worker threads. Default: the number of cores (workers also encode the output, so the "
                    + "reader and the writer need little).")
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--max-record-size", paramLabel = "SIZE",
            description = "The longest record (line) read, in bytes, with an optional k, M or G suffix (powers of "
                    + "1024); a longer one is a bad record at its file:line and is never held in memory. "
                    + "Default: ${DEFAULT-VALUE}.")
    String maxRecordSize = "16M";

    /** The most worker threads -j accepts. */
    static final int MAX_WORKERS = 1024;

    /** Batch options with these set; the caller adds the rest. */
    BatchOptions.Builder batchOptions() {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new UsageException("-j must be between 1 and " + MAX_WORKERS + ", not " + workers
                    + "; it is the number of worker threads, e.g. -j 4");
        }
        BatchOptions.Builder builder = BatchOptions.builder()
                .settingNames(Flags.NAMES)
                .maxRecordBytes(ByteSize.parse(maxRecordSize, "--max-record-size"))
                .inputs(inputs)
                .inputFormat(RunCommand.parse(InputFormat.class, inputFormat, "--input-format"))
                .field(field)
                .workers(workers);
        try {
            return builder.encoding(encoding);
        } catch (org.zhpipe.input.InputException e) {
            throw new UsageException("--encoding: " + e.getMessage());
        }
    }
}

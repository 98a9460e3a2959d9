package org.zhpipe.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A corpus on disk for the batch benchmarks: the SIGHAN 2005 test sentences of {@link Corpus} (one copy), written
 * again and again, one document per line ending in {@code \n}, until the file holds at least {@code targetMb} MB
 * (10<sup>6</sup> bytes, line ends included). Written line by line, so the corpus is never held in memory.
 *
 * @param path  the file
 * @param lines documents written
 * @param bytes the file's size in bytes, line ends included (what a batch run reads)
 * @param chars UTF-16 chars of the documents, line ends excluded
 */
record CorpusFile(Path path, long lines, long bytes, long chars) {

    /**
     * Writes the corpus to {@code file} (replacing it).
     *
     * @param dir the SIGHAN directory, or {@code "auto"} (see {@link Corpus#load})
     */
    static CorpusFile write(String dir, int targetMb, Path file) throws IOException {
        Corpus once = Corpus.load(dir, 0);
        long onceBytes = once.utf8Bytes() + once.lines().length;
        long repeats = Math.max(1, (targetMb * 1_000_000L + onceBytes - 1) / onceBytes);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long r = 0; r < repeats; r++) {
                for (String line : once.lines()) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        return new CorpusFile(file, once.lines().length * repeats, Files.size(file), once.chars() * repeats);
    }

    /** Writes the corpus to a new temporary file. */
    static CorpusFile writeTemp(String dir, int targetMb) throws IOException {
        return write(dir, targetMb, Files.createTempFile("zhpipe-bench-corpus-", ".txt"));
    }

    double megabytes() {
        return bytes / 1e6;
    }

    @Override
    public String toString() {
        return String.format("corpus file %s: %d lines, %d bytes (%.3f MB, line ends included), %d chars "
                + "(%.3f Mchars)", path, lines, bytes, megabytes(), chars, chars / 1e6);
    }
}

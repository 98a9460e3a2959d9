package org.zhpipe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.batch.BatchDeduplicator;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.BatchRunner;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.spec.Spec;

/**
 * {@link ZhpipeJob#run} in-process on {@code local[2]} against the library's {@link BatchRunner} and
 * {@link BatchDeduplicator} on samples/: the same kept lines in the same order, the same rejected and removed records
 * (but for the {@code source}, which the job does not write), and usage errors as one line with exit status 2.
 */
class ZhpipeJobTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("ZhpipeJobTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void runKeepsAndRejectsAsZhpipeRun() throws IOException {
        Path input = Samples.file("text/web.jsonl");
        Path expected = dir.resolve("expected.jsonl");
        Path expectedRejects = dir.resolve("expected-rejects.jsonl");
        new BatchRunner(Spec.parse(Samples.spec("web-quality.json")).build(), BatchOptions.builder()
                .inputs(List.of(input)).output(expected).outputFormat(OutputFormat.JSONL).rejects(expectedRejects)
                .workers(1).build()).run(InputStream.nullInputStream(), new ByteArrayOutputStream(), line -> { });
        String err = job(0, "run", "-s", Samples.file("specs/web-quality.json").toString(), "-i", input.toString(),
                "-o", dir.resolve("out").toString(), "--rejects", dir.resolve("rejects").toString());
        assertEquals(Files.readAllLines(expected), parts(dir.resolve("out")));
        assertEquals(withoutSource(Files.readAllLines(expectedRejects)), parts(dir.resolve("rejects")));
        assertTrue(parts(dir.resolve("rejects")).size() >= 5, "records were rejected");
        assertEquals("zhpipe-spark: 24 records in, " + Files.readAllLines(expected).size() + " kept, "
                + parts(dir.resolve("rejects")).size() + " dropped, 0 bad\n", err);
    }

    @Test
    void runWritesTextAsZhpipeRun() throws IOException {
        Path input = Samples.file("text/news.txt");
        Path expected = dir.resolve("expected.txt");
        new BatchRunner(Spec.parse(Samples.spec("clean.json")).build(), BatchOptions.builder()
                .inputs(List.of(input)).output(expected).outputFormat(OutputFormat.TEXT).workers(1).build())
                .run(InputStream.nullInputStream(), new ByteArrayOutputStream(), line -> { });
        job(0, "run", "-s", Samples.file("specs/clean.json").toString(), "-i", input.toString(), "-o",
                dir.resolve("out").toString());
        assertEquals(Files.readAllLines(expected), parts(dir.resolve("out")));
        assertEquals(Files.readAllLines(input).size(), parts(dir.resolve("out")).size());
    }

    @Test
    void dedupKeepsAndRemovesAsZhpipeDedup() throws IOException {
        Path input = Samples.file("text/dupes.jsonl");
        Path expected = dir.resolve("expected.jsonl");
        Path expectedRemoved = dir.resolve("expected-removed.jsonl");
        new BatchDeduplicator(Spec.parse(Samples.spec("dedup.json")).build(), BatchOptions.builder()
                .inputs(List.of(input)).output(expected).workers(1).build(),
                DedupSettings.DEFAULTS.withThreshold(0.6), expectedRemoved, null, "id", dir)
                .run(new ByteArrayOutputStream(), line -> { }, null);
        String err = job(0, "dedup", "-s", Samples.file("specs/dedup.json").toString(), "-i", input.toString(),
                "-o", dir.resolve("out").toString(), "--removed", dir.resolve("removed").toString(), "--id-field",
                "id", "--threshold", "0.6");
        assertEquals(Files.readAllLines(expected), parts(dir.resolve("out")));
        assertEquals(withoutSource(Files.readAllLines(expectedRemoved)), parts(dir.resolve("removed")));
        assertTrue(err.startsWith("zhpipe-spark: 9 records in, 5 kept, 4 removed (3 exact, 1 near duplicates in 2 "
                + "clusters), 0 bad; "), err);
    }

    @Test
    void parquetInKeepsTheLibrarysRecordsAndDedupKeepsTheLibrarysFirstOfEachCluster() throws IOException {
        // run: web pages as Parquet, filtered by web-quality.json; the kept ids are the library's
        String pages = dir.resolve("pages.parquet").toString();
        spark.read().json(Samples.file("text/web.jsonl").toString()).coalesce(1).write().parquet(pages);
        Path expected = dir.resolve("expected.jsonl");
        new BatchRunner(Spec.parse(Samples.spec("web-quality.json")).build(), BatchOptions.builder()
                .inputs(List.of(Samples.file("text/web.jsonl"))).output(expected).outputFormat(OutputFormat.JSONL)
                .workers(1).build()).run(InputStream.nullInputStream(), new ByteArrayOutputStream(), line -> { });
        job(0, "run", "-s", Samples.file("specs/web-quality.json").toString(), "-i", pages, "-o",
                dir.resolve("kept").toString(), "--format", "parquet");
        List<Long> keptIds = spark.read().parquet(dir.resolve("kept").toString()).select("id").as(
                org.apache.spark.sql.Encoders.LONG()).collectAsList();
        List<Long> expectedIds = Files.readAllLines(expected).stream()
                .map(l -> Long.parseLong(l.replaceAll("^\\{\"id\": ?(\\d+).*$", "$1"))).toList();
        assertEquals(expectedIds, keptIds);
        // dedup: the sample duplicates as Parquet; the kept ids are the library's
        String dupes = dir.resolve("dupes.parquet").toString();
        spark.read().json(Samples.file("text/dupes.jsonl").toString()).coalesce(1).write().parquet(dupes);
        Path expectedUnique = dir.resolve("expected-unique.jsonl");
        new BatchDeduplicator(Spec.parse(Samples.spec("dedup.json")).build(), BatchOptions.builder()
                .inputs(List.of(Samples.file("text/dupes.jsonl"))).output(expectedUnique).workers(1).build(),
                DedupSettings.DEFAULTS.withThreshold(0.6), null, null, "id", dir)
                .run(new ByteArrayOutputStream(), line -> { }, null);
        job(0, "dedup", "-s", Samples.file("specs/dedup.json").toString(), "-i", dupes, "-o",
                dir.resolve("unique").toString(), "--id-field", "id", "--threshold", "0.6");
        List<String> uniqueIds = spark.read().parquet(dir.resolve("unique").toString()).select("id").collectAsList()
                .stream().map(r -> String.valueOf(r.get(0))).toList();
        List<String> expectedUniqueIds = Files.readAllLines(expectedUnique).stream()
                .map(l -> l.replaceAll("^\\{\"id\": ?\"?([^\",]+)\"?,.*$", "$1")).toList();
        assertEquals(expectedUniqueIds, uniqueIds);
    }

    @Test
    void fitWritesZhpipeFitsFilesAndRunUsesThem() throws IOException {
        Path reviews = Samples.file("text/reviews.txt");
        org.zhpipe.spec.Spec spec = Spec.parse(Samples.spec("tfidf.json"));
        Path local = dir.resolve("local");
        Files.createDirectories(local);
        List<String> docs = Files.readAllLines(reviews);
        org.zhpipe.spec.FittedSpec.write(spec, spec.build().fit(docs.stream()), local.resolve("fitted.json"));
        job(0, "fit", "-s", Samples.file("specs/tfidf.json").toString(), "-i", reviews.toString(), "-o",
                dir.resolve("model").toString());
        for (String file : List.of("fitted.json", "fitted.vocab.tsv")) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(local.resolve(file)),
                    Files.readAllBytes(dir.resolve("model").resolve(file)), file);
        }
        job(0, "run", "-s", dir.resolve("model").resolve("fitted.json").toString(), "-i", reviews.toString(), "-o",
                dir.resolve("vectors").toString(), "--format", "jsonl");
        assertEquals(docs.size(), parts(dir.resolve("vectors")).size());
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        String spec = Samples.file("specs/dedup.json").toString();
        String input = Samples.file("text/dupes.jsonl").toString();
        String out = dir.resolve("out").toString();
        assertEquals("zhpipe-spark: unknown command \"uniq\"; " + JobArguments.USAGE + "\n", job(2, "uniq"));
        assertEquals("zhpipe-spark: dedup needs --output; " + JobArguments.USAGE + "\n",
                job(2, "dedup", "-s", spec, "-i", input));
        assertEquals("zhpipe-spark: threshold must be above 0 and below 1, not 1.5\n",
                job(2, "dedup", "-s", spec, "-i", input, "-o", out, "--threshold", "1.5"));
        assertTrue(job(2, "run", "-s", spec, "-i", input, "-o", out, "--removed", "x")
                .startsWith("zhpipe-spark: unknown option --removed for run; its options are "));
        assertEquals("zhpipe-spark: no spec at " + dir.resolve("none.json") + ": -s names a spec file (JSON)\n",
                job(2, "run", "-s", dir.resolve("none.json").toString(), "-i", input, "-o", out));
        assertEquals("zhpipe-spark: --mode lines is not distributed: run zhpipe dedup --mode lines\n",
                job(2, "dedup", "-s", spec, "-i", input, "-o", out, "--mode", "lines"));
    }

    /** Runs the job, checks its exit status, returns what it wrote to standard error. */
    private static String job(int status, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int got = ZhpipeJob.run(spark, args, new PrintStream(err, true, StandardCharsets.UTF_8));
        String written = err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
        assertEquals(status, got, written);
        return written;
    }

    /** The lines of a Spark output folder's part files, in order. */
    private static List<String> parts(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }

    /** The library's lines without the {@code "source"} of their {@code "zhpipe"} object. */
    private static List<String> withoutSource(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("\"zhpipe\":\\{\"source\":\"[^\"]*\",", "\"zhpipe\":{"))
                .toList();
    }
}

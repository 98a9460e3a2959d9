package org.zhpipe.batch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.feature.KeywordExtractor;
import org.zhpipe.feature.TfIdfModel;
import org.zhpipe.feature.Vocabulary;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.FitException;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Stage;

/**
 * Fitting through {@link BatchFitter}: the same model as a sequential {@link Pipeline#fit(java.util.stream.Stream)}
 * whatever the workers and batches, and bad records reported, left out of the counts, or failing the fit.
 */
class BatchFitterTest {
    private static final String UNDECODABLE = ": undecodable bytes C3 for UTF-8 at byte offset 4 of the line; if the "
            + "input is in another encoding, set encoding (e.g. GB18030)";

    @TempDir
    Path dir;

    private record Fit(Pipeline pipeline, BatchSummary summary, List<String> reports) {
        Vocabulary vocabulary() {
            return BatchFitterTest.vocabulary(pipeline);
        }
    }

    private static Fit fit(Pipeline pipeline, BatchOptions options, InputStream stdin) throws IOException {
        List<String> reports = new ArrayList<>();
        BatchFitter.Fitted fitted = new BatchFitter(pipeline, options).fit(stdin, reports::add, null);
        BatchSummary summary = fitted.summary();
        assertEquals(summary.recordsIn(), summary.recordsOut() + summary.skipped(), "records in = good + bad");
        assertEquals(summary.skipped(), reports.size(), "one report per bad record");
        assertEquals(summary.recordsOut(), vocabulary(fitted.pipeline()).documents(), "documents = good records");
        return new Fit(fitted.pipeline(), summary, reports);
    }

    private static Fit fit(Pipeline pipeline, BatchOptions options) throws IOException {
        return fit(pipeline, options, InputStream.nullInputStream());
    }

    static Vocabulary vocabulary(Pipeline fitted) {
        Stage stage = fitted.featureStage().orElseThrow().stage();
        return stage instanceof TfIdfModel model ? model.vocabulary() : ((KeywordExtractor) stage).fittedOn();
    }

    private static List<Long> documentFrequencies(Vocabulary v) {
        return LongStream.range(0, v.size()).map(i -> v.documentFrequency((int) i)).boxed().toList();
    }

    private static void assertSameModel(Pipeline expected, Pipeline actual, List<String> documents, String what) {
        Vocabulary e = vocabulary(expected);
        Vocabulary a = vocabulary(actual);
        assertEquals(e.terms(), a.terms(), what + ": terms in index order");
        assertEquals(documentFrequencies(e), documentFrequencies(a), what + ": document frequencies");
        assertEquals(e.documents(), a.documents(), what + ": documents");
        assertEquals(e.prunedTerms(), a.prunedTerms(), what + ": pruned terms");
        for (int i = 0; i < documents.size(); i++) {
            assertEquals(expected.process(documents.get(i)).features(), actual.process(documents.get(i)).features(),
                    what + ": the vector of document " + (i + 1));
        }
    }

    private static Path reviews() {
        Path corpus = Path.of(System.getProperty("zhpipe.root", "..")).resolve("samples/text/reviews.txt");
        Assumptions.assumeTrue(Files.exists(corpus), "the repository's samples/ folder is here");
        return corpus;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    // ---- the same model as a sequential fit

    @Test
    void workersAndSmallBatchesGiveExactlyTheSequentialModel() throws IOException {
        Path corpus = reviews();
        List<String> documents = Files.readAllLines(corpus, UTF_8);
        assertEquals(80, documents.size());
        for (String inline : List.of("halfwidth,segment,stopwords,tfidf:ngram=1|2;minDf=2",
                "segment,bow:maxFeatures=40", "segment,stopwords,keywords:top=5;idfTable=fit")) {
            Pipeline unfitted = Spec.parseInline(inline).build();
            Pipeline sequential = unfitted.fit(documents.stream());
            for (int workers : new int[] {1, 2}) {
                Fit batch = fit(unfitted, BatchOptions.builder().inputs(List.of(corpus)).workers(workers)
                        .batchRecords(3).build());
                assertEquals(80, batch.summary().recordsIn());
                assertEquals(List.of(), batch.reports());
                assertSameModel(sequential, batch.pipeline(), documents, inline + " with " + workers + " workers");
            }
        }
    }

    @Test
    void theNumberOfWorkersDoesNotMatterEvenWhenTheMemoryCapPrunes() throws IOException {
        Path corpus = reviews();
        List<String> documents = Files.readAllLines(corpus, UTF_8);
        Pipeline unfitted = Spec.parseInline("segment,bow:pruneAt=60").build();
        BatchOptions.Builder options = BatchOptions.builder().inputs(List.of(corpus)).batchRecords(5);
        Fit one = fit(unfitted, options.workers(1).build());
        Fit three = fit(unfitted, options.workers(3).build());
        assertTrue(one.vocabulary().prunedTerms() > 0, "the cap was reached");
        assertSameModel(one.pipeline(), three.pipeline(), documents, "pruneAt=60 with 1 and 3 workers");
    }

    @Test
    void theCountsAreExact() throws IOException {
        Fit f = fit(Spec.parseInline("tokenize,bow").build(), BatchOptions.builder().workers(2).batchRecords(1)
                .build(), new ByteArrayInputStream("a b a\n\nb c\nc c c\n".getBytes(UTF_8)));
        assertEquals(List.of("a", "b", "c"), f.vocabulary().terms());
        assertEquals(List.of(1L, 2L, 2L), documentFrequencies(f.vocabulary()));
        assertEquals(4, f.vocabulary().documents(), "the empty line is a document");
        assertEquals(4, f.summary().recordsIn());
        assertEquals(4, f.summary().recordsOut());
        assertEquals(13, f.summary().charsIn());
    }

    // ---- bad records

    private Path badUtf8() throws IOException {
        return write("bad.txt", concat("a b\n".getBytes(UTF_8), new byte[] {'b', 'a', 'd', ' ', (byte) 0xC3, '(', '\n'},
                "b c\n".getBytes(UTF_8)));
    }

    private static final String BAD_JSONL = """
            {"text": "a b", "body": "x"}
            {"txt": "wrong field"}
            {"text": "unclosed"

            [1, 2]
            {"text": "b c", "body": "y y"}
            """;

    @Test
    void anUndecodableLineIsReportedAndNotCounted() throws IOException {
        Path bad = badUtf8();
        for (OnError policy : List.of(OnError.SKIP, OnError.KEEP)) {
            Fit f = fit(Spec.parseInline("tokenize,bow").build(), BatchOptions.builder().inputs(List.of(bad))
                    .encoding("UTF-8").onError(policy).workers(2).batchRecords(1).build());
            assertEquals(List.of("zhpipe: " + bad + ":2" + UNDECODABLE), f.reports(), policy.toString());
            assertEquals(List.of("a", "b", "c"), f.vocabulary().terms(), "\"bad\" is not counted");
            assertEquals(List.of(1L, 2L, 1L), documentFrequencies(f.vocabulary()));
            assertEquals(2, f.vocabulary().documents());
            assertEquals(3, f.summary().recordsIn());
            assertEquals(1, f.summary().skipped());
        }
    }

    @Test
    void anUndecodableLineFailsTheFitUnderFail() throws IOException {
        Path bad = badUtf8();
        BadRecordException e = assertThrows(BadRecordException.class, () -> fit(Spec.parseInline("tokenize,bow")
                .build(), BatchOptions.builder().inputs(List.of(bad)).encoding("UTF-8").build()));
        assertEquals(bad + ":2" + UNDECODABLE, e.getMessage());
    }

    @Test
    void badJsonlRecordsAreReportedWithFileAndLineAndNotCounted() throws IOException {
        Path in = write("corpus.jsonl", BAD_JSONL.getBytes(UTF_8));
        Fit f = fit(Spec.parseInline("tokenize,bow").build(), BatchOptions.builder().inputs(List.of(in))
                .onError(OnError.SKIP).workers(2).batchRecords(2).build());
        List<String> reports = f.reports();
        assertEquals(4, reports.size(), String.join("\n", reports));
        assertEquals("zhpipe: " + in + ":2: no \"text\" field; set field to the field that holds the text",
                reports.get(0));
        assertTrue(reports.get(1).startsWith("zhpipe: " + in + ":3: invalid JSON at column "), reports.get(1));
        assertTrue(reports.get(2).startsWith("zhpipe: " + in + ":4: empty line"), reports.get(2));
        assertTrue(reports.get(3).startsWith("zhpipe: " + in + ":5: not a JSON object but an array"),
                reports.get(3));
        assertEquals(List.of("a", "b", "c"), f.vocabulary().terms());
        assertEquals(2, f.vocabulary().documents());
        assertEquals(6, f.summary().recordsIn());
    }

    @Test
    void aBadJsonlRecordFailsTheFitAtTheFirstOne() throws IOException {
        Path in = write("corpus.jsonl", BAD_JSONL.getBytes(UTF_8));
        BadRecordException e = assertThrows(BadRecordException.class, () -> fit(Spec.parseInline("tokenize,bow")
                .build(), BatchOptions.builder().inputs(List.of(in)).workers(2).batchRecords(1).build()));
        assertEquals(in + ":2: no \"text\" field; set field to the field that holds the text",
                e.getMessage());
    }

    @Test
    void theFieldNamesTheTextOfJsonlRecords() throws IOException {
        Path in = write("corpus.ndjson", BAD_JSONL.getBytes(UTF_8));
        Fit f = fit(Spec.parseInline("tokenize,bow").build(), BatchOptions.builder().inputs(List.of(in))
                .field("body").onError(OnError.SKIP).build());
        assertEquals(List.of("x", "y"), f.vocabulary().terms());
        assertEquals(List.of(1L, 1L), documentFrequencies(f.vocabulary()));
        assertEquals(2, f.vocabulary().documents());
        assertEquals("zhpipe: " + in + ":2: no \"body\" field; set field to the field that holds the text",
                f.reports().get(0));
    }

    @Test
    void aCorpusOfBadRecordsOnlyAllowsNoModel() throws IOException {
        Path in = write("corpus.jsonl", "{\"txt\": \"a\"}\n".getBytes(UTF_8));
        FitException e = assertThrows(FitException.class, () -> new BatchFitter(Spec.parseInline("tokenize,bow")
                .build(), BatchOptions.builder().inputs(List.of(in)).onError(OnError.SKIP).build())
                .fit(InputStream.nullInputStream(), line -> { }, null));
        assertEquals("the corpus has no documents: give at least one", e.getMessage());
    }

    @Test
    void aPipelineWithNothingToFitIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BatchFitter(Spec.parseInline("tokenize,hashing_tf").build(), BatchOptions.builder()
                        .build()));
        assertEquals("the pipeline has nothing to fit", e.getMessage());
    }
}

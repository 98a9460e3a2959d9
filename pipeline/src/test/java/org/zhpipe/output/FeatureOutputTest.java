package org.zhpipe.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.batch.BadRecordException;
import org.zhpipe.batch.BatchOptions;
import org.zhpipe.batch.BatchRunner;
import org.zhpipe.batch.BatchSummary;
import org.zhpipe.batch.OnError;
import org.zhpipe.input.InputException;
import org.zhpipe.input.InputFormat;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.text.SparseVector;

/**
 * Feature vectors through the batch runner and {@link FeatureOutput}: the exact line of each output format, keyword
 * offsets into the original text, JSONL pass-through, LIBSVM labels, a Matrix Market file read back, and the
 * combinations that are refused.
 */
class FeatureOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Vocabulary a(0) b(1) c(2) 天(3) 好(4) 气(5): {@code tokenize} cuts Chinese per character, Latin at spaces. */
    private static final Pipeline BOW = Spec.parseInline("tokenize,bow").build()
            .fit(Stream.of("a b a", "b c", "天气 好"));

    /** Width and length change before the segmenter: offsets must still point into the original. */
    private static final Pipeline KEYWORDS = Spec.parseInline("html_unescape,halfwidth,segment,keywords:3").build();

    /** A supplementary character (2 UTF-16 units, 1 code point), an entity (5 → 1) and full-width letters. */
    private static final String KEYWORDS_TEXT = "𠀀&amp;ＡＢＣ天气很好，天气晴朗";

    @TempDir
    Path dir;

    private record Run(BatchSummary summary, String out, List<String> reports) {
    }

    private static Run run(Pipeline pipeline, BatchOptions options, String stdin) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> reports = new ArrayList<>();
        BatchSummary summary = new BatchRunner(pipeline, options).run(stdin(stdin), out, reports::add);
        assertEquals(summary.recordsIn(), summary.recordsOut() + summary.skipped(), "records in = out + skipped");
        assertEquals(summary.bad(), reports.size(), "one report per bad record");
        return new Run(summary, out.toString(UTF_8), reports);
    }

    private static InputStream stdin(String s) {
        return new ByteArrayInputStream(s.getBytes(UTF_8));
    }

    private static BatchOptions.Builder lines(OutputFormat format) {
        return BatchOptions.builder().outputFormat(format).workers(2);
    }

    private static BatchOptions.Builder jsonl(OutputFormat format) {
        return lines(format).inputFormat(InputFormat.JSONL);
    }

    // ---- JSONL, terms, text

    @Test
    void jsonlWritesIndicesAndValuesWithCountsAsIntegers() throws IOException {
        String expected = "{\"indices\":[0,1,3,5],\"values\":[2,1,1,1]}\n{\"indices\":[],\"values\":[]}\n";
        assertEquals(expected, run(BOW, lines(OutputFormat.JSONL).build(), "a b a 天气\nzz\n").out());
        assertEquals(expected, run(BOW, lines(OutputFormat.AUTO).build(), "a b a 天气\nzz\n").out(),
                "a feature stage makes AUTO JSONL");
        assertEquals("{\"indices\":[0,1,3,5],\"values\":[2,1,1,1]}",
                FeatureOutput.render(BOW.process("a b a 天气"), OutputFormat.JSONL, OffsetUnit.UTF16));
    }

    @Test
    void tfIdfWeightsAreWrittenAsTheShortestDecimalOfTheDouble() throws IOException {
        Pipeline tfidf = Spec.parseInline("tokenize,tfidf").build().fit(Stream.of("a b a", "b c", "天气 好"));
        // scikit-learn's smoothed idf over 3 documents: a in 1, b in 2; then l2
        double a = Math.log(4.0 / 2.0) + 1;
        double b = Math.log(4.0 / 3.0) + 1;
        double norm = Math.sqrt(a * a + b * b);
        assertEquals("{\"indices\":[0,1],\"values\":[" + (a / norm) + "," + (b / norm) + "]}\n",
                run(tfidf, lines(OutputFormat.JSONL).build(), "a b\n").out());
    }

    @Test
    void termsFormatMapsEachTermToItsValue() throws IOException {
        assertEquals("{\"terms\":{\"a\":2,\"b\":1,\"天\":1,\"气\":1}}\n{\"terms\":{}}\n",
                run(BOW, lines(OutputFormat.TERMS).build(), "a b a 天气\nzz\n").out());
        assertEquals("{\"terms\":{\"a\":2,\"b\":1,\"天\":1,\"气\":1}}",
                FeatureOutput.render(BOW.process("a b a 天气"), OutputFormat.TERMS, OffsetUnit.UTF16));
    }

    @Test
    void textFormatWritesTermValuePairs() throws IOException {
        assertEquals("a:2 b:1 天:1 气:1\n\n", run(BOW, lines(OutputFormat.TEXT).build(), "a b a 天气\nzz\n").out());
    }

    // ---- keywords: offsets into the original text

    @Test
    void keywordOffsetsPointIntoTheOriginalTextInUtf16() throws IOException {
        Result result = KEYWORDS.process(KEYWORDS_TEXT);
        assertEquals("𠀀&ABC天气很好,天气晴朗", result.text().current());
        String line = keywordsLine(result.features(), 10, 12, 7, 10, 17, 19);
        assertEquals(line + "\n", run(KEYWORDS, lines(OutputFormat.JSONL).build(), KEYWORDS_TEXT + "\n").out());
        assertEquals(line, FeatureOutput.render(result, OutputFormat.JSONL, OffsetUnit.UTF16));
        JsonNode keywords = JSON.readTree(line).get("keywords");
        assertEquals("天气", KEYWORDS_TEXT.substring(keywords.get(0).get("start").intValue(),
                keywords.get(0).get("end").intValue()));
        assertEquals("ＡＢＣ", KEYWORDS_TEXT.substring(keywords.get(1).get("start").intValue(),
                keywords.get(1).get("end").intValue()), "the original's full-width letters, not the term");
        assertEquals("晴朗", KEYWORDS_TEXT.substring(keywords.get(2).get("start").intValue(),
                keywords.get(2).get("end").intValue()));
    }

    @Test
    void keywordOffsetsInCodePointsAreOneLessAfterTheSupplementaryCharacter() throws IOException {
        Result result = KEYWORDS.process(KEYWORDS_TEXT);
        // in rank order, so not monotone: 9, 6, 16
        String line = keywordsLine(result.features(), 9, 11, 6, 9, 16, 18);
        assertEquals(line + "\n", run(KEYWORDS, lines(OutputFormat.JSONL).offsets(OffsetUnit.CODE_POINT).build(),
                KEYWORDS_TEXT + "\n").out());
        assertEquals(line, FeatureOutput.render(result, OutputFormat.JSONL, OffsetUnit.CODE_POINT));
        int[] codePoints = KEYWORDS_TEXT.codePoints().toArray();
        assertEquals("ＡＢＣ", new String(codePoints, 6, 3));
    }

    @Test
    void keywordOffsetsFromJsonlInputPointIntoTheFieldAndOtherFieldsPassThrough() throws IOException {
        Result result = KEYWORDS.process(KEYWORDS_TEXT);
        String record = "{\"id\": 1, \"body\": \"" + KEYWORDS_TEXT + "\", \"tags\": [\"x\", {\"y\": null}]}\n";
        String expected = keywordsLine(result.features(), 9, 11, 6, 9, 16, 18)
                .replace("{\"keywords\"", "{\"id\":1,\"tags\":[\"x\",{\"y\":null}],\"keywords\"");
        assertEquals(expected + "\n", run(KEYWORDS, jsonl(OutputFormat.AUTO).field("body")
                .offsets(OffsetUnit.CODE_POINT).build(), record).out());
    }

    /** The JSONL line of three keywords with the given offsets; terms and weights from {@code v}. */
    private static String keywordsLine(SparseVector v, int... offsets) {
        assertEquals(List.of("天气", "ABC", "晴朗"), List.of(v.term(0), v.term(1), v.term(2)));
        StringBuilder sb = new StringBuilder("{\"keywords\":[");
        for (int i = 0; i < 3; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"term\":\"").append(v.term(i)).append("\",\"weight\":")
                    .append(SparseVector.formatValue(v.value(i))).append(",\"start\":").append(offsets[2 * i])
                    .append(",\"end\":").append(offsets[2 * i + 1]).append('}');
        }
        return sb.append("]}").toString();
    }

    // ---- JSONL input

    /** Other fields are copied exactly as written, numbers too, as in JSONL output without features. */
    @Test
    void jsonlInputKeepsOtherFieldsAndReplacesTheTextFieldByTheVector() throws IOException {
        String input = "{\"id\": 12345678901234567890, \"text\": \"a b a\", \"meta\": {\"x\": [1.50, null, "
                + "-2.5e-3]}}\n{\"text\": \"kept\", \"body\": \"c\"}\n";
        String others = "{\"id\":12345678901234567890,\"meta\":{\"x\":[1.50,null,-2.5e-3]},";
        assertEquals(others + "\"indices\":[0,1],\"values\":[2,1]}\n{\"body\":\"c\",\"indices\":[],\"values\":[]}\n",
                run(BOW, jsonl(OutputFormat.AUTO).build(), input).out());
        assertEquals("{\"text\":\"kept\",\"indices\":[2],\"values\":[1]}\n",
                run(BOW, jsonl(OutputFormat.JSONL).field("body").build(), input.lines().skip(1).findFirst()
                        .orElseThrow()).out());
        assertEquals(others + "\"terms\":{\"a\":2,\"b\":1}}\n",
                run(BOW, jsonl(OutputFormat.TERMS).build(), input.lines().findFirst().orElseThrow()).out());
    }

    @Test
    void aRecordsOwnFieldsNamedLikeTheVectorsAreReplacedNotDuplicated() throws IOException {
        String input = "{\"values\": \"old\", \"text\": \"a b\", \"id\": 7, \"indices\": [9]}\n";
        assertEquals("{\"id\":7,\"indices\":[0,1],\"values\":[1,1]}\n",
                run(BOW, jsonl(OutputFormat.JSONL).build(), input).out());
    }

    // ---- LIBSVM

    @Test
    void libsvmIndicesAreOneBasedAndTheLabelIsZeroForLineInput() throws IOException {
        assertEquals("0 1:2 2:1 4:1 6:1\n0\n", run(BOW, lines(OutputFormat.LIBSVM).build(), "a b a 天气\nzz\n").out());
        assertEquals("0 1:2 2:1 4:1 6:1",
                FeatureOutput.render(BOW.process("a b a 天气"), OutputFormat.LIBSVM, OffsetUnit.UTF16));
    }

    @Test
    void libsvmTakesTheLabelFieldOfAJsonlRecordAsANumberOrAString() throws IOException {
        String input = """
                {"text": "a b a", "label": 3}
                {"label": -1.5e0, "text": "c"}
                {"text": "天", "label": "pos"}
                {"text": "b"}
                """;
        assertEquals("3 1:2 2:1\n-1.5e0 3:1\npos 4:1\n0 2:1\n",
                run(BOW, jsonl(OutputFormat.LIBSVM).build(), input).out());
    }

    @Test
    void aLabelWithWhiteSpaceOrOfAnotherTypeIsABadRecord() throws IOException {
        String input = """
                {"text": "a", "label": 1}
                {"text": "b", "label": "very good"}
                {"text": "c", "label": true}
                {"text": "a", "label": ""}
                {"text": "b", "label": 2}
                """;
        String problem = ": the \"label\" field must be a number or a string without white space for LIBSVM output";
        Run skip = run(BOW, jsonl(OutputFormat.LIBSVM).onError(OnError.SKIP).build(), input);
        assertEquals("1 1:1\n2 2:1\n", skip.out());
        assertEquals(List.of("zhpipe: <stdin>:2" + problem, "zhpipe: <stdin>:3" + problem,
                "zhpipe: <stdin>:4" + problem), skip.reports());
        assertEquals(3, skip.summary().skipped());
        BadRecordException fail = assertThrows(BadRecordException.class,
                () -> run(BOW, jsonl(OutputFormat.LIBSVM).build(), input));
        assertEquals("<stdin>:2" + problem, fail.getMessage());
    }

    // ---- Matrix Market

    private static final String MTX_HEADER = "%%MatrixMarket matrix coordinate real general\n"
            + "% zhpipe: one row per record written, in input order; column j is the feature index j - 1\n";

    @Test
    void matrixMarketHasTheHeaderTheSizeLineAndOneLinePerEntry() throws IOException {
        Run r = run(BOW, lines(OutputFormat.MTX).build(), "a b a\nzz\nc\n天 天\n");
        assertEquals(MTX_HEADER + "4 6 4\n" + "1 1 2\n1 2 1\n" + "3 3 1\n" + "4 4 2\n", r.out(),
                "4 rows (the empty second one has no entries), 6 columns (the vocabulary), 4 entries");
        assertEquals(4, r.summary().recordsOut());
    }

    @Test
    void matrixMarketColumnsAreTheDimensionOfTheVectors() throws IOException {
        Pipeline hashing = Spec.parseInline("tokenize,hashing_tf:bits=4;norm=none;signed=false").build();
        Run r = run(hashing, lines(OutputFormat.MTX).build(), "a a\n");
        Result a = hashing.process("a a");
        assertEquals(MTX_HEADER + "1 16 1\n1 " + (a.features().index(0) + 1) + " 2\n", r.out());
    }

    /** A keyword's index is its rank in its document, not a feature: LIBSVM and Matrix Market would mislead. */
    @Test
    void libsvmAndMatrixMarketAreRefusedForKeywords() {
        for (OutputFormat format : List.of(OutputFormat.LIBSVM, OutputFormat.MTX)) {
            InputException e = assertThrows(InputException.class,
                    () -> new BatchRunner(KEYWORDS, lines(format).build()));
            assertEquals("outputFormat " + format.name().toLowerCase(java.util.Locale.ROOT) + " needs feature indices "
                    + "that mean the same term in every record, but keywords are ranked per document: use outputFormat "
                    + "jsonl or terms", e.getMessage());
        }
    }

    @Test
    void aLabelWithALineBreakIsABadRecord() throws IOException {
        Run r = run(BOW, jsonl(OutputFormat.LIBSVM).onError(OnError.SKIP).build(),
                "{\"text\": \"a\", \"label\": \"x\\n\\ny\"}\n{\"text\": \"b\", \"label\": \"y\"}\n");
        assertEquals("y 2:1\n", r.out());
        assertEquals(List.of("zhpipe: <stdin>:1: the \"label\" field must be a number or a string without white "
                + "space for LIBSVM output"), r.reports());
    }

    @Test
    void skippedRecordsAreNotRowsOfTheMatrix() throws IOException {
        String input = "{\"text\": \"a\"}\n{\"txt\": \"b\"}\n{\"text\": \"b\"}\n";
        Run r = run(BOW, jsonl(OutputFormat.MTX).onError(OnError.SKIP).build(), input);
        assertEquals(MTX_HEADER + "2 6 2\n1 1 1\n2 2 1\n", r.out());
        assertEquals(List.of("zhpipe: <stdin>:2: no \"text\" field; set field to the field that holds the "
                + "text"), r.reports());
    }

    @Test
    void aMatrixMarketFileReadBackEqualsTheJsonlVectors() throws IOException {
        List<String> words = List.of("甲", "乙", "丙", "丁", "w", "x", "y", "z", "𠀀");
        Pipeline bow = Spec.parseInline("tokenize,bow").build().fit(Stream.of(String.join(" ", words)));
        String corpus = IntStream.range(0, 200)
                .mapToObj(i -> i % 17 == 0 ? "" : IntStream.range(0, i % 7)
                        .mapToObj(k -> words.get((i * 31 + k * k) % words.size()))
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n", "", "\n"));
        Path input = Files.writeString(dir.resolve("corpus.txt"), corpus);
        Path mtx = dir.resolve("out.mtx");
        BatchOptions.Builder options = BatchOptions.builder().inputs(List.of(input)).workers(3).batchRecords(7);
        BatchSummary summary = new BatchRunner(bow, options.output(mtx).outputFormat(OutputFormat.MTX).build())
                .run(InputStream.nullInputStream(), new ByteArrayOutputStream(), line -> { });
        assertEquals(200, summary.recordsOut());
        assertEquals(List.of("corpus.txt", "out.mtx"), filesIn(dir), "no temporary file is left behind");
        String jsonl = run(bow, BatchOptions.builder().inputs(List.of(input)).outputFormat(OutputFormat.JSONL)
                .workers(1).build(), "").out();

        List<Map<Integer, String>> expected = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            JsonNode v = JSON.readTree(line);
            Map<Integer, String> row = new TreeMap<>();
            for (int i = 0; i < v.get("indices").size(); i++) {
                row.put(v.get("indices").get(i).intValue() + 1, v.get("values").get(i).asText());
            }
            expected.add(row);
        }
        assertEquals(200, expected.size());

        List<String> lines = Files.readAllLines(mtx, UTF_8);
        assertEquals("%%MatrixMarket matrix coordinate real general", lines.get(0));
        int at = 0;
        while (lines.get(at).startsWith("%")) {
            at++;
        }
        String[] size = lines.get(at).split(" ");
        assertEquals(200, Integer.parseInt(size[0]), "rows");
        assertEquals(words.size(), Integer.parseInt(size[1]), "columns");
        List<Map<Integer, String>> actual = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            actual.add(new TreeMap<>());
        }
        int previousRow = 0;
        for (String line : lines.subList(at + 1, lines.size())) {
            String[] entry = line.split(" ");
            int row = Integer.parseInt(entry[0]);
            assertTrue(row >= previousRow, "rows in order: " + line);
            previousRow = row;
            actual.get(row - 1).put(Integer.parseInt(entry[1]), entry[2]);
        }
        assertEquals(Integer.parseInt(size[2]), lines.size() - at - 1, "entries");
        assertEquals(expected, actual);
        assertTrue(expected.stream().filter(Map::isEmpty).count() >= 12, "empty rows are rows too");
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- refused combinations

    @Test
    void termsFormatIsRefusedForHashingTf() {
        Pipeline hashing = Spec.parseInline("tokenize,hashing_tf:bits=4").build();
        InputException e = assertThrows(InputException.class,
                () -> new BatchRunner(hashing, lines(OutputFormat.TERMS).build()));
        assertEquals("outputFormat terms needs terms, but hashing_tf keeps only bucket numbers: use outputFormat jsonl, or "
                + "bow / tfidf", e.getMessage());
    }

    @Test
    void keepingBadRecordsIsRefusedForLibsvmAndMatrixMarket() {
        for (OutputFormat format : List.of(OutputFormat.LIBSVM, OutputFormat.MTX)) {
            String name = format.name().toLowerCase(java.util.Locale.ROOT);
            InputException e = assertThrows(InputException.class,
                    () -> new BatchRunner(BOW, lines(format).onError(OnError.KEEP).build()));
            assertEquals("onError keep writes bad records through unprocessed, which a " + name + " file cannot "
                    + "hold: use onError skip", e.getMessage());
        }
    }

    @Test
    void vectorFormatsAreRefusedWithoutAFeatureStage() {
        Pipeline tokens = Spec.parseInline("tokenize").build();
        for (OutputFormat format : List.of(OutputFormat.TERMS, OutputFormat.LIBSVM, OutputFormat.MTX)) {
            String name = format.name().toLowerCase(java.util.Locale.ROOT);
            InputException e = assertThrows(InputException.class,
                    () -> new BatchRunner(tokens, lines(format).build()));
            assertEquals("outputFormat " + name + " writes feature vectors, but the pipeline ends in no feature stage: "
                    + "add bow, tfidf, hashing_tf or keywords", e.getMessage());
        }
    }

    @Test
    void anUnfittedPipelineIsRefused() {
        Pipeline unfitted = Spec.parseInline("tokenize,tfidf").build();
        InputException e = assertThrows(InputException.class,
                () -> new BatchRunner(unfitted, lines(OutputFormat.JSONL).build()));
        assertEquals("the feature stage \"tfidf\" learns from a corpus first: fit it (BatchFitter, "
                + "or Pipeline.fit) and run the fitted pipeline", e.getMessage());
    }
}

package org.zhpipe.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.cli.CliTest.Run;
import org.zhpipe.output.FeatureOutput;
import org.zhpipe.output.OffsetUnit;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Result;

/**
 * {@code zhpipe fit} and {@code zhpipe run} on what it wrote, end to end in process: the fitted spec and its
 * vocabulary file, the vectors they give, and the exact one-line errors of an unfitted, edited or incomplete model.
 */
class FitCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("zhpipe.root", ".."));
    private static final Path TFIDF_SPEC = ROOT.resolve("samples/specs/tfidf.json");
    private static final Path KEYWORDS_SPEC = ROOT.resolve("samples/specs/keywords.json");
    private static final Path REVIEWS = ROOT.resolve("samples/text/reviews.txt");
    private static final String TEXT = "这款手机的屏幕很清晰，电池续航也不错，就是价格有点贵。";
    private static final String UNFITTED = "zhpipe: error: the feature stage \"tfidf\" learns from a corpus first: "
            + "zhpipe fit -s SPEC -i CORPUS -o fitted.json, then zhpipe run -s fitted.json\n";

    @TempDir
    Path dir;

    private static Run run(Object... args) {
        return CliTest.run(Stream.of(args).map(Object::toString).toArray(String[]::new));
    }

    /** Fits the sample TF-IDF spec on the sample reviews into {@code fitted}; asserts success. */
    private static Run fitTfIdf(Path fitted, int workers) {
        Run r = run("fit", "-s", TFIDF_SPEC, "-i", REVIEWS, "-o", fitted, "-j", workers);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static Path vocabularyOf(Path fitted) {
        return fitted.resolveSibling("fitted.vocab.tsv");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** What the library makes of {@code text} with the spec in {@code file}, as the CLI prints it. */
    private static String expected(Path file, String text, OutputFormat format) {
        Result result = Spec.read(file).build().process(text);
        return (format == OutputFormat.TEXT ? result.output()
                : FeatureOutput.render(result, format, OffsetUnit.UTF16)) + "\n";
    }

    /** {@code fitted.json:line:column: } of the feature stage's {@code model} field, as spec errors start. */
    private static String modelLocation(Path fitted) throws IOException {
        List<String> lines = Files.readAllLines(fitted, StandardCharsets.UTF_8);
        // the last one: a segment stage before it has a model field too (empty unless it discovered words)
        for (int i = lines.size() - 1; i >= 0; i--) {
            int column = lines.get(i).indexOf("\"model\"");
            if (column >= 0) {
                return fitted + ":" + (i + 1) + ":" + (column + 1) + ": ";
            }
        }
        throw new AssertionError("no model field in " + fitted);
    }

    private static JsonNode featureStage(Path fitted) throws IOException {
        JsonNode stages = JSON.readTree(fitted.toFile()).get("stages");
        return stages.get(stages.size() - 1);
    }

    private static void assertIdfColumn(Path vocabulary, long documents) throws IOException {
        List<String> lines = Files.readAllLines(vocabulary, StandardCharsets.UTF_8);
        assertEquals("term\tindex\tdf\tidf", lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split("\t", -1);
            assertEquals(4, fields.length, lines.get(i));
            assertEquals(Integer.toString(i - 1), fields[1], "index in line order");
            long df = Long.parseLong(fields[2]);
            assertEquals(Double.toString(Math.log((double) (documents + 1) / (double) (df + 1)) + 1), fields[3],
                    "scikit-learn's smoothed idf of " + fields[0]);
        }
    }

    // ---- fit, then run

    @Test
    void fitWritesTheSpecAndItsVocabularyAndRunAppliesThem() throws IOException {
        Path fitted = dir.resolve("fitted.json");
        Path vocabulary = vocabularyOf(fitted);
        Run r = fitTfIdf(fitted, 2);
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("zhpipe: fitted tfidf on 80 documents (80 records read, 0 bad; "), r.err());
        assertTrue(r.err().endsWith("): 159 terms in " + vocabulary + "; wrote " + fitted + "\n"), r.err());

        JsonNode stage = featureStage(fitted);
        assertEquals("tfidf", stage.get("type").textValue());
        assertEquals("fitted.vocab.tsv", stage.get("model").textValue(), "relative to the spec's folder");
        assertEquals(80, stage.get("modelDocuments").longValue());
        assertEquals(sha256(vocabulary), stage.get("modelSha256").textValue());
        assertEquals("[1,2]", stage.get("ngram").toString(), "the spec's own parameters are kept");
        assertEquals(2, stage.get("minDf").intValue());
        List<String> lines = Files.readAllLines(vocabulary, StandardCharsets.UTF_8);
        assertEquals(160, lines.size(), "the header and 159 terms");
        assertIdfColumn(vocabulary, 80);

        Run text = run("run", "-s", fitted, "--format", "text", TEXT);
        assertEquals(new Run(0, expected(fitted, TEXT, OutputFormat.TEXT), ""), text);
        Run auto = run("run", "-s", fitted, TEXT);
        assertEquals(new Run(0, expected(fitted, TEXT, OutputFormat.JSONL), ""), auto, "auto: JSONL for vectors");
        Run terms = run("run", "-s", fitted, "--format", "terms", TEXT);
        assertEquals(new Run(0, expected(fitted, TEXT, OutputFormat.TERMS), ""), terms);
        JsonNode weights = JSON.readTree(terms.out()).get("terms");
        assertEquals(List.of("不错", "价格", "屏幕", "手机", "手机 屏幕", "款", "款 手机", "电池", "电池 续航", "续航", "贵"),
                iterate(weights.fieldNames()), "unigrams and bigrams of minDf ≥ 2, in index order");
        double squares = 0;
        for (JsonNode w : weights) {
            squares += w.doubleValue() * w.doubleValue();
        }
        assertEquals(1, squares, 1e-12, "l2-normalized");
        Run jsonl = run("run", "-s", fitted, "--format", "jsonl", TEXT);
        assertEquals(new Run(0, expected(fitted, TEXT, OutputFormat.JSONL), ""), jsonl);
        assertTrue(jsonl.out().startsWith("{\"indices\":["), jsonl.out());

        Run batch = run("run", "-s", fitted, "-i", REVIEWS, "-q");
        assertEquals(0, batch.code(), batch.err());
        assertEquals(80, batch.out().lines().filter(l -> l.startsWith("{\"indices\":[")).count());
    }

    @Test
    void theFittedSpecIsTheSameBytesWhateverTheWorkersAndReadsBackAsItself() throws IOException {
        Path one = dir.resolve("one/fitted.json");
        Path three = dir.resolve("three/fitted.json");
        Files.createDirectories(one.getParent());
        Files.createDirectories(three.getParent());
        fitTfIdf(one, 1);
        fitTfIdf(three, 3);
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(three));
        assertArrayEquals(Files.readAllBytes(vocabularyOf(one)), Files.readAllBytes(vocabularyOf(three)));
        byte[] before = Files.readAllBytes(one);
        byte[] vocabularyBefore = Files.readAllBytes(vocabularyOf(one));
        fitTfIdf(one, 2);
        assertArrayEquals(before, Files.readAllBytes(one), "fitting again replaces the files by the same bytes");
        assertArrayEquals(vocabularyBefore, Files.readAllBytes(vocabularyOf(one)));
        assertEquals(List.of("fitted.json", "fitted.vocab.tsv"), list(one.getParent()), "no temporary file left");
        assertEquals(Files.readString(one, StandardCharsets.UTF_8), Spec.read(one).toJson());
    }

    @Test
    void aFittedSpecMovedWithItsVocabularyStillRuns() throws IOException {
        Path fitted = dir.resolve("fitted.json");
        fitTfIdf(fitted, 2);
        String before = run("run", "-s", fitted, TEXT).out();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/deeper"));
        Files.move(fitted, elsewhere.resolve("fitted.json"));
        Files.move(vocabularyOf(fitted), elsewhere.resolve("fitted.vocab.tsv"));
        assertEquals(new Run(0, before, ""), run("run", "-s", elsewhere.resolve("fitted.json"), TEXT));
    }

    // ---- what is refused

    @Test
    void oneShotFormatsThatCannotHoldTheVectorAreRefused() {
        assertEquals(new Run(2, "", "zhpipe: error: --format terms needs terms, but hashing_tf keeps only bucket "
                + "numbers: use --format jsonl, or bow / tfidf\n"),
                run("run", "-p", "segment,hashing_tf:8", "--format", "terms", TEXT));
        assertEquals(new Run(2, "", "zhpipe: error: --format libsvm needs feature indices that mean the same term in "
                + "every record, but keywords are ranked per document: use --format jsonl or terms\n"),
                run("run", "-s", KEYWORDS_SPEC, "--format", "libsvm", TEXT));
    }

    @Test
    void aMissingOutputFolderIsRefusedBeforeTheCorpusIsRead() {
        Path missing = dir.resolve("no/such/folder/fitted.json");
        Run r = run("fit", "-s", TFIDF_SPEC, "-i", dir.resolve("no-corpus-either.txt"), "-o", missing);
        assertEquals(new Run(2, "", "zhpipe: error: output folder " + missing.getParent() + " does not exist: "
                + "create it first\n"), r);
        Run folder = run("fit", "-s", TFIDF_SPEC, "-i", REVIEWS, "-o", dir);
        assertEquals(new Run(2, "", "zhpipe: error: -o " + dir + " is a folder: name the fitted spec's file, e.g. "
                + dir.resolve("fitted.json") + "\n"), folder);
    }

    @Test
    void explainingAnUnfittedSpecIsRefusedBeforeAnyOutput() {
        assertEquals(new Run(2, "", "zhpipe: error: the feature stage \"tfidf\" learns from a corpus first: zhpipe fit "
                + "-s SPEC -i CORPUS -o fitted.json, then zhpipe explain -s fitted.json\n"),
                run("explain", "-p", "segment,tfidf", "你好"));
    }

    @Test
    void anUnfittedSpecIsRefusedWithOneLine() {
        assertEquals(new Run(2, "", UNFITTED), run("run", "-s", TFIDF_SPEC, TEXT));
        assertEquals(new Run(2, "", UNFITTED), run("run", "-s", TFIDF_SPEC, "-i", REVIEWS));
    }

    @Test
    void aPipelineWithNothingToFitIsRefused() throws IOException {
        Path out = dir.resolve("fitted.json");
        assertEquals(new Run(2, "", "zhpipe: error: nothing to fit: the pipeline has no stage that learns; add bow, "
                + "tfidf or keywords with idfTable=fit, or give segment a discover object "
                + "(segment:discover=minCount:5)\n"), run("fit", "-p", "halfwidth", "-i", REVIEWS, "-o", out));
        String learnsNothing = "\" learns nothing (it is fitted already, or has a fixed vocabulary and no idf, or "
                + "uses a given idf table); run it with zhpipe run\n";
        assertEquals(new Run(2, "", "zhpipe: error: nothing to fit: the feature stage \"keywords" + learnsNothing),
                run("fit", "-s", KEYWORDS_SPEC, "-i", REVIEWS, "-o", out));
        assertEquals(List.of(), list(dir));
        fitTfIdf(out, 2);
        assertEquals(new Run(2, "", "zhpipe: error: nothing to fit: the feature stage \"tfidf" + learnsNothing),
                run("fit", "-s", out, "-i", REVIEWS, "-o", dir.resolve("again.json")));
    }

    @Test
    void anEditedVocabularyIsRefusedNamingTheFile() throws IOException {
        Path fitted = dir.resolve("fitted.json");
        Path vocabulary = vocabularyOf(fitted);
        fitTfIdf(fitted, 2);
        String expectedSha = sha256(vocabulary);
        Files.writeString(vocabulary, Files.readString(vocabulary).replace("\t2\t", "\t3\t"));
        Run r = run("run", "-s", fitted, TEXT);
        assertEquals(new Run(2, "", "zhpipe: error: " + modelLocation(fitted) + "stages[5].model: " + vocabulary
                + ": the file has changed since it was fitted (its SHA-256 is " + sha256(vocabulary) + ", the spec "
                + "expects " + expectedSha + "): fit again, or restore the file\n"), r);
    }

    @Test
    void aMissingVocabularyIsRefusedNamingTheFile() throws IOException {
        Path fitted = dir.resolve("fitted.json");
        fitTfIdf(fitted, 2);
        Files.delete(vocabularyOf(fitted));
        assertEquals(new Run(2, "", "zhpipe: error: " + modelLocation(fitted) + "stages[5].model: "
                + vocabularyOf(fitted) + ": the fitted vocabulary is missing; it is written next to the fitted spec "
                + "when it is saved (FittedSpec.write): keep the two together, or fit again\n"), run("run", "-s", fitted, TEXT));
    }

    @Test
    void matrixMarketNeedsACorpusNotTextArguments() throws IOException {
        Path fitted = dir.resolve("fitted.json");
        fitTfIdf(fitted, 2);
        assertEquals(new Run(2, "", "zhpipe: error: --format mtx writes one matrix for a whole corpus: give the texts "
                + "as a corpus (files or standard input)\n"), run("run", "-s", fitted, "--format", "mtx", TEXT));
        Run stdin = CliTest.withStdin(TEXT + "\n", "run", "-s", fitted.toString(), "--format", "mtx");
        assertEquals(0, stdin.code(), stdin.err());
        assertTrue(stdin.out().startsWith("%%MatrixMarket matrix coordinate real general\n"), stdin.out());
        int entries = Spec.read(fitted).build().process(TEXT).features().size();
        assertEquals("1 159 " + entries, stdin.out().lines().skip(2).findFirst().orElseThrow(), stdin.out());
        assertEquals(3 + entries, stdin.out().lines().count());
    }

    // ---- bad records while fitting

    @Test
    void badRecordsAreSkippedAndReportedOrStopTheFitWithNothingWritten() throws IOException {
        Path corpus = dir.resolve("corpus.txt");
        Files.write(corpus, new byte[] {'a', ' ', 'b', '\n', (byte) 0xC3, '(', '\n', 'b', '\n'});
        Path fitted = dir.resolve("out/fitted.json");
        Files.createDirectories(fitted.getParent());
        String problem = corpus + ":2: undecodable bytes C3 for UTF-8 at byte offset 0 of the line; if the input "
                + "is in another encoding, set --encoding (e.g. GB18030)";
        Run fail = run("fit", "-p", "tokenize,bow", "-i", corpus, "--encoding", "UTF-8", "-o", fitted);
        assertEquals(new Run(1, "", "zhpipe: error: " + problem + "\nzhpipe: stopped at the first bad record "
                + "(--on-error fail); use --on-error skip to go on; nothing was written\n"), fail);
        assertEquals(List.of(), list(fitted.getParent()));
        Run skip = run("fit", "-p", "tokenize,bow", "-i", corpus, "--encoding", "UTF-8", "--on-error", "skip", "-q",
                "-o", fitted);
        assertEquals(new Run(1, "", "zhpipe: " + problem + "\n"), skip, "exit 1: some records were rejected");
        assertEquals(2, featureStage(fitted).get("modelDocuments").longValue(), "the bad record is not a document");
        assertEquals("term\tindex\tdf\tidf\na\t0\t1\t\nb\t1\t2\t\n",
                Files.readString(vocabularyOf(fitted), StandardCharsets.UTF_8), "a bag of words has no idf");
    }

    // ---- keywords

    @Test
    void keywordsWithJiebasTableNeedNoFitting() {
        assertEquals(new Run(0, "续航:1.2083213934225 屏幕:1.10397168122 电池:0.93985770432125 清晰:0.867778657335 "
                + "不错:0.7735292272125\n", ""), run("run", "-s", KEYWORDS_SPEC, "--format", "text", TEXT));
    }

    @Test
    void keywordsWithAnIdfTableFittedOnTheCorpus() throws IOException {
        Path spec = Files.writeString(dir.resolve("keywords.json"), """
                {"zhpipe": 1, "stages": [{"type": "halfwidth"}, {"type": "segment"}, {"type": "stopwords"},
                  {"type": "keywords", "top": 3, "idfTable": "fit"}]}
                """);
        assertEquals(new Run(2, "", "zhpipe: error: the feature stage \"keywords\" learns from a corpus first: "
                + "zhpipe fit -s SPEC -i CORPUS -o fitted.json, then zhpipe run -s fitted.json\n"),
                run("run", "-s", spec, TEXT));
        Path fitted = dir.resolve("fitted.json");
        Run fit = run("fit", "-s", spec, "-i", REVIEWS, "-o", fitted, "-q");
        assertEquals(new Run(0, "", ""), fit);
        JsonNode stage = featureStage(fitted);
        assertEquals("fit", stage.get("idfTable").textValue());
        assertEquals(80, stage.get("modelDocuments").longValue());
        assertEquals(sha256(vocabularyOf(fitted)), stage.get("modelSha256").textValue());
        assertIdfColumn(vocabularyOf(fitted), 80);

        Run text = run("run", "-s", fitted, "--format", "text", TEXT);
        assertEquals(new Run(0, expected(fitted, TEXT, OutputFormat.TEXT), ""), text);
        assertEquals(3, text.out().strip().split(" ").length, text.out());
        Run jsonl = run("run", "-s", fitted, "--format", "jsonl", TEXT);
        assertEquals(new Run(0, expected(fitted, TEXT, OutputFormat.JSONL), ""), jsonl);
        JsonNode keywords = JSON.readTree(jsonl.out()).get("keywords");
        assertEquals(3, keywords.size());
        for (JsonNode k : keywords) {
            assertEquals(k.get("term").textValue(), TEXT.substring(k.get("start").intValue(), k.get("end").intValue()));
        }
        assertFalse(jsonl.out().equals(run("run", "-s", KEYWORDS_SPEC, "--format", "jsonl", TEXT).out()),
                "the fitted table is not jieba's");
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package org.zhpipe.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/**
 * Every sample spec in {@code samples/specs}: as a tokenizer when it has a segmenter, as a char filter when it has
 * text stages only, each through {@code checkRandomData}; the others are refused, with the stage that keeps them out.
 */
public class SamplesTest extends BaseTokenStreamTestCase {
    /** How each sample runs in Lucene; a new sample must be added here. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.of(
            "search.json", "tokenizer",
            "clean.json", "char filter",
            "dedup.json", "char filter",
            "dedup-lines.json", "char filter",
            "to-simplified.json", "char filter",
            "keywords.json", "refused: stages[3] \"keywords\" is a feature stage",
            "tfidf.json", "refused: stages[5] \"tfidf\" is a feature stage",
            "pretrain-zh.json", "refused: stages[4] \"script\" is a document stage",
            "web-quality.json", "refused: stages[3] \"quality\" is a document stage"));

    public void testEverySampleRunsOrIsRefusedWithItsReason() throws IOException {
        Path specs = Path.of(System.getProperty("zhpipe.root", "..")).resolve("samples").resolve("specs");
        assumeTrue("samples/specs is absent", Files.isDirectory(specs));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(specs)) {
            list.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        Map<String, String> seen = new TreeMap<>();
        for (Path file : files) {
            seen.put(file.getFileName().toString(), run(file));
        }
        assertEquals(EXPECTED, seen);
    }

    private static String run(Path file) throws IOException {
        Pipeline pipeline = Spec.read(file).build();
        if (pipeline.segments()) {
            try (Analyzer a = new ZhpipeAnalyzer(pipeline)) {
                // search mode's sub-words keep their own offsets on their word's position (see ZhpipeAnalyzerTest)
                boolean subWords = file.getFileName().toString().equals("search.json");
                checkRandomData(random(), a, 100, 20, false, !subWords);
                return "tokenizer";
            } catch (IllegalArgumentException refused) {
                return refusal(refused);
            }
        }
        try (Analyzer a = new ZhpipeCharFilterTest.CharFilterAnalyzer(pipeline)) {
            checkRandomData(random(), a, 100);
            return "char filter";
        } catch (IllegalArgumentException refused) {
            return refusal(refused);
        }
    }

    private static String refusal(IllegalArgumentException e) {
        String message = e.getMessage();
        return "refused: " + message.substring("zhpipe: ".length(), message.indexOf(", which"));
    }
}

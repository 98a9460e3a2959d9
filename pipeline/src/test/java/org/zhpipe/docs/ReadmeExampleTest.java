package org.zhpipe.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.feature.TfIdfModel;
import org.zhpipe.spec.FittedSpec;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Tokens;

/** The README's library example: this test runs it, and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeExampleRunsAndIsTheOneInTheReadme() throws IOException {
        Path corpus = dir.resolve("corpus.txt");
        Files.writeString(corpus, "ＡＩ技术\n你好　世界\n");
        StringWriter sink = new StringWriter();
        PrintWriter out = new PrintWriter(sink);

        // README-BEGIN
        Pipeline pipeline = Spec.parseInline("halfwidth,lowercase,tokenize").build(); // build once, share freely
        Result result = pipeline.process("ＧＰＴ－４发布了！");
        String text = result.text().current();                                      // "gpt-4发布了!"
        Tokens tokens = result.tokens();
        List<String> highlights = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            // offsets point into the original input, even where a stage rewrote the text
            String original = result.text().original().substring(tokens.start(i), tokens.end(i));
            highlights.add(tokens.term(i) + "=" + original);                        // "gpt-4=ＧＰＴ－４", ...
        }

        // a JSON spec, and a whole corpus streamed lazily in constant memory (corpus: a Path, out: a PrintWriter)
        Pipeline clean = Spec.parse("{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidth\"}, {\"type\": \"whitespace\"}]}")
                .build();
        try (Stream<String> lines = Files.lines(corpus)) {
            clean.process(lines).map(Result::output).forEach(out::println);
        }
        // README-END
        out.flush();

        assertEquals("gpt-4发布了!", text);
        assertEquals(List.of("gpt-4=ＧＰＴ－４", "发=发", "布=布", "了=了", "!=！"), highlights);
        assertEquals("AI技术\n你好 世界\n", sink.toString());
        assertTrue(readmeCode().contains("```java\n" + snippet() + "```\n"),
                "the README's library example differs from this test's; copy it from here:\n" + snippet());
    }

    @Test
    void readmeFittingExampleRunsAndIsTheOneInTheReadme() throws IOException {
        Path corpus = dir.resolve("corpus.txt");
        Files.writeString(corpus, "今天天气很好\n今天天气不错\n明天下雨\n天气预报说明天下雨\n");
        Path fittedFile = dir.resolve("fitted.json");

        // README-FIT-BEGIN
        Spec spec = Spec.parseInline("segment,stopwords,tfidf:ngram=1|2;minDf=2");
        Pipeline tfidf = spec.build();
        Pipeline fitted;
        try (Stream<String> lines = Files.lines(corpus)) {
            fitted = tfidf.fit(lines);                                     // tfidf.process(...) would refuse
        }
        SparseVector vector = fitted.process("今天天气不错").features();   // indices, values, terms
        FittedSpec.write(spec, fitted, fittedFile);                       // + fitted.vocab.tsv beside it
        // README-FIT-END

        // terms in at least two of the four documents, by code point
        assertEquals(List.of("下雨", "今天", "今天 天气", "天气", "明天", "明天 下雨"), ((TfIdfModel) fitted.featureStage().orElseThrow().stage())
                .vocabulary().terms());
        assertEquals(3, vector.size());
        assertTrue(Files.exists(dir.resolve("fitted.vocab.tsv")));
        assertTrue(readmeCode().contains("```java\n" + snippet("README-FIT") + "```\n"),
                "the README's fitting example differs from this test's; copy it from here:\n" + snippet("README-FIT"));
    }

    private static Path root() {
        return Path.of(System.getProperty("zhpipe.root", ".."));
    }

    /** The code between the markers above, unindented. */
    private static String snippet() throws IOException {
        return snippet("README");
    }

    private static String snippet(String marker) throws IOException {
        String source = Files.readString(root().resolve(
                "pipeline/src/test/java/org/zhpipe/docs/ReadmeExampleTest.java"));
        String begin = "// " + marker + "-BEGIN\n";
        String body = source.substring(source.indexOf(begin) + begin.length(),
                source.indexOf("        // " + marker + "-END"));
        return body.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce("", (a, b) -> a + b + "\n");
    }

    private static String readmeCode() throws IOException {
        return Files.readString(root().resolve("README.md"));
    }
}

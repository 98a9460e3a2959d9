package org.zhpipe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.cli.CliTest.Run;

/** {@code zhpipe words}, {@code zhpipe fit} with discovery and {@code zhpipe rehash}, end to end on the tech sample. */
class WordsCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("zhpipe.root", ".."));
    private static final Path TECH = ROOT.resolve("samples/text/tech.txt");
    private static final String DISCOVER = "segment:discover=minCount:3|minEntropy:1";

    @TempDir
    Path dir;

    private static Run run(Object... args) {
        return CliTest.run(Stream.of(args).map(Object::toString).toArray(String[]::new));
    }

    @Test
    void wordsListsTheDomainsWordsWithExamples() {
        Run r = run("words", "-p", DISCOVER, "-i", TECH);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("word\tfrequency\tcount\tdocuments\tcohesion\tleft_entropy\tright_entropy\texample", lines.get(0));
        List<String> words = lines.stream().skip(1).map(l -> l.split("\t")[0]).toList();
        assertTrue(words.containsAll(List.of("预训练", "卷积神经网络", "学习率")), words.toString());
        // two dictionary words: a phrase, not a new word
        assertFalse(words.contains("注意力机制"), words.toString());
        String line = lines.stream().filter(l -> l.startsWith("卷积神经网络\t")).findFirst().orElseThrow();
        assertTrue(line.split("\t")[7].contains("卷积神经网络"), line);
        assertTrue(r.err().startsWith("zhpipe: "), r.err());
    }

    @Test
    void fitRunReviewRehash() throws IOException {
        Path fitted = dir.resolve("fitted.json");
        Run fit = run("fit", "-p", DISCOVER, "-i", TECH, "-o", fitted);
        assertEquals(0, fit.code(), fit.err());
        assertTrue(fit.err().contains("new words in"), fit.err());
        Path words = dir.resolve("fitted.words.tsv");
        assertTrue(Files.readString(words).contains("\n预训练\t"));

        assertEquals("用 卷积神经网络 做 预训练\n", run("run", "-s", fitted, "用卷积神经网络做预训练").out());
        assertEquals("用 卷 积 神经 网络 做预 训练\n", run("run", "-p", "segment", "用卷积神经网络做预训练").out());

        // review: delete 预训练; the spec refuses the edited list until rehash records it
        List<String> kept = Files.readAllLines(words).stream().filter(l -> !l.startsWith("预训练\t")).toList();
        Files.write(words, kept, StandardCharsets.UTF_8);
        Run refused = run("run", "-s", fitted, "预训练");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("zhpipe rehash FITTED.json"), refused.err());
        Run rehash = run("rehash", fitted);
        assertEquals(0, rehash.code(), rehash.err());
        assertTrue(rehash.err().startsWith("zhpipe: stages[0] segment: fitted.words.tsv: recorded its new SHA-256 "),
                rehash.err());
        assertEquals("用 卷积神经网络 做预 训练\n", run("run", "-s", fitted, "用卷积神经网络做预训练").out());
        assertEquals("zhpipe: stages[0] segment: fitted.words.tsv is unchanged\n", run("rehash", fitted).err());

        // a broken edit is refused, naming the line, and the spec keeps its checksum
        String before = Files.readString(fitted);
        Files.writeString(words, Files.readString(words) + "数据集\n");
        Run broken = run("rehash", fitted);
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("fitted.words.tsv:" + (kept.size() + 1) + ": \"数据集\" has no frequency"),
                broken.err());
        assertEquals(before, Files.readString(fitted));
        assertEquals("zhpipe: error: " + dir.resolve("halfwidth.json") + ": names no fitted file (a stage's model): "
                + "rehash a spec that zhpipe fit wrote\n", rehashPlain());
    }

    @Test
    void discoveryThenTfIdfTakesPassesOverFiles() throws IOException {
        Path fitted = dir.resolve("fitted.json");
        Run fit = run("fit", "-p", DISCOVER + ",tfidf", "-i", TECH, "-o", fitted);
        assertEquals(0, fit.code(), fit.err());
        assertTrue(fit.err().contains("last of 3 passes"), fit.err());
        assertTrue(Files.readString(dir.resolve("fitted.vocab.tsv")).contains("\n卷积神经网络\t"));
        Run stdin = CliTest.withStdin("卷积神经网络\n", "fit", "-p", DISCOVER + ",tfidf", "-o", fitted.toString());
        assertEquals(2, stdin.code());
        assertTrue(stdin.err().contains("standard input can be read once"), stdin.err());
    }

    @Test
    void wordsNeedsASegmenter() {
        Run r = run("words", "-p", "halfwidth", "-i", TECH);
        assertEquals(2, r.code());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("zhpipe: error: the spec has no segment stage, so there is no dictionary to find new words "
                + "against: add segment (inline: -p segment)\n", r.err());
    }

    @Test
    void anUnfittedDiscoveringSegmenterIsRefusedInOneLine() {
        Run run = run("run", "-p", DISCOVER, "卷积神经网络");
        assertEquals(new Run(2, "", "zhpipe: error: the segmenter \"segment\" learns from a corpus first: zhpipe fit "
                + "-s SPEC -i CORPUS -o fitted.json, then zhpipe run -s fitted.json\n"), run);
        Run dedup = run("dedup", "-p", DISCOVER, "-i", TECH);
        assertEquals(2, dedup.code());
        assertTrue(dedup.err().startsWith("zhpipe: error: the segmenter \"segment\" learns from a corpus first"),
                dedup.err());
    }

    private String rehashPlain() throws IOException {
        Path plain = Files.writeString(dir.resolve("halfwidth.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": "
                + "\"halfwidth\"}]}");
        return run("rehash", plain).err();
    }
}

package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.spec.FittedSpec;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.SpecException;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.UnfittedStageException;

/** A spec whose segment discovers words: fitted, saved, reviewed, applied. */
class DiscoverFitTest {
    private static final String SPEC = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidth\"}, {\"type\": "
            + "\"segment\", \"discover\": {\"minCount\": 3, \"minEntropy\": 0.5, \"minCohesion\": 1}}]}";
    private static final List<String> CORPUS = List.of("卷积神经网络很强。", "我们用卷积神经网络。", "卷积神经网络的层很深",
            "好的卷积神经网络", "预训练很贵", "先预训练再微调", "预训练模型");

    @TempDir
    Path dir;

    @Test
    void unfittedRefusesToRun() {
        Pipeline pipeline = Spec.parse(SPEC).build();
        assertTrue(pipeline.needsFitting());
        assertEquals("segment", pipeline.stageToFit().orElseThrow().name());
        assertEquals("stages[1] \"segment\" is not fitted: it learns from a corpus first: pipeline.fit(documents), "
                        + "or newAccumulator, accumulate and fit(counts)",
                assertThrows(UnfittedStageException.class, () -> pipeline.process("你好")).getMessage());
    }

    @Test
    void fittedSavedAndApplied() throws IOException {
        Spec spec = Spec.parse(SPEC);
        Pipeline fitted = spec.build().fit(CORPUS.stream());
        assertFalse(fitted.needsFitting());
        assertEquals(List.of("用", "卷积神经网络"), fitted.process("用卷积神经网络").tokens().terms());
        FittedSpec.Saved saved = FittedSpec.write(spec, fitted, dir.resolve("fitted.json"));
        assertEquals(dir.resolve("fitted.words.tsv"), saved.wordsFile());
        List<String> lines = Files.readAllLines(saved.wordsFile());
        assertEquals(WordsFile.HEADER, lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("卷积神经网络\t")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("预训练\t")), lines.toString());

        Pipeline applied = Spec.read(dir.resolve("fitted.json")).build();
        assertEquals(List.of("先", "预训练", "再", "微调"), applied.process("先预训练再微调").tokens().terms());

        // a reviewer deletes a word: the spec refuses the changed list until it is re-recorded
        Files.write(saved.wordsFile(), lines.stream().filter(l -> !l.startsWith("预训练\t")).toList(),
                StandardCharsets.UTF_8);
        SpecException changed = assertThrows(SpecException.class,
                () -> Spec.read(dir.resolve("fitted.json")).build());
        assertTrue(changed.getMessage().contains("the word list has changed since it was fitted"),
                changed.getMessage());
    }

    @Test
    void twoEstimatorsFitInTwoPasses() {
        Spec spec = Spec.parse("{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\", \"discover\": {\"minCount\": 3, "
                + "\"minEntropy\": 0.5, \"minCohesion\": 1}}, {\"type\": \"bow\"}]}");
        Pipeline once = spec.build().fit(CORPUS.stream());
        assertTrue(once.needsFitting());
        assertEquals("bow", once.stageToFit().orElseThrow().name());
        Pipeline twice = once.fit(CORPUS.stream());
        assertFalse(twice.needsFitting());
        assertTrue(twice.process("卷积神经网络").features().size() > 0);
    }

    @Test
    void wordsFileRoundTripAndErrors() throws IOException {
        List<DiscoveredWord> words = List.of(new DiscoveredWord("卷积", 120, 9, 4, 4.5, 1.25, 2.0, "用\t卷积\n网络"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String sha = WordsFile.write(out, words);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(WordsFile.HEADER + "\n卷积\t120\t9\t4\t4.500\t1.250\t2.000\t用 卷积 网络\n", text);
        assertEquals(List.of(new WordEntry("卷积", 120, null)), WordsFile.read(out.toByteArray(), "w.tsv", sha));
        // reviewers may drop the evidence columns and add comments
        assertEquals(List.of(new WordEntry("卷积", 7, null)),
                WordsFile.read("# reviewed\n卷积\t7\n\n".getBytes(StandardCharsets.UTF_8), "w.tsv", ""));
        assertEquals("w.tsv:2: \"卷积\" has no frequency: give a whole number of 0 or more in the second column "
                        + "(TAB-separated)",
                assertThrows(org.zhpipe.resource.DataFileException.class, () -> WordsFile.read(
                        (WordsFile.HEADER + "\n卷积\n").getBytes(StandardCharsets.UTF_8), "w.tsv", "")).getMessage());
        assertEquals("w.tsv:1: the frequency of \"卷积\" is \"many\", not a whole number of 0 or more",
                assertThrows(org.zhpipe.resource.DataFileException.class, () -> WordsFile.read(
                        "卷积\tmany\n".getBytes(StandardCharsets.UTF_8), "w.tsv", "")).getMessage());
    }

    @Test
    void hanlpCannotDiscover() {
        SpecException e = assertThrows(SpecException.class, () -> Spec.parse("{\"zhpipe\": 1, \"stages\": [{\"type\": "
                + "\"segment\", \"algorithm\": \"hanlp\", \"discover\": {\"minCount\": 3}}]}"));
        assertTrue(e.getMessage().contains("HanLP's segmenter keeps its own dictionary"), e.getMessage());
    }

    @Test
    void discoveryStreamsInParts() {
        Pipeline pipeline = Spec.parse(SPEC).build();
        var a = pipeline.newAccumulator();
        var b = pipeline.newAccumulator();
        for (int i = 0; i < CORPUS.size(); i++) {
            pipeline.accumulate(CORPUS.get(i), i < 3 ? a : b);
        }
        a.merge(b);
        Pipeline parts = pipeline.fit(a);
        Pipeline whole = pipeline.fit(Stream.of(CORPUS.toArray(String[]::new)));
        assertEquals(words(whole), words(parts));
    }

    private static List<String> words(Pipeline p) {
        return ((DiscoveringSegmenter.FittedSegmenter) p.stages().get(1).stage()).words().stream()
                .map(DiscoveredWord::word).toList();
    }
}

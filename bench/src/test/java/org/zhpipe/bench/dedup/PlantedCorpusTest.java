package org.zhpipe.bench.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlantedCorpusTest {
    private static final Sentences SENTENCES = sentences();
    private static final DocumentEditor EDITOR = new DocumentEditor(SENTENCES, s -> s.replace('国', '國'));

    private static Sentences sentences() {
        List<String[]> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(new String[] {"第" + i + "句", "中国", "人民", "今天", "ABC" + i, "。"});
        }
        return new Sentences(lines);
    }

    @Test
    void theSameSeedMakesTheSameCorpusAndAnotherSeedAnother() {
        PlantedCorpus a = PlantedCorpus.generate(SENTENCES, EDITOR, 3);
        assertEquals(a, PlantedCorpus.generate(SENTENCES, EDITOR, 3));
        assertNotEquals(a.texts(), PlantedCorpus.generate(SENTENCES, EDITOR, 4).texts());
    }

    @Test
    void baseDocumentsUseDisjointLinesAndEveryBaseIsThere() {
        PlantedCorpus corpus = PlantedCorpus.generate(SENTENCES, EDITOR, 1);
        List<PlantedCorpus.Document> bases = corpus.documents().stream().filter(d -> d.edits().equals("base"))
                .toList();
        assertEquals(bases.size(), corpus.documents().stream().mapToInt(PlantedCorpus.Document::base).distinct()
                .count());
        Set<String> lines = bases.stream().flatMap(d -> List.of(d.text().split("第")).stream())
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        long pieces = bases.stream().mapToLong(d -> d.text().split("第").length - 1).sum();
        assertEquals(pieces, lines.size(), "a line in two base documents");
        assertTrue(corpus.documents().size() > bases.size(), "no variants");
    }

    @Test
    void aVariantWithoutEditsIsItsSourceAndFlagsDoWhatTheySay() {
        List<String> paragraphs = List.of("中国ABC", "人民1");
        SplittableRandom rng = new SplittableRandom(1);
        assertEquals("中国ABC\n人民1",
                EDITOR.edit(paragraphs, new DocumentEditor.Edits(0, false, false, false), rng));
        assertEquals("中國ＡＢＣ\n人民１",
                EDITOR.edit(paragraphs, new DocumentEditor.Edits(0, false, true, true), rng));
        String reordered = EDITOR.edit(List.of("一", "二", "三", "四", "五", "六"),
                new DocumentEditor.Edits(0, true, false, false), rng);
        assertEquals(Set.of("一", "二", "三", "四", "五", "六"), Set.of(reordered.split("\n")));
    }

    @Test
    void widthSwapIsItsOwnInverse() {
        String text = "Ａb 1，,　中𠀀";
        assertEquals("Aｂ　１,， 中𠀀", DocumentEditor.swapWidth(text));
        assertEquals(text, DocumentEditor.swapWidth(DocumentEditor.swapWidth(text)));
    }

    @Test
    void editsAtAHigherRateChangeMore() {
        String text = "中国人民今天很高兴地庆祝了这个重要的节日大家都来了";
        SplittableRandom rng = new SplittableRandom(5);
        String light = EDITOR.edit(List.of(text), new DocumentEditor.Edits(0.02, false, false, false), rng);
        String heavy = EDITOR.edit(List.of(text), new DocumentEditor.Edits(0.3, false, false, false), rng);
        int[][] sets = TrueJaccard.shingleSets(List.of(text, light, heavy), 5);
        assertTrue(TrueJaccard.jaccard(sets[0], sets[1]) > TrueJaccard.jaccard(sets[0], sets[2]));
        assertTrue(TrueJaccard.jaccard(sets[0], sets[2]) < 0.5);
    }
}

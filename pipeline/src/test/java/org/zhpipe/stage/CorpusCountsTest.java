package org.zhpipe.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.spec.FittedSpec;
import org.zhpipe.spec.Spec;

class CorpusCountsTest {
    private static final String SPEC = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\"}, "
            + "{\"type\": \"tfidf\", \"ngram\": [1, 2], \"minDf\": 2}]}";
    private static final List<String> CORPUS = List.of("今天天气很好", "今天下雨了", "明天天气怎么样", "", "𠀀字和天气",
            "天气预报说明天下雨", "今天天气不错，适合出去旅游");

    @Test
    void mergeAddsTermByTermInEitherOrder() {
        CorpusCounts a = CorpusCounts.of(new String[] {"天气", "a"}, new long[] {2, 1}, new long[] {3, 1}, 2, 0);
        CorpusCounts b = CorpusCounts.of(new String[] {"𠀀", "天气"}, new long[] {1, 1}, new long[] {1, 2}, 1, 1);
        CorpusCounts ab = a.merge(b);
        assertEquals(ab, b.merge(a));
        assertEquals(List.of("a", "天气", "𠀀"), List.of(ab.term(0), ab.term(1), ab.term(2)));
        assertEquals(3, ab.documentFrequency(1));
        assertEquals(5, ab.termFrequency(1));
        assertEquals(3, ab.documents());
        assertEquals(1, ab.prunedTerms());
        assertEquals(a, a.merge(CorpusCounts.EMPTY));
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CorpusCounts.of(new String[] {"a", "a"}, new long[] {1, 1}, new long[] {1, 1}, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> CorpusCounts.of(new String[] {"a"}, new long[] {2}, new long[] {1}, 2, 0));
    }

    /** Counts of any split, merged in any order and shipped through Java serialization, fit the same bytes. */
    @Test
    void partsCountedApartFitTheSameModelAsOnePass(@TempDir Path dir) throws IOException, ClassNotFoundException {
        Spec spec = Spec.parse(SPEC);
        Pipeline pipeline = spec.build();
        FittedSpec.write(spec, pipeline.fit(CORPUS.stream()), dir.resolve("one.json"));

        List<CorpusCounts> parts = new ArrayList<>();
        for (List<String> part : List.of(CORPUS.subList(0, 3), CORPUS.subList(3, 4), CORPUS.subList(4, 7))) {
            Pipeline worker = spec.build();
            FitAccumulator counts = worker.newAccumulator();
            part.forEach(d -> worker.accumulate(d, counts));
            parts.add(roundTrip(counts.counts()));
        }
        CorpusCounts merged = parts.get(2).merge(parts.get(0)).merge(parts.get(1));
        FitAccumulator total = pipeline.newAccumulator();
        total.add(merged);
        FittedSpec.write(spec, pipeline.fit(total), dir.resolve("parts.json"));

        assertEquals(Files.readString(dir.resolve("one.vocab.tsv")), Files.readString(dir.resolve("parts.vocab.tsv")));
        assertEquals(Files.readString(dir.resolve("one.json")).replace("one.vocab", "parts.vocab"),
                Files.readString(dir.resolve("parts.json")));
    }

    private static CorpusCounts roundTrip(CorpusCounts counts) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(counts);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (CorpusCounts) in.readObject();
        }
    }
}

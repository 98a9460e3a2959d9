package org.zhpipe.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.testing.TokenAssertions;

/**
 * The hand-checked Chinese lemma set ({@code chinese-lemmas.tsv}, written for the project): every phrase gives the
 * expected tokens with {@code pos: true}, and the same without it (the rules then read the core dictionary's tags).
 */
class ChineseLemmaSetTest {
    @Test
    void everyPhraseOfTheSetWithAndWithoutPos() throws IOException {
        ResourceCache resources = new ResourceCache();
        Pipeline pos = Spec.parseInline("segment:viterbi;pos=true,lemmatize").build(resources);
        Pipeline noPos = Spec.parseInline("segment:viterbi,lemmatize").build(resources);
        List<String> failures = new ArrayList<>();
        int phrases = 0;
        for (String line : lines()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            phrases++;
            for (Pipeline p : List.of(pos, noPos)) {
                var result = p.process(cols[0]);
                TokenAssertions.assertOffsetsValid(result.tokens(), cols[0]);
                if (!result.output().equals(cols[1])) {
                    failures.add(cols[0] + ": expected " + cols[1] + ", got " + result.output()
                            + (p == pos ? " (pos)" : " (no pos)"));
                }
            }
        }
        assertTrue(phrases >= 100, "at least 100 phrases: " + phrases);
        assertEquals(List.of(), failures);
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = ChineseLemmaSetTest.class.getResourceAsStream("chinese-lemmas.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}

package org.zhpipe.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.testing.TokenAssertions;
import org.zhpipe.text.Tokens;

/** Invariants of {@code lemmatize} over arbitrary Unicode (lone surrogates included) mixed with its patterns. */
class LemmatizePropertiesTest {
    private static final ResourceCache RESOURCES = new ResourceCache();
    private static final Pipeline SEGMENT = Spec.parseInline("segment:pos=true").build(RESOURCES);
    private static final Pipeline LEMMATIZE =
            Spec.parseInline("segment:pos=true,lemmatize:keepOriginal").build(RESOURCES);
    private static final Pipeline TOKENIZE = Spec.parseInline("tokenize,lemmatize").build(RESOURCES);

    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.chars().all().map(String::valueOf),
                Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString),
                Arbitraries.integers().between(0x4E00, 0x9FFF).map(Character::toString),
                Arbitraries.of(" ", "看", "看看", "一", "了", "着", "过", "们", "同学", "研究", "高高兴兴", "妈妈", "吃",
                        "我们", "The", "walking", "was", "children", "e", "don't", "GPT-4", "，", "3.14", "𠀀", "😀",
                        "\uD800", "\uDC00"));
        return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void offsetsStayValidAndEveryTokenComesFromTheSegmentedOnes(@ForAll("unicode") String s) {
        Tokens before = SEGMENT.process(s).tokens();
        Tokens after = LEMMATIZE.process(s).tokens();
        TokenAssertions.assertOffsetsValid(after, s);
        TokenAssertions.assertOffsetsValid(TOKENIZE.process(s).tokens(), s);
        assertTrue(after.size() <= before.size());
        // each lemma token starts and ends where segmented tokens start and end (merges cover whole tokens)
        int j = 0;
        for (int i = 0; i < after.size(); i++) {
            while (j < before.size() && before.start(j) < after.start(i)) {
                j++;
            }
            assertTrue(j < before.size() && before.start(j) == after.start(i), "start of " + after);
            int k = j;
            while (k < before.size() && before.end(k) < after.end(i)) {
                k++;
            }
            assertTrue(k < before.size() && before.end(k) == after.end(i), "end of " + after);
            if (after.original(i) == null) {
                assertEquals(k, j, "an unchanged token is one token");
            }
        }
    }
}

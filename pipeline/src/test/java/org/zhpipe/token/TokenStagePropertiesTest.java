package org.zhpipe.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

/** Invariants of {@code stopwords} and {@code token_filter} over arbitrary Unicode, lone surrogates included. */
class TokenStagePropertiesTest {
    private static final ResourceCache RESOURCES = new ResourceCache();
    private static final Pipeline SEGMENT = Spec.parseInline("segment:pos=true").build(RESOURCES);
    private static final List<Pipeline> FILTERED = List.of(
            Spec.parseInline("segment:pos=true,stopwords:zh|en|en_iso|punct").build(RESOURCES),
            Spec.parseInline("segment:pos=true,token_filter:symbols;numbers;minLength=2;maxLength=4;tags=u*|x;"
                    + "pattern=[a-z]+").build(RESOURCES));
    private static final Pipeline PLACEHOLDERS =
            Spec.parseInline("segment:pos=true,token_filter:punctuation=false;placeholders=number|url|email")
                    .build(RESOURCES);

    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.chars().all().map(String::valueOf),
                Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString),
                Arbitraries.integers().between(0x4E00, 0x9FFF).map(Character::toString),
                Arbitraries.integers().between(0xFF01, 0xFF5E).map(Character::toString),
                Arbitraries.of(" ", "\u3000", "的", "我们", "The", "THE", "and", "……", "——", "，", "。", "#", "3.14",
                        "50%", "１２３", "2024年", "GPT-4", "don't", "https://example.com/a", "a@b.cn", "😀", "👨‍👩‍👧",
                        "\uD800", "\uDC00"));
        return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void filtersKeepASubsequenceOfTheTokensUnchanged(@ForAll("unicode") String s) {
        Tokens all = SEGMENT.process(s).tokens();
        for (Pipeline p : FILTERED) {
            Tokens kept = p.process(s).tokens();
            TokenAssertions.assertOffsetsValid(kept, s);
            int j = 0;
            for (int i = 0; i < all.size() && j < kept.size(); i++) {
                if (all.start(i) == kept.start(j) && all.end(i) == kept.end(j) && all.term(i).equals(kept.term(j))
                        && all.type(i) == kept.type(j) && java.util.Objects.equals(all.tag(i), kept.tag(j))) {
                    j++;
                }
            }
            assertEquals(kept.size(), j, "kept tokens are tokens of the unfiltered output, in order: " + kept);
        }
    }

    @Property(tries = 200)
    void placeholdersKeepEveryTokenAndItsOffsets(@ForAll("unicode") String s) {
        Tokens all = SEGMENT.process(s).tokens();
        Tokens replaced = PLACEHOLDERS.process(s).tokens();
        assertEquals(all.size(), replaced.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.start(i), replaced.start(i));
            assertEquals(all.end(i), replaced.end(i));
            assertEquals(all.type(i), replaced.type(i));
            boolean placeholder = switch (all.type(i)) {
                case NUMBER, URL, EMAIL -> true;
                default -> false;
            };
            assertTrue(placeholder ? replaced.term(i).startsWith("<") : replaced.term(i).equals(all.term(i)));
        }
    }
}

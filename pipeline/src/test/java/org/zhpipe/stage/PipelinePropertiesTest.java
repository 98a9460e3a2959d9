package org.zhpipe.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhpipe.spec.Spec;
import org.zhpipe.testing.TokenAssertions;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/** Invariants over arbitrary Unicode, including lone surrogates, supplementary characters and entities. */
class PipelinePropertiesTest {
    private static final List<String> IDEMPOTENT = List.of("halfwidth", "halfwidth:nfkc", "lowercase",
            "lowercase:fold", "whitespace", "filter:cjk_ascii", "filter:han_letters_digits");
    private static final String EVERYTHING =
            "html_unescape,halfwidth:nfkc,lowercase:fold,whitespace,filter:han_letters_digits,tokenize";

    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.chars().all().map(String::valueOf),                         // any BMP char incl. surrogates
                Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString),
                Arbitraries.integers().between(0x4E00, 0x9FFF).map(Character::toString),
                Arbitraries.integers().between(0xFF01, 0xFF5E).map(Character::toString),
                Arbitraries.of(" ", "\u3000", "\u00A0", "\t", "\r\n", "\u200B", "\u200D", "\uFEFF", "\u00AD",
                        "&amp;", "&#x20000;", "&#99999999;", "&", "e\u0301", "ｶﾞ", "ß", "İ", "Σ", "㎏", "①",
                        "3.14", "1,000", "50%", "GPT-4", "don't", "。", "...", "👨‍👩‍👧", "👍🏽", "\uD800", "\uDC00"));
        return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void everyStageAcceptsAnyStringAndKeepsAlignmentSane(@ForAll("unicode") String s) {
        Pipeline p = Spec.parseInline(EVERYTHING).build();
        for (Pipeline.Step step : p.trace(s)) {
            assertAlignmentSane(step.text());
        }
        Result r = p.process(s);
        TokenAssertions.assertOffsetsValid(r.tokens(), s);
    }

    @Property(tries = 200)
    void normalizersAreIdempotent(@ForAll("unicode") String s) {
        for (String stage : IDEMPOTENT) {
            Pipeline p = Spec.parseInline(stage).build();
            String once = p.process(s).output();
            assertEquals(once, p.process(once).output(), stage);
        }
    }

    @Property(tries = 200)
    void icuStagesEqualWholeStringIcu(@ForAll("unicode") String s) {
        assertEquals(Normalizer2.getNFKCInstance().normalize(s),
                Spec.parseInline("halfwidth:nfkc").build().process(s).output());
        assertEquals(UCharacter.foldCase(s, true), Spec.parseInline("lowercase:fold").build().process(s).output());
    }

    @Property(tries = 200)
    void fusedMappersEqualTheStagesOneByOne(@ForAll("unicode") String s) {
        for (String spec : List.of("halfwidth,lowercase,filter:cjk_ascii",
                "filter:[^\\u3002],html_unescape,filter:cjk_ascii,whitespace,filter:[^\\u0020]",
                "whitespace,filter:han_letters_digits;replacement=_,lowercase")) {
            Pipeline fused = Spec.parseInline(spec).build();
            List<Pipeline.Step> steps = fused.trace(s); // trace runs each stage alone, without fusion
            Text stepwise = steps.get(steps.size() - 1).text();
            Text one = fused.process(s).text();
            assertEquals(stepwise.current(), one.current(), spec);
            for (int i = 0; i <= one.length(); i++) {
                assertEquals(stepwise.originalStart(i), one.originalStart(i), spec + " start " + i);
                assertEquals(stepwise.originalEnd(i), one.originalEnd(i), spec + " end " + i);
            }
        }
    }

    @Property(tries = 200)
    void tokensOfAnUnchangedTextAreTheOriginalText(@ForAll("unicode") String s) {
        Result r = Spec.parseInline("tokenize").build().process(s);
        TokenAssertions.assertTokensAreOriginalText(r);
        Tokens tokens = r.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            assertTrue(tokens.term(i).codePoints().noneMatch(UCharacter::isUWhiteSpace), "white space token");
        }
    }

    private static void assertAlignmentSane(Text t) {
        int originalLength = t.original().length();
        int lastStart = 0;
        for (int i = 0; i < t.length(); i++) {
            int start = t.originalStart(i);
            int end = t.originalEnd(i + 1);
            assertTrue(0 <= start && start <= end && end <= originalLength, "span of char " + i);
            assertTrue(start >= lastStart, "alignment not monotone at " + i);
            lastStart = start;
        }
    }
}

package org.zhpipe.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhpipe.stage.FitException;
import org.zhpipe.text.Text;

class VocabularyTest {
    private static TermCounts counts(List<List<String>> documents) {
        TermCounts counts = new TermCounts(new Object(), NGrams.UNIGRAMS, 1000);
        for (List<String> d : documents) {
            counts.add(SklearnEquivalenceTest.tokens(d), Text.of(""));
        }
        return counts;
    }

    private static final List<List<String>> DOCS = List.of(
            List.of("b", "a", "a"), List.of("a", "c"), List.of("a", "b", "d"), List.of("e"));

    @Test
    void termsAreSortedByCodePointLikePython() {
        // U+FF21 sorts below 𠀀 (U+20000) by code point, above it by UTF-16 unit
        Vocabulary v = Vocabulary.select(counts(List.of(List.of("𠀀", "Ａ", "z", "中"))), DfBound.NO_MINIMUM,
                DfBound.NO_MAXIMUM, 0, false);
        assertEquals(List.of("z", "中", "Ａ", "𠀀"), v.terms());
    }

    @Test
    void countsAndFractionsBoundDocumentFrequency() {
        assertEquals(List.of("a", "b"), Vocabulary.select(counts(DOCS), DfBound.count(2), DfBound.NO_MAXIMUM, 0,
                false).terms());
        // a is in 3 of 4 documents: above 0.5 × 4 = 2
        assertEquals(List.of("b", "c", "d", "e"), Vocabulary.select(counts(DOCS), DfBound.NO_MINIMUM,
                DfBound.fraction(0.5), 0, false).terms());
        assertEquals(List.of("b"), Vocabulary.select(counts(DOCS), DfBound.count(2), DfBound.count(2), 0,
                false).terms());
    }

    @Test
    void maxFeaturesKeepsTheMostFrequentTiesByTerm() {
        // total frequencies a 4, b 2, c d e 1: the third place goes to c, the first of the tied terms
        assertEquals(List.of("a", "b", "c"), Vocabulary.select(counts(DOCS), DfBound.NO_MINIMUM, DfBound.NO_MAXIMUM,
                3, false).terms());
        // binary: by document frequency, a 3, b 2
        assertEquals(List.of("a", "b"), Vocabulary.select(counts(DOCS), DfBound.NO_MINIMUM, DfBound.NO_MAXIMUM, 2,
                true).terms());
    }

    @Test
    void fittingErrorsSayHowToFixThem() {
        assertEquals("maxDf (1, i.e. 1.0 of 4 documents) is below minDf (2, i.e. 2.0): raise maxDf or lower minDf",
                assertThrows(FitException.class, () -> Vocabulary.select(counts(DOCS), DfBound.count(2),
                        DfBound.count(1), 0, false)).getMessage());
        assertEquals("no term is left after pruning by document frequency (minDf 4, maxDf 1.0, over 4 documents): "
                + "lower minDf or raise maxDf", assertThrows(FitException.class, () -> Vocabulary.select(
                        counts(DOCS), DfBound.count(4), DfBound.NO_MAXIMUM, 0, false)).getMessage());
        assertEquals("the corpus has no documents: give at least one", assertThrows(FitException.class,
                () -> Vocabulary.select(counts(List.of()), DfBound.NO_MINIMUM, DfBound.NO_MAXIMUM, 0,
                        false)).getMessage());
        assertEquals("the corpus has no terms: every document came out of the pipeline without tokens (are all its "
                + "words stopwords?)", assertThrows(FitException.class, () -> Vocabulary.select(
                        counts(List.of(List.of())), DfBound.NO_MINIMUM, DfBound.NO_MAXIMUM, 0, false)).getMessage());
    }

    @Test
    void aFixedVocabularyKeepsItsOrderAndCountsDocumentFrequencies() {
        Vocabulary v = Vocabulary.fixed(List.of("e", "a", "zz"), counts(DOCS));
        assertEquals(List.of("e", "a", "zz"), v.terms());
        assertEquals(1, v.documentFrequency(0));
        assertEquals(3, v.documentFrequency(1));
        assertEquals(0, v.documentFrequency(2));
        assertEquals(1, v.indexOf("a"));
        assertEquals(-1, v.indexOf("b"));
    }
}

package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The unigram model over small word lists whose best paths are worked out by hand: a path scores the sum of
 * {@code ln(freq / total)} of its words, an atom the dictionary lacks scores {@code ln(1 / total)}.
 */
class UnigramViterbiTest {
    /** Names for the HMM: every character here is known, 晓 is not. */
    private static final WordDictionary NAMES = dictionary("说 100", "他 100", "王 10", "小 10", "明 10", "了 100",
            "话 50");
    private static final HmmModel HMM = HmmModel.bundled();

    private static WordDictionary dictionary(String... lines) {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return WordDictionary.of(new WordListParser(Set.of()).parse(new ByteArrayInputStream(bytes), "test"));
    }

    private static String viterbi(String s, WordDictionary dictionary) {
        return viterbi(s, dictionary, null);
    }

    private static String viterbi(String s, WordDictionary dictionary, HmmModel hmm) {
        Atoms atoms = new Atoms(s);
        return RenderedWords.render(atoms, UnigramViterbi.segment(atoms, dictionary, hmm));
    }

    @Test
    void emptyText() {
        assertEquals("", viterbi("", NAMES));
        assertEquals("", viterbi(" \n", NAMES, HMM));
    }

    @Test
    void costsAreLogFrequencyOverTotal() {
        WordDictionary d = dictionary("中国 100", "人 50", "中国人 30");
        assertEquals(180, d.total());
        assertEquals(Math.log(100.0 / 180), d.cost(d.id("中国")), 1e-12);
        assertEquals(Math.log(30.0 / 180), d.cost(d.id("中国人")), 1e-12);
        assertEquals(Math.log(1.0 / 180), d.unknownCost(), 1e-12);
    }

    @Test
    void theMostProbablePathWins() {
        // total 110; every path has three words, so only the product of the frequencies matters:
        // 研究/生命/起源 10·10·10 = 1000 < 研究生/命/起源 60·20·10 = 12000
        WordDictionary d = dictionary("研究 10", "研究生 60", "生命 10", "命 20", "起源 10");
        assertEquals("研究生/命/起源", viterbi("研究生命起源", d));
        // with 研究生 4: 4·20·10 = 800 < 1000
        d = dictionary("研究 10", "研究生 4", "生命 10", "命 20", "起源 10");
        assertEquals("研究/生命/起源", viterbi("研究生命起源", d));
    }

    @Test
    void theTotalMattersWhenPathsHaveDifferentLengths() {
        // 中国人 30, total 180: ln(30/180) = -1.792 > ln(100/180) + ln(50/180) = -0.588 - 1.281 = -1.869
        assertEquals("中国人", viterbi("中国人", dictionary("中国 100", "人 50", "中国人 30")));
        // 中国人 25, total 175: ln(25/175) = -1.946 < ln(100/175) + ln(50/175) = -0.560 - 1.253 = -1.812
        assertEquals("中国/人", viterbi("中国人", dictionary("中国 100", "人 50", "中国人 25")));
    }

    @Test
    void onATieTheLongerWordFirstWins() {
        // 和服/务 and 和/服务 both score ln(10/30) + ln(5/30)
        assertEquals("和服/务", viterbi("和服务", dictionary("和服 10", "服务 10", "和 5", "务 5")));
        // not a tie: one more for 服务
        assertEquals("和/服务", viterbi("和服务", dictionary("和服 10", "服务 11", "和 5", "务 5")));
    }

    @Test
    void unknownAtomsAreWordsOfTheirOwn() {
        WordDictionary d = dictionary("研究 10", "生命 10", "起源 10");
        Atoms atoms = new Atoms("我爱研究生命GPT-4和3.14");
        Words words = UnigramViterbi.segment(atoms, d, null);
        assertEquals("我/爱/研究/生命/GPT-4/和/3.14", RenderedWords.render(atoms, words));
        assertEquals(-1, words.ids[0]);
        assertEquals("研究", d.word(words.ids[2]));
        assertEquals(-1, words.ids[4]);
    }

    @Test
    void anUnknownCharacterCostsWhatAWordOfFrequencyOneCosts() {
        // total 3: 甲乙/丙 scores ln(1/3) + ln(1/3) with 丙 unknown, 甲/乙丙 ln(1/3) + ln(1/3): a tie, so the longer
        // first word wins
        assertEquals("甲乙/丙", viterbi("甲乙丙", dictionary("甲乙 1", "乙丙 1", "甲 1")));
        // total 4: 甲乙/丙 ln(2/4) + ln(1/4) beats 甲/乙丙 ln(1/4) + ln(1/4)
        assertEquals("甲乙/丙", viterbi("甲乙丙", dictionary("甲乙 2", "乙丙 1", "甲 1")));
        // total 4: 甲/乙丙 ln(1/4) + ln(2/4) beats 甲乙/丙 ln(1/4) + ln(1/4)
        assertEquals("甲/乙丙", viterbi("甲乙丙", dictionary("甲乙 1", "乙丙 2", "甲 1")));
    }

    @Test
    void withoutTheHmmSingleCharactersStaySingle() {
        assertEquals("王/晓/明/说/了/话", viterbi("王晓明说了话", NAMES, null));
        assertEquals("他/说/王/晓/明", viterbi("他说王晓明", NAMES, null));
    }

    @Test
    void theHmmJoinsARunWithACharacterTheDictionaryLacks() {
        // 晓 is not in the dictionary
        assertEquals("王晓明/说/了/话", viterbi("王晓明说了话", NAMES, HMM));
        assertEquals("他/说/王晓明", viterbi("他说王晓明", NAMES, HMM));
        Atoms atoms = new Atoms("王晓明说了话");
        Words words = UnigramViterbi.segment(atoms, NAMES, HMM);
        assertEquals(-1, words.ids[0], "an HMM word is no dictionary word");
        assertEquals("说", NAMES.word(words.ids[1]));
    }

    @Test
    void theHmmLeavesARunOfKnownCharactersAlone() {
        // the HMM alone would make 王小明 one word ...
        List<Integer> ends = new ArrayList<>();
        HMM.cut("王小明说了话".codePoints().toArray(), 0, 6, ends::add);
        assertEquals(List.of(3, 4, 5, 6), ends);
        // ... but every character is in the dictionary, so the run stays single characters
        assertEquals("王/小/明/说/了/话", viterbi("王小明说了话", NAMES, HMM));
    }

    @Test
    void aCharacterRareAsAWordAlsoOpensTheGate() {
        // total 1,000,381: 晓 at 1 has probability 1.0e-6, under UnigramViterbi.RARE (2e-6)
        WordDictionary rare = dictionary("说 100", "他 100", "王 10", "小 10", "明 10", "了 1000000", "话 50", "晓 1");
        assertTrue(1.0 / rare.total() < UnigramViterbi.RARE);
        assertEquals("王晓明/说/了/话", viterbi("王晓明说了话", rare, HMM));
        // at 10 its probability is 1.0e-5: known well enough, so the run stays single characters
        WordDictionary common = dictionary("说 100", "他 100", "王 10", "小 10", "明 10", "了 1000000", "话 50",
                "晓 10");
        assertTrue(10.0 / common.total() > UnigramViterbi.RARE);
        assertEquals("王/晓/明/说/了/话", viterbi("王晓明说了话", common, HMM));
    }

    @Test
    void ofTheHmmsWordsOnlyThoseWithAnUnknownCharacterAreKept() {
        // the HMM cuts 王小明/说晓: 王小明 has no unknown character, 说晓 has 晓
        List<Integer> ends = new ArrayList<>();
        HMM.cut("王小明说晓".codePoints().toArray(), 0, 5, ends::add);
        assertEquals(List.of(3, 5), ends);
        assertEquals("王/小/明/说晓", viterbi("王小明说晓", NAMES, HMM));
    }

    @Test
    void theHmmSeesOnlyRunsOfHanCharacters() {
        // punctuation, numbers and Latin words end a run
        assertEquals("王晓/，/明", viterbi("王晓，明", NAMES, HMM));
        assertEquals("王晓明/2024", viterbi("王晓明2024", NAMES, HMM));
        // one unknown character alone stays alone
        assertEquals("晓", viterbi("晓", NAMES, HMM));
        assertEquals("晓/a/晓", viterbi("晓a晓", NAMES, HMM));
    }

    @Test
    void supplementaryCharactersAreNeverSplit() {
        WordDictionary d = dictionary("𠀀𠀁 5", "𠀁 10", "😀 1");
        assertEquals("𠀀𠀁/😀/𠀂", viterbi("𠀀𠀁😀𠀂", d));
        assertEquals("𠀀𠀁/😀/𠀂", viterbi("𠀀𠀁😀𠀂", d, HMM));
    }
}

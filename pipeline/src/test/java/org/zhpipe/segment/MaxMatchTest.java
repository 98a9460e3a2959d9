package org.zhpipe.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forward, backward and bidirectional maximum matching over a small word list, rendered as {@code a/b/c}. */
class MaxMatchTest {
    /** 他说的确实在理: forward and backward differ everywhere but agree on word count and singles. */
    private static final List<String> WORDS = List.of(
            "他", "说", "的", "的确", "确", "确实", "实", "实在", "在", "在理", "理",
            // 北京大学生: forward 北京大学/生 (2 words), backward 北京/大/学生 (3)
            "北京", "北京大学", "大学", "学生", "大", "生",
            // 长江大桥: forward 长江/大桥, backward 长/江大桥 (same count, one more single)
            "长江", "大桥", "江大桥",
            // words that would end inside an atom
            "GPT", "价格", "价格1", "2元", "元",
            // outside the BMP
            "𠀀𠀁");

    private static WordDictionary dictionary;

    @BeforeAll
    static void writeAndLoadTheWordList(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("words.txt"), WORDS, StandardCharsets.UTF_8);
        dictionary = WordDictionary.load(file);
    }

    private static WordDictionary dictionary() {
        return dictionary;
    }

    private static String fmm(String s) {
        Atoms atoms = new Atoms(s);
        return RenderedWords.render(atoms, MaxMatch.forward(atoms, dictionary()));
    }

    private static String bmm(String s) {
        Atoms atoms = new Atoms(s);
        return RenderedWords.render(atoms, MaxMatch.backward(atoms, dictionary()));
    }

    private static String bimm(String s) {
        Atoms atoms = new Atoms(s);
        return RenderedWords.render(atoms, MaxMatch.bidirectional(atoms, dictionary()));
    }

    @Test
    void emptyText() {
        assertEquals("", fmm(""));
        assertEquals("", bmm(""));
        assertEquals("", bimm(" \t"));
    }

    @Test
    void forwardTakesTheLongestWordFromTheLeft() {
        assertEquals("他/说/的确/实在/理", fmm("他说的确实在理"));
        assertEquals("北京大学/生", fmm("北京大学生"));
    }

    @Test
    void backwardTakesTheLongestWordFromTheRight() {
        assertEquals("他/说/的/确实/在理", bmm("他说的确实在理"));
        assertEquals("北京/大/学生", bmm("北京大学生"));
    }

    @Test
    void wordIdsAreTheDictionarysOrMinusOneForAnUnknownAtom() {
        Atoms atoms = new Atoms("的确呢");
        Words words = MaxMatch.forward(atoms, dictionary());
        assertEquals(2, words.count);
        assertEquals("的确", dictionary().word(words.ids[0]));
        assertEquals(-1, words.ids[1]);
        Words backward = MaxMatch.backward(atoms, dictionary());
        assertEquals("的确", dictionary().word(backward.ids[0]));
        assertEquals(-1, backward.ids[1]);
    }

    @Test
    void bidirectionalOnATiePrefersBackward() {
        // 5 words and 3 single characters each way
        assertEquals("他/说/的/确实/在理", bimm("他说的确实在理"));
    }

    @Test
    void bidirectionalPrefersFewerWords() {
        // forward 2 words, backward 3
        assertEquals("北京大学/生", bimm("北京大学生"));
    }

    @Test
    void bidirectionalThenPrefersFewerSingleCharacters() {
        assertEquals("长江/大桥", fmm("长江大桥"));
        assertEquals("长/江大桥", bmm("长江大桥"));
        // 2 words each; forward has no single character, backward one
        assertEquals("长江/大桥", bimm("长江大桥"));
    }

    @Test
    void bidirectionalDecidesEachSentenceOnItsOwn() {
        String s = "北京大学生，他说的确实在理";
        // over the whole text forward has fewer words (8 against 9) ...
        assertEquals("北京大学/生/，/他/说/的确/实在/理", fmm(s));
        assertEquals("北京/大/学生/，/他/说/的/确实/在理", bmm(s));
        // ... but the first sentence goes forward and the second backward
        assertEquals("北京大学/生/，/他/说/的/确实/在理", bimm(s));
        assertEquals("他/说/的/确实/在理/。/北京大学/生/！", bimm("他说的确实在理。北京大学生！"));
    }

    @Test
    void aWordNeverEndsInsideAnAtom() {
        // "GPT" is a word but GPT-4 is one atom
        assertEquals("GPT-4/发/布", fmm("GPT-4发布"));
        assertEquals("GPT-4/发/布", bmm("GPT-4发布"));
        assertEquals("GPT/发/布", fmm("GPT发布"));
        // "价格1" would end inside the number 12, "2元" would start inside it
        assertEquals("价格/12/元", fmm("价格12元"));
        assertEquals("价格/12/元", bmm("价格12元"));
        assertEquals("价格/12/元", bimm("价格12元"));
        // where the atoms end there, the same words match
        assertEquals("价格1/元", fmm("价格1元"));
        assertEquals("价格1/2元", bmm("价格1 2元"));
    }

    @Test
    void supplementaryCharactersAreWholeAtoms() {
        assertEquals("𠀀𠀁/𠀀", fmm("𠀀𠀁𠀀"));
        assertEquals("𠀀/𠀀𠀁", bmm("𠀀𠀀𠀁"));
        assertEquals("😀/𠀀𠀁/😀", bimm("😀𠀀𠀁😀"));
    }

    @Test
    void whiteSpaceIsNoWord() {
        assertEquals("他/说/的确", fmm(" 他 说\t的确\n"));
        assertEquals("他/说/的确", bmm(" 他 说\t的确\n"));
    }
}

package org.zhpipe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zhpipe eval seg} end to end, in process. The segmenter is {@code tokenize} (one token per Han character),
 * so every figure is computed by hand: gold 我 喜欢 北京 天安门 / 他 来 了 。 against 我 喜 欢 北 京 天 安 门 /
 * 他 来 了 。 gives 8 gold words, 12 predicted, 5 correct; with the word list below only 天安门 is OOV.
 */
class EvalCommandTest {
    @TempDir
    Path dir;

    Path gold;
    Path words;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err, false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void files() throws IOException {
        gold = dir.resolve("gold.utf8");
        Files.writeString(gold, "\uFEFF我  喜欢  北京  天安门\r\n他  来  了  。\r\n");
        words = dir.resolve("words.utf8");
        Files.writeString(words, "我\n喜欢\n北京\n他\n来\n了\n。\n");
    }

    @Test
    void tokenizeAgainstGoldWithWordList() {
        Run r = run("eval", "seg", "--gold", gold.toString(), "--words", words.toString(), "-p", "tokenize");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        // the value column is as wide as the widest value, chars/s included: compare with spaces collapsed
        String table = r.out().replaceAll(" +", " ");
        // P = 5/12, R = 5/8, F1 = 2·5/(8+12); OOV rate 1/8, OOV recall 0/1, IV recall 5/7
        String expected = """
                lines scored 2
                lines skipped 0
                gold words 8
                predicted 12
                correct 5
                precision 0.4167
                recall 0.6250
                F1 0.5000
                OOV rate 0.1250
                OOV recall 0.0000
                IV recall 0.7143
                """;
        assertTrue(table.startsWith(expected), table);
        assertTrue(table.substring(expected.length()).matches("chars/s [0-9,]+ \\(12 chars in [0-9.]+ s\\)\n"),
                table);
    }

    @Test
    void withoutWordListOovFiguresAreNotAvailable() {
        Run r = run("eval", "seg", "--gold", gold.toString(), "-p", "tokenize");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().replaceAll(" +", " ").contains("OOV rate n/a (no --words)\nOOV recall n/a\nIV recall n/a\n"),
                r.out());
    }

    @Test
    void errorsShowTheFirstLinesThatDiffer() {
        Run r = run("eval", "seg", "--gold", gold.toString(), "-p", "tokenize", "--errors", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("line 1\n  gold  我 喜欢 北京 天安门\n  pred  我 喜 欢 北 京 天 安 门\n\n"
                + "lines scored"), r.out());
    }

    @Test
    void linesTheTokensDoNotCoverAreSkipped() throws IOException {
        Files.writeString(gold, "我  爱  😀\n他  来  了\n"); // the filter drops 😀 (and 。)
        Run r = run("eval", "seg", "--gold", gold.toString(), "-p", "filter:cjk_ascii,tokenize");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().replaceAll(" +", " ").startsWith("""
                lines scored 1
                lines skipped 1
                 line 1: no token covers "😀" [2,4)
                gold words 3
                predicted 3
                correct 3
                precision 1.0000
                """), r.out());
    }

    @Test
    void segmentedTestFileWithAMismatchedLine() throws IOException {
        Path test = dir.resolve("test.txt");
        Files.writeString(test, "我 喜欢 北京天安门\n他 来 了 。 “\n\n");
        Files.writeString(gold, "我  喜欢  北京  天安门\r\n他  来  了  。\r\n“  好\r\n");
        Run r = run("eval", "seg", "--gold", gold.toString(), "--words", words.toString(), "--test", test.toString(),
                "--errors", "1");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                line 1
                  gold  我 喜欢 北京 天安门
                  pred  我 喜欢 北京天安门

                lines scored       1
                lines skipped      2
                  line 2: text differs from the gold line at offset 4: gold ends, predicted "“"
                  line 3: text differs from the gold line at offset 0: gold "“好", predicted ends
                gold words         4
                predicted          3
                correct            2
                precision     0.6667
                recall        0.5000
                F1            0.5714
                OOV rate      0.2500
                OOV recall    0.0000
                IV recall     0.6667
                """, r.out());
    }

    @Test
    void jsonFormat() {
        Run r = run("eval", "seg", "--gold", gold.toString(), "--words", words.toString(), "-p", "tokenize",
                "--format", "json", "--errors", "1");
        assertEquals(0, r.code(), r.err());
        String json = r.out();
        assertTrue(json.startsWith("{\"gold\":\"" + gold.toString().replace("\\", "\\\\") + "\",\"test\":null,"
                + "\"lines\":2,\"skipped_lines\":0,\"skipped\":[],\"gold_words\":8,\"predicted_words\":12,"
                + "\"correct_words\":5,\"precision\":0.4166666666666667,\"recall\":0.625,\"f1\":0.5,\"oov_words\":1,"
                + "\"oov_correct_words\":0,\"oov_rate\":0.125,\"oov_recall\":0.0,\"iv_recall\":0.7142857142857143,"
                + "\"characters\":12,"), json);
        assertTrue(json.endsWith(",\"errors\":[{\"line\":1,\"gold\":\"我 喜欢 北京 天安门\","
                + "\"predicted\":\"我 喜 欢 北 京 天 安 门\"}]}\n"), json);
    }

    @Test
    void usageErrors() {
        Run none = run("eval", "seg", "--gold", gold.toString());
        assertEquals(new Run(2, "", "zhpipe: error: nothing to evaluate: give a pipeline that segments (e.g. -p "
                + "tokenize, or -s spec.json), or an already segmented file with --test FILE\n"), none);
        Run both = run("eval", "seg", "--gold", gold.toString(), "-p", "tokenize", "--test", gold.toString());
        assertEquals("zhpipe: error: give either a pipeline (-p/-s) or --test, not both\n", both.err());
        assertEquals(2, both.code());
        Run noSegmenter = run("eval", "seg", "--gold", gold.toString(), "-p", "halfwidth");
        assertEquals(new Run(2, "", "zhpipe: error: the pipeline has no segmenter, so there are no words to score: "
                + "end it with one, e.g. -p \"halfwidth,tokenize\"\n"), noSegmenter);
        Run noGold = run("eval", "seg", "-p", "tokenize");
        assertEquals(2, noGold.code());
        assertTrue(noGold.err().startsWith("zhpipe: error: Missing required option: '--gold=FILE'\n"), noGold.err());
        Run noSubcommand = run("eval");
        assertEquals(2, noSubcommand.code());
        assertTrue(noSubcommand.err().startsWith("zhpipe: error: say what to evaluate"), noSubcommand.err());
        Run badFormat = run("eval", "seg", "--gold", gold.toString(), "-p", "tokenize", "--format", "xml");
        assertEquals("zhpipe: error: invalid value for --format: \"xml\"; expected one of: text, json\n",
                badFormat.err());
    }

    @Test
    void inputErrorsNameTheFile() throws IOException {
        Path missing = dir.resolve("missing.utf8");
        Run r = run("eval", "seg", "--gold", missing.toString(), "-p", "tokenize");
        assertEquals(new Run(2, "", "zhpipe: error: " + missing + ": no such file\n"), r);
        Run words = run("eval", "seg", "--gold", gold.toString(), "--words", missing.toString(), "-p", "tokenize");
        assertEquals(new Run(2, "", "zhpipe: error: " + missing + ": no such file\n"), words);
        Path shorter = dir.resolve("short.txt");
        Files.writeString(shorter, "我 喜欢 北京 天安门\n");
        Run lengths = run("eval", "seg", "--gold", gold.toString(), "--test", shorter.toString());
        assertEquals(new Run(2, "", "zhpipe: error: " + shorter + ": has 1 lines, but the gold file " + gold
                + " has 2; the files must correspond line by line\n"), lengths);
    }

    @Test
    void unsegmentedGoldGivesAWarning() throws IOException {
        Files.writeString(gold, "我喜欢北京天安门\n他来了。\n");
        Run r = run("eval", "seg", "--gold", gold.toString(), "-p", "tokenize");
        assertEquals(0, r.code());
        assertEquals("zhpipe: warning: the gold file has at most one word per line; is it segmented (words "
                + "separated by spaces)?\n", r.err());
    }
}

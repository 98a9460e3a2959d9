package org.zhpipe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in process: exact output, exit codes and messages. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run withStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return withStdin("", args);
    }

    @Test
    void oneShotIssueExample() {
        Run r = run("run", "-p", "halfwidth", "ＡＢＣ１２３，你好　世界！");
        assertEquals(new Run(0, "ABC123,你好 世界!\n", ""), r);
    }

    @Test
    void standardInputLineByLineKeepsEmptyLines() {
        Run r = withStdin("ＡＢＣ，你好\n\nｘ　ｙ\r\nlast", "run", "-p", "halfwidth");
        assertEquals(new Run(0, "ABC,你好\n\nx y\nlast\n", ""), r);
    }

    @Test
    void jsonlFormatWithTokens() {
        Run r = run("run", "-p", "halfwidth,tokenize", "--format", "jsonl", "ＡＢ，𠀀");
        assertEquals("{\"text\":\"AB,𠀀\",\"tokens\":[{\"text\":\"AB\",\"start\":0,\"end\":2},"
                + "{\"text\":\",\",\"start\":2,\"end\":3},{\"text\":\"𠀀\",\"start\":3,\"end\":5}]}\n", r.out());
        assertEquals("AB , 𠀀\n", run("run", "-p", "halfwidth,tokenize", "ＡＢ，𠀀").out());
    }

    @Test
    void codePointOffsetsForPython() throws IOException {
        Run r = run("run", "-p", "tokenize", "--format", "jsonl", "--offsets", "code_point", "𠀀a 😀b");
        assertEquals("{\"text\":\"𠀀a 😀b\",\"tokens\":[{\"text\":\"𠀀\",\"start\":0,\"end\":1},"
                + "{\"text\":\"a\",\"start\":1,\"end\":2},{\"text\":\"😀\",\"start\":3,\"end\":4},"
                + "{\"text\":\"b\",\"start\":4,\"end\":5}]}\n", r.out());
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"id\": 1, \"text\": \"😀好\"}\n");
        Run batch = run("run", "-p", "tokenize", "-i", input.toString(), "--offsets", "code_point");
        assertEquals("{\"id\":1,\"text\":\"😀好\",\"tokens\":[{\"text\":\"😀\",\"start\":0,\"end\":1},"
                + "{\"text\":\"好\",\"start\":1,\"end\":2}]}\n", batch.out());
    }

    @Test
    void specErrorExitsTwoWithOneClearLine() throws IOException {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, "{\"zhpipe\": 1, \"stages\": [{\"type\": \"halfwidht\"}]}");
        Run r = run("run", "-s", spec.toString(), "x");
        assertEquals(2, r.code());
        assertEquals("zhpipe: error: " + spec + ":1:27: stages[0].type: unknown stage type \"halfwidht\"; did you mean "
                + "\"halfwidth\"? Known types: halfwidth, lowercase, html_unescape, whitespace, convert, filter, pii, segment, tokenize, "
                + "stopwords, token_filter, lemmatize, lines, quality, script, lang, bow, tfidf, hashing_tf, keywords\n",
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void usageErrorsExitTwoWithoutStackTraces() {
        Run noPipeline = run("run", "x");
        assertEquals(2, noPipeline.code());
        assertEquals("zhpipe: error: no pipeline: give the stages with -p \"halfwidth,lowercase\" or a spec file with "
                + "-s spec.json\n", noPipeline.err());
        Run badOption = run("run", "--bogus");
        assertEquals(2, badOption.code());
        assertTrue(badOption.err().startsWith("zhpipe: error: Unknown option: '--bogus'"), badOption.err());
        Run missingFile = run("run", "-s", dir.resolve("nope.json").toString(), "x");
        assertEquals(2, missingFile.code());
        assertEquals("zhpipe: error: " + dir.resolve("nope.json") + ": spec file not found; check the path\n",
                missingFile.err());
        Run missingInput = run("run", "-p", "halfwidth", "-i", dir.resolve("absent.txt").toString());
        assertEquals(2, missingInput.code());
        assertTrue(missingInput.err().startsWith("zhpipe: error: "), missingInput.err());
        assertFalse(missingInput.err().contains("\tat "), missingInput.err());
        Run textAndOutput = run("run", "-p", "halfwidth", "-o", dir.resolve("o.txt").toString(), "x");
        assertEquals(2, textAndOutput.code());
        assertEquals("zhpipe: error: TEXT arguments are processed one-shot to standard output; for -i, -o or "
                + "--rejects, give the text in files or on standard input instead\n", textAndOutput.err());
        Run badPolicy = run("run", "-p", "halfwidth", "--on-error", "ignore", "x");
        assertEquals("zhpipe: error: invalid value for --on-error: \"ignore\"; expected one of: fail, skip, keep\n",
                badPolicy.err());
    }

    @Test
    void batchOverFoldersAndGzipToAFile() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "ＡＡ\nｂｂ\n");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("b.txt.gz")))) {
            gz.write("ＣＣ\n".getBytes(StandardCharsets.UTF_8));
        }
        Path extra = dir.resolve("extra.txt");
        Files.writeString(extra, "ｄ");
        Path output = dir.resolve("out.txt");
        Run r = run("run", "-p", "halfwidth", "-i", corpus.toString(), "-i", extra.toString(), "-o",
                output.toString(), "-j", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("AA\nbb\nCC\nd\n", Files.readString(output));
        assertTrue(r.err().startsWith("zhpipe: 4 records in, 4 out; "), r.err());
        assertEquals(List.of("corpus", "extra.txt", "out.txt"), list(dir));
    }

    @Test
    void piiBeforeTheSegmenterInTheInlineForm() throws IOException {
        Path input = dir.resolve("contacts.txt");
        Files.writeString(input, "联系电话13812345678，邮箱zhang.san@example.com。\n订单2023-12-04已发货\n");
        Run r = run("run", "-p", "pii,segment", "-i", input.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("联系 电话 <PHONE> ， 邮箱 <EMAIL> 。\n订单 2023 - 12 - 04 已 发货\n", r.out());
        Run jsonl = run("run", "-p", "pii,segment", "--format", "jsonl", "电话138-1234-5678");
        assertEquals("{\"text\":\"电话<PHONE>\",\"tokens\":[{\"text\":\"电话\",\"start\":0,\"end\":2},"
                + "{\"text\":\"<PHONE>\",\"start\":2,\"end\":15}]}\n", jsonl.out());
        assertTrue(run("stages", "pii").out().contains("placeholders"), run("stages", "pii").out());
    }

    @Test
    void anOutputNamedJsonlGetsJsonl() throws IOException {
        Path input = dir.resolve("in.txt");
        Files.writeString(input, "ＡＢ\n");
        Path output = dir.resolve("out.jsonl");
        assertEquals(0, run("run", "-p", "halfwidth,tokenize", "-i", input.toString(), "-o", output.toString()).code());
        assertEquals("{\"text\":\"AB\",\"tokens\":[{\"text\":\"AB\",\"start\":0,\"end\":2}]}\n",
                Files.readString(output));
    }

    @Test
    void jsonlPassesOtherFieldsThrough() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"id\": 7, \"text\": \"ＡＢ\", \"meta\": {\"x\": [1.50, \"是\"]}}\n");
        Run r = run("run", "-p", "halfwidth", "-i", input.toString());
        assertEquals("{\"id\":7,\"text\":\"AB\",\"meta\":{\"x\":[1.50,\"是\"]}}\n", r.out());
    }

    @Test
    void gb18030InputIsDetected() throws IOException {
        Path input = dir.resolve("gb.txt");
        String text = "论坛帖子：今天去超市买了苹果和香蕉，一共花了２５元。\n回复：现在水果价格确实上涨了不少。\n";
        Files.write(input, text.getBytes(Charset.forName("GB18030")));
        Run r = run("run", "-p", "halfwidth", "-i", input.toString(), "-v");
        assertEquals("论坛帖子:今天去超市买了苹果和香蕉,一共花了25元。\n回复:现在水果价格确实上涨了不少。\n", r.out());
        assertTrue(r.err().contains("GB18030"), r.err());
    }

    @Test
    void shortGb18030InputIsDetectedAndVerboseSaysWhy() throws IOException {
        Path input = dir.resolve("gb.txt");
        Files.write(input, new byte[] {(byte) 0xD0, (byte) 0xBB, (byte) 0xD0, (byte) 0xBB, '\n'}); // 谢谢, or лл
        Run r = run("run", "-p", "halfwidth", "-i", input.toString(), "-v");
        assertEquals("谢谢\n", r.out());
        assertTrue(r.err().contains(input + ": GB18030 (plausible as Chinese: GB18030 100%, UTF-8 0%, Big5 0% of 2 "
                + "non-ASCII characters)"), r.err());
        Run given = run("run", "-p", "halfwidth", "-i", input.toString(), "-v", "--encoding", "UTF-8");
        assertEquals("лл\n", given.out());
        assertTrue(given.err().contains(input + ": UTF-8 (given)"), given.err());
    }

    @Test
    void aBinaryFileIsSkippedUnderSkipAndStopsTheRunUnderFail() throws IOException {
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "ａ\n");
        Path binary = dir.resolve("b.bin");
        Files.write(binary, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0});
        Run skip = run("run", "-p", "halfwidth", "--on-error", "skip", "-i", binary.toString(), "-i",
                text.toString(), "-o", dir.resolve("out.txt").toString());
        assertEquals(Main.EXIT_REJECTED, skip.code(), skip.err());
        assertTrue(skip.err().contains("zhpipe: " + binary + " looks like binary data, not text"), skip.err());
        assertTrue(skip.err().contains("1 record in, 1 out; 1 bad file skipped;"), skip.err());
        assertEquals("a\n", Files.readString(dir.resolve("out.txt")));
        Run fail = run("run", "-p", "halfwidth", "-i", binary.toString(), "-i", text.toString());
        assertEquals(Main.EXIT_USAGE, fail.code());
        assertTrue(fail.err().startsWith("zhpipe: error: " + binary + " looks like binary data, not text ("),
                fail.err());
        assertEquals(1, fail.err().lines().count(), fail.err());
    }

    @Test
    void badRecordsAreCountedAndReported() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"text\": \"ａ\"}\n{not json\n{\"text\": \"ｂ\"}\n");
        Run skip = run("run", "-p", "halfwidth", "-i", input.toString(), "--on-error", "skip");
        assertEquals(1, skip.code());
        assertEquals("{\"text\":\"a\"}\n{\"text\":\"b\"}\n", skip.out());
        assertTrue(skip.err().startsWith("zhpipe: " + input + ":2: "), skip.err());
        assertTrue(skip.err().contains("3 records in, 2 out, 1 bad (1 skipped)"), skip.err());

        Path output = dir.resolve("out.jsonl");
        Run fail = run("run", "-p", "halfwidth", "-i", input.toString(), "-o", output.toString());
        assertEquals(1, fail.code());
        assertTrue(fail.err().startsWith("zhpipe: error: " + input + ":2: "), fail.err());
        assertFalse(Files.exists(output));
        assertEquals(List.of("in.jsonl"), list(dir));
    }

    @Test
    void helpForEveryCommand() {
        for (String command : List.of("run", "explain", "stages")) {
            Run r = run(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().startsWith("Usage: zhpipe " + command), r.out());
        }
        assertTrue(run("run", "--help").out().contains("--on-error"));
    }

    @Test
    void stagesListsEveryType() {
        Run r = run("stages");
        assertEquals(0, r.code());
        for (String type : List.of("halfwidth", "lowercase", "html_unescape", "whitespace", "convert", "filter",
                "pii", "tokenize")) {
            assertTrue(r.out().contains("\n" + type + "  (") || r.out().startsWith(type + "  ("), type);
        }
        assertTrue(r.out().contains("inline: filter:<keep>"), r.out());
        assertEquals(2, run("stages", "halfwidht").code());
    }

    @Test
    void explainShowsEachStage() {
        Run r = run("explain", "-p", "halfwidth,lowercase,tokenize", "ＡＢ，Ｃ");
        assertEquals("input       ＡＢ，Ｃ\n"
                + "0 halfwidth AB,C\n"
                + "1 lowercase ab,c\n"
                + "2 tokenize  ab[0,2) ,[2,3) c[3,4)\n", r.out());
    }

    @Test
    void explainShowsWhichDictionaryEntryConverted() {
        Run r = run("explain", "-p", "convert:s2twp", "鼠标和内存");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0 convert   滑鼠和記憶體\n"), r.out());
        assertTrue(r.out().contains("TWPhrases.txt 內存→記憶體"), r.out());
    }

    @Test
    void convertOneShot() {
        assertEquals("内存不足\n", run("run", "-p", "convert:tw2sp", "記憶體不足").out());
        Run bad = run("run", "-p", "convert:s2tww", "x");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("zhpipe: error: inline:1:9: stages[0].config: unknown OpenCC configuration"),
                bad.err());
    }

    @Test
    void theSamplesRun() {
        Path root = Path.of(System.getProperty("zhpipe.root", ".."));
        Run clean = run("run", "-s", root.resolve("samples/specs/clean.json").toString(), "-i",
                root.resolve("samples/text/news.txt").toString(), "-q");
        assertEquals(0, clean.code(), clean.err());
        assertTrue(clean.out().startsWith("2024年,AI技术在医疗领域的应用越来越广泛。\n"), clean.out());
        Run search = run("run", "-s", root.resolve("samples/specs/search.json").toString(), "-i",
                root.resolve("samples/text/posts.jsonl").toString(), "-q");
        assertEquals(0, search.code(), search.err());
        assertEquals(5, search.out().lines().count());
        Run simplified = run("run", "-s", root.resolve("samples/specs/to-simplified.json").toString(), "-i",
                root.resolve("samples/text/taiwan.txt").toString(), "-q");
        assertEquals(0, simplified.code(), simplified.err());
        assertTrue(simplified.out().startsWith("这台笔记本电脑的内存是16GB,鼠标和键盘另外购买。\n"), simplified.out());
    }

    private static List<String> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

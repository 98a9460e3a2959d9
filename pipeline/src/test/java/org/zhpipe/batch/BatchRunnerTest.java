package org.zhpipe.batch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.input.DetectedEncoding;
import org.zhpipe.input.EncodingDetectorTest;
import org.zhpipe.input.InputException;
import org.zhpipe.input.InputFormat;
import org.zhpipe.output.OutputException;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.testing.TestPipelines;

class BatchRunnerTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path dir;

    /** What one run produced. */
    private record Run(BatchSummary summary, String out, List<String> reports) {
    }

    private static Run run(Pipeline pipeline, BatchOptions options, InputStream stdin) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> reports = new ArrayList<>();
        BatchSummary summary = new BatchRunner(pipeline, options).run(stdin, out, reports::add);
        assertEquals(summary.recordsIn(), summary.recordsOut() + summary.dropped() + summary.skipped(),
                "records in = out + dropped + skipped");
        assertEquals(summary.bad() + summary.badFiles(), reports.size(), "one report per bad record or file");
        return new Run(summary, out.toString(UTF_8), reports);
    }

    private static Run run(BatchOptions options, InputStream stdin) throws IOException {
        return run(TestPipelines.upperPipeline(), options, stdin);
    }

    private static BatchOptions.Builder files(Path... inputs) {
        return BatchOptions.builder().inputs(List.of(inputs)).workers(2);
    }

    private static InputStream stdin(String s) {
        return new ByteArrayInputStream(s.getBytes(UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private Path write(String relative, String text, Charset charset) throws IOException {
        return write(relative, text.getBytes(charset));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- lines, files, encodings

    @Test
    void stdinLinesKeepEmptyLinesCrLfAndALastLineWithoutNewline() throws IOException {
        Run r = run(BatchOptions.builder().workers(2).build(), stdin("a\r\n\nb c\r\nlast"));
        assertEquals("A\n\nB C\nLAST\n", r.out());
        assertEquals(4, r.summary().recordsIn());
        assertEquals(4, r.summary().recordsOut());
        assertEquals(8, r.summary().charsIn());
        assertEquals(List.of(new DetectedEncoding("<stdin>", UTF_8, "ASCII only in the first 13 bytes", 0)), r.summary().encodings());
        assertEquals(13, r.summary().bytesRead());
    }

    @Test
    void aFolderIsReadRecursivelyInPathOrderWithGzipByNameOrByMagicBytes() throws IOException {
        write("corpus/b.txt", "b1\nb2\n", UTF_8);
        write("corpus/a/2.txt.gz", gzip("a2-1\na2-2"));
        write("corpus/a/1.txt", "a1\n", UTF_8);
        write("corpus/a/sub/3.dat", gzip("gzipped without .gz\n"));
        write("corpus/.hidden.txt", "never\n", UTF_8);
        Path extra = write("extra.txt", "extra", UTF_8);
        Run r = run(files(dir.resolve("corpus"), extra).build(), NO_STDIN);
        assertEquals("A1\nA2-1\nA2-2\nGZIPPED WITHOUT .GZ\nB1\nB2\nEXTRA\n", r.out());
        assertEquals(List.of("a/1.txt", "a/2.txt.gz", "a/sub/3.dat", "b.txt", "extra.txt"),
                r.summary().encodings().stream()
                        .map(e -> dir.resolve("corpus").relativize(Path.of(e.input())).toString()
                                .replace("../", ""))
                        .toList());
    }

    @Test
    void gb18030AndBig5FilesAreDetectedAndDecoded() throws IOException {
        String simplified = EncodingDetectorTest.SIMPLIFIED + "\nabc " + EncodingDetectorTest.SIMPLIFIED + "\n";
        String traditional = EncodingDetectorTest.TRADITIONAL + "\r\nxyz " + EncodingDetectorTest.TRADITIONAL;
        Path gb = write("gb.txt", simplified, GB18030);
        Path big5 = write("big5.txt", traditional, BIG5);
        Run r = run(files(gb, big5).build(), NO_STDIN);
        assertEquals(simplified.replace("abc", "ABC") + traditional.replace("xyz", "XYZ").replace("\r", "") + "\n",
                r.out());
        List<DetectedEncoding> encodings = r.summary().encodings();
        assertEquals(GB18030, encodings.get(0).charset());
        assertEquals(gb.toString(), encodings.get(0).input());
        assertEquals(BIG5, encodings.get(1).charset());
        assertTrue(encodings.get(1).toString().startsWith(big5 + ": Big5 (plausible as Chinese: Big5 "),
                encodings.get(1).toString());
        assertEquals(Files.size(gb) + Files.size(big5), r.summary().bytesRead());
    }

    @Test
    void aUtf8ByteOrderMarkIsDropped() throws IOException {
        Path bom = write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "bom 中文\nx".getBytes(UTF_8)));
        Run r = run(files(bom).build(), NO_STDIN);
        assertEquals("BOM 中文\nX\n", r.out());
        assertEquals("byte-order mark", r.summary().encodings().get(0).reason());
        Run given = run(files(bom).encoding("UTF-8").build(), NO_STDIN);
        assertEquals("BOM 中文\nX\n", given.out());
    }

    @Test
    void aGivenEncodingOverridesDetection() throws IOException {
        Path gb = write("gb.txt", "中文 ok\n", GB18030);
        Run r = run(files(gb).encoding("GB18030").build(), NO_STDIN);
        assertEquals("中文 OK\n", r.out());
        assertEquals(new DetectedEncoding(gb.toString(), GB18030, "given", 0), r.summary().encodings().get(0));
    }

    @Test
    void aUtf16FileIsAnInputErrorWithAHint() throws IOException {
        Path utf16 = write("u16.txt", "你好\n", Charset.forName("UTF-16"));
        InputException e = assertThrows(InputException.class, () -> run(files(utf16).build(), NO_STDIN));
        assertTrue(e.getMessage().contains("iconv -f UTF-16 -t UTF-8 " + utf16), e.getMessage());
    }

    // ---- undecodable bytes under each policy

    private Path badUtf8() throws IOException {
        return write("bad.txt", concat("ok 1\n".getBytes(UTF_8), new byte[] {'b', 'a', 'd', ' ', (byte) 0xC3, '(', '\n'},
                "ok 2\n".getBytes(UTF_8)));
    }

    @Test
    void undecodableBytesFailTheRunWithFileLineAndOffset() throws IOException {
        Path bad = badUtf8();
        BadRecordException e = assertThrows(BadRecordException.class,
                () -> run(files(bad).encoding("UTF-8").build(), NO_STDIN));
        assertEquals(bad + ":2: undecodable bytes C3 for UTF-8 at byte offset 4 of the line; if the input is in "
                + "another encoding, set encoding (e.g. GB18030)", e.getMessage());
    }

    @Test
    void undecodableBytesAreReportedAndSkipped() throws IOException {
        Path bad = badUtf8();
        Run r = run(files(bad).encoding("UTF-8").onError(OnError.SKIP).build(), NO_STDIN);
        assertEquals("OK 1\nOK 2\n", r.out());
        assertEquals(List.of("zhpipe: " + bad + ":2: undecodable bytes C3 for UTF-8 at byte offset 4 of the line; "
                + "if the input is in another encoding, set encoding (e.g. GB18030)"), r.reports());
        assertEquals(3, r.summary().recordsIn());
        assertEquals(1, r.summary().skipped());
        assertEquals(0, r.summary().kept());
    }

    @Test
    void undecodableBytesAreKeptAsReplacementCharacters() throws IOException {
        Path bad = badUtf8();
        Run r = run(files(bad).encoding("UTF-8").onError(OnError.KEEP).build(), NO_STDIN);
        assertEquals("OK 1\nbad \uFFFD(\nOK 2\n", r.out());
        assertEquals(1, r.reports().size());
        assertEquals(3, r.summary().recordsOut());
        assertEquals(1, r.summary().kept());
        Run json = run(files(bad).encoding("UTF-8").onError(OnError.KEEP).outputFormat(OutputFormat.JSONL).build(),
                NO_STDIN);
        assertEquals("{\"text\":\"OK 1\"}\n{\"text\":\"bad \uFFFD(\"}\n{\"text\":\"OK 2\"}\n", json.out());
    }

    @Test
    void aBadByteInADetectedGb18030FileIsReportedForGb18030() throws IOException {
        byte[] good = (EncodingDetectorTest.SIMPLIFIED + "\n").getBytes(GB18030);
        Path gb = write("gb.txt", concat(good, good, new byte[] {'x', (byte) 0x81, ' ', 'y', '\n'}, good));
        Run r = run(files(gb).onError(OnError.SKIP).build(), NO_STDIN);
        assertEquals((EncodingDetectorTest.SIMPLIFIED + "\n").repeat(3), r.out());
        assertEquals(List.of("zhpipe: " + gb + ":3: undecodable bytes 81 for GB18030 at byte offset 1 of the line; "
                + "if the input is in another encoding, set encoding (e.g. GB18030)"), r.reports());
    }

    // ---- JSONL

    private static final String JSONL = """
            {"id": 12345678901234567890, "text": "hello 世界", "meta": {"price": 1.50, "list": [1, {"x": null}]}, "é": "ü"}
            {"text": "second", "score": -2.5e-3}
            """;

    @Test
    void jsonlPassesOtherFieldsThroughExactlyAndReplacesTheText() throws IOException {
        Path in = write("data.jsonl", JSONL, UTF_8);
        Run r = run(files(in).build(), NO_STDIN);
        assertEquals("{\"id\":12345678901234567890,\"text\":\"HELLO 世界\",\"meta\":{\"price\":1.50,\"list\":[1,"
                + "{\"x\":null}]},\"é\":\"ü\"}\n"
                + "{\"text\":\"SECOND\",\"score\":-2.5e-3}\n", r.out());
        assertEquals(14, r.summary().charsIn());
    }

    /**
     * A pipeline of code point mappers maps a JSONL text without escapes as its bytes: the same output, byte for
     * byte, and the same counts as the decoded path (which an observer of the results forces), on random records
     * whose texts map to characters JSON must escape (＂ → ", ＼ → \), hold escapes, line breaks, emoji, a BOM, or are
     * no records at all.
     */
    @Test
    void aCodePointPipelineMapsJsonlTextsAsTheirBytesAsTheDecodedPathDoes() throws IOException {
        String[] parts = {"ＡＢｃ", "中文", "＂", "＼", "　", "😀", "\\n", "\\u4e2d", "\\\"", "\\\\", "ａ\\ud83d\\ude00",
            "\\ud800", "x", " ", "\u00e9", "\u3000\u3000"};
        java.util.Random random = new java.util.Random(11);
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(5); k > 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String record = switch (random.nextInt(12)) {
                case 0 -> "{\"id\": " + i + "}"; // no text: a bad record
                case 1 -> "{\"text\": \"" + text + "\", \"text\": \"b\"}"; // a duplicate key: bad
                case 2 -> "{\"meta\": {\"t\": \"ｘ\"}, \"text\": \"" + text + "\"}";
                default -> "{\"id\": " + i + ", \"text\": \"" + text + "\", \"n\": 1.50}";
            };
            input.append(record).append('\n');
        }
        Path in = write("mapped.jsonl", input.toString(), UTF_8);
        Pipeline pipeline = org.zhpipe.spec.Spec.parseInline("halfwidth,lowercase").build();
        BatchOptions options = files(in).onError(OnError.SKIP).build();
        Run bytes = run(pipeline, options, NO_STDIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> reports = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        BatchSummary decoded = new BatchRunner(pipeline, options).run(NO_STDIN, out, reports::add, null,
                (source, text, result) -> seen.add(source));
        assertEquals(out.toString(UTF_8), bytes.out());
        assertEquals(reports, bytes.reports());
        assertEquals(decoded.recordsOut(), bytes.summary().recordsOut());
        assertEquals(decoded.charsIn(), bytes.summary().charsIn());
        assertEquals(decoded.charsOut(), bytes.summary().charsOut());
        assertTrue(bytes.out().contains("\\\"\"") && bytes.out().contains("\\\\"), "quotes and backslashes escaped");
        assertTrue(seen.size() > 2_000, "records seen: " + seen.size());
    }

    @Test
    void jsonlWithASegmenterAddsTokensWithOffsetsIntoTheField() throws IOException {
        Path in = write("data.ndjson.gz", gzip("{\"id\": 7, \"body\": \"a 世\"}\n"));
        Run r = run(TestPipelines.segmenting(false), files(in).field("body").build(), NO_STDIN);
        assertEquals("{\"id\":7,\"body\":\"A 世\",\"tokens\":[{\"text\":\"A\",\"start\":0,\"end\":1},"
                + "{\"text\":\"世\",\"start\":2,\"end\":3}]}\n", r.out());
        Run text = run(TestPipelines.segmenting(false), files(in).field("body").outputFormat(OutputFormat.TEXT)
                .build(), NO_STDIN);
        assertEquals("A 世\n", text.out());
    }

    @Test
    void jsonlTextWithLineBreaksStaysOneLineInTextOutput() throws IOException {
        Run r = run(BatchOptions.builder().inputFormat(InputFormat.JSONL).outputFormat(OutputFormat.TEXT).build(),
                stdin("{\"text\": \"one\\r\\ntwo\\nthree\"}\n"));
        assertEquals("ONE TWO THREE\n", r.out());
    }

    @Test
    void lineInputCanBeWrittenAsJsonl() throws IOException {
        Run r = run(TestPipelines.segmenting(true), BatchOptions.builder().outputFormat(OutputFormat.JSONL).build(),
                stdin("a\n\n"));
        assertEquals("{\"text\":\"A\",\"tokens\":[{\"text\":\"A\",\"start\":0,\"end\":1,\"tag\":\"x\"}]}\n"
                + "{\"text\":\"\",\"tokens\":[]}\n", r.out());
    }

    private static final String BAD_JSONL = """
            {"text": "fine"}
            {"content": "wrong field"}
            {"text": "unclosed"
            [1, 2]

            {"text": 5}
            {"text": "also fine"}""";

    @Test
    void badJsonlRecordsAreReportedWithFileLineAndSkipped() throws IOException {
        Path in = write("bad.jsonl", BAD_JSONL, UTF_8);
        Run r = run(files(in).onError(OnError.SKIP).build(), NO_STDIN);
        assertEquals("{\"text\":\"FINE\"}\n{\"text\":\"ALSO FINE\"}\n", r.out());
        assertEquals(7, r.summary().recordsIn());
        assertEquals(5, r.summary().skipped());
        List<String> reports = r.reports();
        assertEquals("zhpipe: " + in + ":2: no \"text\" field; set field to the field that holds the text",
                reports.get(0));
        assertTrue(reports.get(1).startsWith("zhpipe: " + in + ":3: invalid JSON at column "), reports.get(1));
        assertTrue(reports.get(2).startsWith("zhpipe: " + in + ":4: not a JSON object but an array"), reports.get(2));
        assertTrue(reports.get(3).startsWith("zhpipe: " + in + ":5: empty line"), reports.get(3));
        assertTrue(reports.get(4).startsWith("zhpipe: " + in + ":6: field \"text\" is a number, not a string"),
                reports.get(4));
    }

    @Test
    void badJsonlRecordsAreKeptAsTheyWere() throws IOException {
        Path in = write("bad.jsonl", BAD_JSONL, UTF_8);
        Run r = run(files(in).onError(OnError.KEEP).build(), NO_STDIN);
        assertEquals("{\"text\":\"FINE\"}\n{\"content\": \"wrong field\"}\n{\"text\": \"unclosed\"\n[1, 2]\n\n"
                + "{\"text\": 5}\n{\"text\":\"ALSO FINE\"}\n", r.out());
        assertEquals(7, r.summary().recordsOut());
        assertEquals(5, r.summary().kept());
    }

    @Test
    void aBadJsonlRecordFailsTheRunAtTheFirstOne() throws IOException {
        Path in = write("bad.jsonl", BAD_JSONL, UTF_8);
        BadRecordException e = assertThrows(BadRecordException.class, () -> run(files(in).build(), NO_STDIN));
        assertEquals(in + ":2: no \"text\" field; set field to the field that holds the text",
                e.getMessage());
    }

    // ---- pipeline failures

    @Test
    void aPipelineThatThrowsOnOneRecordIsABadRecordUnderEachPolicy() throws IOException {
        String input = "ok\nboom here\nafter\n";
        String report = "zhpipe: <stdin>:2: pipeline failed: IllegalStateException: cannot handle boom second line";
        Pipeline pipeline = TestPipelines.throwingOnBoom();
        Run skip = run(pipeline, BatchOptions.builder().onError(OnError.SKIP).build(), stdin(input));
        assertEquals("OK\nAFTER\n", skip.out());
        assertEquals(List.of(report), skip.reports());
        Run keep = run(pipeline, BatchOptions.builder().onError(OnError.KEEP).build(), stdin(input));
        assertEquals("OK\nboom here\nAFTER\n", keep.out());
        assertEquals(List.of(report), keep.reports());
        BadRecordException fail = assertThrows(BadRecordException.class,
                () -> run(pipeline, BatchOptions.builder().build(), stdin(input)));
        assertEquals(report.substring("zhpipe: ".length()), fail.getMessage());
        Run json = run(pipeline, BatchOptions.builder().onError(OnError.KEEP).inputFormat(InputFormat.JSONL).build(),
                stdin("{\"text\": \"boom\", \"n\": 1.0}"));
        assertEquals("{\"text\": \"boom\", \"n\": 1.0}\n", json.out());
    }

    // ---- parallel and ordered

    @Test
    void fourWorkersWriteExactlyWhatOneWorkerWrites() throws IOException {
        String input = IntStream.range(0, 20_000)
                .mapToObj(i -> i % 97 == 0 ? "" : i % 101 == 0 ? "boom " + i : "第" + i + "行 line " + "x".repeat(i % 50))
                .collect(Collectors.joining("\n"));
        Path in = write("many.txt", input, UTF_8);
        Pipeline pipeline = TestPipelines.throwingOnBoom();
        BatchOptions.Builder options = files(in).onError(OnError.SKIP).batchRecords(37);
        Run one = run(pipeline, options.workers(1).build(), NO_STDIN);
        Run four = run(pipeline, options.workers(4).batchBytes(2_000).build(), NO_STDIN);
        assertEquals(one.out(), four.out());
        assertEquals(one.reports(), four.reports());
        String expected = input.lines().filter(l -> !l.startsWith("boom"))
                .map(l -> l.toUpperCase(Locale.ROOT) + "\n").collect(Collectors.joining());
        assertEquals(expected, four.out());
        assertEquals(20_000, four.summary().recordsIn());
        assertEquals(196, four.summary().skipped()); // multiples of 101 but not of 97
    }

    // ---- output files

    @Test
    void anOutputFileAppearsOnlyWhenTheRunSucceeds() throws IOException {
        Path in = write("in/bad.jsonl", BAD_JSONL, UTF_8);
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path out = outDir.resolve("clean.jsonl");
        assertThrows(BadRecordException.class, () -> run(files(in).output(out).build(), NO_STDIN));
        assertEquals(List.of(), filesIn(outDir), "no output and no temporary file after a failed run");

        Files.writeString(out, "old\n");
        assertThrows(BadRecordException.class, () -> run(files(in).output(out).build(), NO_STDIN));
        assertEquals("old\n", Files.readString(out), "a failed run leaves an existing output alone");

        Run r = run(files(in).output(out).onError(OnError.SKIP).build(), NO_STDIN);
        assertEquals("", r.out());
        assertEquals("{\"text\":\"FINE\"}\n{\"text\":\"ALSO FINE\"}\n", Files.readString(out));
        assertEquals(List.of("clean.jsonl"), filesIn(outDir));
    }

    @Test
    void anInputThatIsAlsoTheOutputIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path in = write("in/a.txt", "a\n", UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("alias.txt"), in);
        for (Path out : List.of(in, link)) {
            InputException e = assertThrows(InputException.class,
                    () -> run(files(in).output(out).build(), NO_STDIN));
            assertEquals("input " + in + " is also an output of this run, which would replace it: write the output "
                    + "elsewhere", e.getMessage());
            assertEquals("a\n", Files.readString(in));
        }
    }

    @Test
    void anOutputInsideAnInputFolderIsSkippedNotRead() throws IOException {
        Path a = write("in/a.txt", "a\n", UTF_8);
        Path out = write("in/out.txt", "previous run\n", UTF_8);
        Run r = run(files(dir.resolve("in")).output(out).build(), NO_STDIN);
        assertEquals("A\n", Files.readString(out), "the previous output was not read as input");
        assertEquals(List.of(out), r.summary().skippedOutputs());
        assertEquals(1, r.summary().recordsIn());
        assertTrue(Files.exists(a));
    }

    @Test
    void aRecordLongerThanTheLimitIsABadRecordAtItsLineNeverKept() throws IOException {
        Path in = write("in/a.txt", "short\n" + "长".repeat(100) + "\nend\n", UTF_8);
        for (OnError policy : List.of(OnError.SKIP, OnError.KEEP)) {
            Run r = run(files(in).onError(policy).maxRecordBytes(64).build(), NO_STDIN);
            assertEquals("SHORT\nEND\n", r.out());
            assertEquals(List.of("zhpipe: " + in + ":2: record of 300 bytes is longer than the limit of 64 bytes, so "
                    + "it was not read (and is not written even with onError keep): raise maxRecordBytes, or "
                    + "split the record"), r.reports());
            assertEquals(1, r.summary().skipped());
        }
        BadRecordException e = assertThrows(BadRecordException.class,
                () -> run(files(in).maxRecordBytes(64).build(), NO_STDIN));
        assertTrue(e.getMessage().startsWith(in + ":2: record of 300 bytes"), e.getMessage());
    }

    @Test
    void anOutputNameEndingGzIsCompressed() throws IOException {
        Path out = dir.resolve("clean.txt.gz");
        run(BatchOptions.builder().output(out).build(), stdin("中文 abc\n"));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertArrayEquals("中文 ABC\n".getBytes(UTF_8), in.readAllBytes());
        }
    }

    @Test
    void aMissingOutputFolderIsAnInputError() {
        Path out = dir.resolve("no/such/folder/out.txt");
        InputException e = assertThrows(InputException.class,
                () -> run(BatchOptions.builder().output(out).build(), stdin("x")));
        assertEquals("output folder " + out.getParent() + " does not exist: create it first", e.getMessage());
    }

    @Test
    void badFilesAreReportedCountedAndSkippedUnderSkipAndKeep() throws IOException {
        Path good = write("in/a.txt", "a\nb\n", UTF_8);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 5 == 0 || i % 7 == 0 ? 0 : i * 31);
        }
        Path exe = write("in/b.bin", binary);
        Path utf16 = write("in/c.txt", "你好\n", Charset.forName("UTF-16"));
        // Chinese text, so the detection sample stays at 64 KiB and the corruption is met while reading lines
        byte[] whole = gzip("中文的一行\n".repeat(100_000));
        Path broken = write("in/d.txt.gz", java.util.Arrays.copyOf(whole, whole.length / 2));
        Path last = write("in/e.txt", "c\n", UTF_8);
        for (OnError onError : List.of(OnError.SKIP, OnError.KEEP)) {
            Run r = run(files(good, exe, utf16, broken, last).onError(onError).build(), NO_STDIN);
            assertEquals(3, r.summary().badFiles(), onError.name());
            assertEquals(0, r.summary().bad());
            long fromGzip = r.summary().recordsIn() - 3;
            assertTrue(fromGzip > 10_000, "the lines read before the corruption count: " + fromGzip);
            assertEquals("A\nB\n" + "中文的一行\n".repeat((int) fromGzip) + "C\n", r.out());
            assertEquals(3, r.reports().size());
            assertEquals("zhpipe: " + exe + " looks like binary data, not text (1,298 NUL and 286 other control "
                    + "bytes in the first 4,096 bytes): give text files only; skipped the file", r.reports().get(0));
            assertTrue(r.reports().get(1).startsWith("zhpipe: " + utf16 + " starts with a UTF-16 or UTF-32 "
                    + "byte-order mark"), r.reports().get(1));
            assertTrue(r.reports().get(1).endsWith("; skipped the file"), r.reports().get(1));
            assertTrue(r.reports().get(2).startsWith("zhpipe: " + broken + ": corrupt or truncated gzip data"),
                    r.reports().get(2));
            assertTrue(r.reports().get(2).endsWith("; skipped the rest of the file after line " + fromGzip),
                    r.reports().get(2));
            assertTrue(r.summary().format().contains("; 3 bad files skipped; "), r.summary().format());
            assertEquals(List.of(good.toString(), broken.toString(), last.toString()),
                    r.summary().encodings().stream().map(DetectedEncoding::input).toList());
        }
    }

    @Test
    void aBinaryFileStopsTheRunUnderFail() throws IOException {
        Path exe = write("in/b.bin", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        InputException e = assertThrows(InputException.class, () -> run(files(exe).build(), NO_STDIN));
        assertTrue(e.getMessage().startsWith(exe + " looks like binary data, not text"), e.getMessage());
    }

    @Test
    void aCorruptGzipInputFailsWithAnInputErrorAndLeavesNoOutput() throws IOException {
        byte[] whole = gzip("line\n".repeat(50_000));
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
        Path in = write("in/broken.txt.gz", truncated);
        Path out = dir.resolve("out.txt");
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(InputException.class,
                () -> run(files(in).output(out).build(), NO_STDIN)));
        assertTrue(e.getMessage().startsWith(in + ": corrupt or truncated gzip data"), e.getMessage());
        assertEquals(List.of("in"), filesIn(dir));
        assertNoRunThreadsLeft();
    }

    @Test
    void aFailingOutputStreamFailsTheRunWithoutHanging() {
        String input = "line\n".repeat(200_000);
        OutputStream failing = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100_000) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(IOException.class,
                () -> new BatchRunner(TestPipelines.upperPipeline(), BatchOptions.builder().workers(2)
                        .batchRecords(100).build()).run(stdin(input), failing, line -> { })));
        assertEquals("cannot write standard output: the reader closed the pipe", e.getMessage());
        assertTrue(OutputException.isBrokenPipe(e), "a broken pipe is recognizable, to end quietly");
        assertNoRunThreadsLeft();
    }

    private static void assertNoRunThreadsLeft() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.isAlive() && t.getName().startsWith("zhpipe-"), "still running: " + t.getName());
        }
    }

    // ---- inputs, progress

    @Test
    void aMissingInputIsAnInputError() {
        Path missing = dir.resolve("missing.txt");
        InputException e = assertThrows(InputException.class, () -> run(files(missing).build(), NO_STDIN));
        assertEquals("no such file or folder: " + missing + ": check the path", e.getMessage());
    }

    @Test
    void progressCountsRawBytesOfAllFilesAgainstTheirTotalSize() throws IOException {
        Path a = write("a.txt.gz", gzip("x\n".repeat(10_000)));
        Path b = write("b.txt", "y\n".repeat(10_000), UTF_8);
        long total = Files.size(a) + Files.size(b);
        List<long[]> calls = new ArrayList<>();
        List<DetectedEncoding> opened = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void onProgress(long bytesRead, long totalBytes) {
                calls.add(new long[] {bytesRead, totalBytes});
            }

            @Override
            public void onInputOpened(DetectedEncoding encoding) {
                opened.add(encoding);
            }
        };
        BatchSummary s = new BatchRunner(TestPipelines.upperPipeline(), files(a, b).batchRecords(100).build())
                .run(NO_STDIN, OutputStream.nullOutputStream(), line -> { }, listener);
        assertEquals(s.encodings(), opened);
        assertEquals(List.of(a.toString(), b.toString()), opened.stream().map(DetectedEncoding::input).toList());
        assertFalse(calls.isEmpty());
        long[] last = calls.get(calls.size() - 1);
        assertEquals(total, last[0]);
        assertEquals(total, last[1]);
        assertEquals(total, s.bytesRead());
        assertEquals(20_000, s.recordsOut());
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(calls.get(i)[0] >= calls.get(i - 1)[0]);
        }
    }

    @Test
    void progressFromStdinHasNoTotal() throws IOException {
        List<Long> totals = new ArrayList<>();
        new BatchRunner(TestPipelines.upperPipeline(), BatchOptions.builder().build())
                .run(stdin("a\nb\n"), OutputStream.nullOutputStream(), line -> { }, (read, of) -> totals.add(of));
        assertEquals(List.of(-1L), totals);
    }

    @Test
    void theTokensFieldCannotHoldTheText() {
        assertThrows(InputException.class, () -> new BatchRunner(TestPipelines.segmenting(false),
                BatchOptions.builder().field("tokens").build()));
    }
}

package org.zhpipe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line does when its output cannot be written, or would clobber something, or memory runs out. */
class OutputSafetyCliTest {
    @TempDir
    Path dir;

    /** Standard output that fails like a full disk or a closed pipe after {@code limit} bytes. */
    private static final class FailingOutput extends OutputStream {
        private final String problem;
        private final int limit;
        private int written;

        FailingOutput(String problem, int limit) {
            this.problem = problem;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > limit) {
                throw new IOException(problem);
            }
        }
    }

    private static CliTest.Run run(OutputStream out, String stdin, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, false);
        return new CliTest.Run(code, "", err.toString(StandardCharsets.UTF_8));
    }

    private static final String DISK_FULL = "zhpipe: error: cannot write standard output: no space left on device: "
            + "free some space or write elsewhere\n";

    @Test
    void aFullDiskFailsEveryCommandThatWritesStandardOutput() {
        List<String[]> commands = List.of(
                new String[] {"run", "-p", "halfwidth", "你好"},
                new String[] {"explain", "-p", "halfwidth", "你好"},
                new String[] {"stages"},
                new String[] {"run", "-p", "halfwidth"});
        for (String[] command : commands) {
            CliTest.Run r = run(new FailingOutput("No space left on device", 0), "一\n二\n", command);
            assertEquals(new CliTest.Run(2, "", DISK_FULL), r, String.join(" ", command));
        }
    }

    @Test
    void aClosedPipeEndsQuietlyWithTheSigpipeCode() {
        String many = "你好\n".repeat(200_000);
        CliTest.Run batch = run(new FailingOutput("Broken pipe", 10), many, "run", "-p", "halfwidth");
        assertEquals(new CliTest.Run(Main.EXIT_BROKEN_PIPE, "", ""), batch);
        CliTest.Run oneShot = run(new FailingOutput("Broken pipe", 0), "", "stages");
        assertEquals(new CliTest.Run(Main.EXIT_BROKEN_PIPE, "", ""), oneShot);
    }

    @Test
    void zeroWorkersIsAUsageError() {
        CliTest.Run r = CliTest.withStdin("x\n", "run", "-p", "halfwidth", "-j", "0");
        assertEquals(new CliTest.Run(2, "", "zhpipe: error: -j must be between 1 and 1024, not 0; it is the number "
                + "of worker threads, e.g. -j 4\n"), r);
    }

    @Test
    void aBadRecordSizeIsAUsageError() {
        CliTest.Run r = CliTest.withStdin("x\n", "run", "-p", "halfwidth", "--max-record-size", "lots");
        assertEquals(new CliTest.Run(2, "", "zhpipe: error: invalid value for --max-record-size: \"lots\"; expected "
                + "a size from 1 byte to 2G, such as 16M, 512k or 1G\n"), r);
        assertEquals("A\n", CliTest.withStdin("a\nbbbb\n", "run", "-p", "lowercase:fold", "--max-record-size", "3",
                "--on-error", "skip").out().toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void theOutputIsNeverTheSpecOrAnInput() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": "
                + "\"halfwidth\"}]}");
        Path in = Files.writeString(dir.resolve("in.txt"), "ａ\n");
        CliTest.Run overSpec = CliTest.run("run", "-s", spec.toString(), "-i", in.toString(), "-o", spec.toString());
        assertEquals(new CliTest.Run(2, "", "zhpipe: error: the output " + spec + " is the spec file " + spec
                + ", which it would replace: write the output elsewhere\n"), overSpec);
        CliTest.Run overInput = CliTest.run("run", "-s", spec.toString(), "-i", in.toString(), "-o", in.toString());
        assertEquals(new CliTest.Run(2, "", "zhpipe: error: input " + in + " is also an output of this run, which "
                + "would replace it: write the output elsewhere\n"), overInput);
        assertEquals("ａ\n", Files.readString(in));
    }

    @Test
    void anOutputInsideTheInputFolderIsSkippedAndSaidSoWithVerbose() throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "ａ\n");
        Path out = Files.writeString(corpus.resolve("out.txt"), "old output\n");
        CliTest.Run r = CliTest.run("run", "-p", "halfwidth", "-i", corpus.toString(), "-o", out.toString(), "-v",
                "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("zhpipe: skipped " + out + ": it is this run's output, not an input\n"), r.err());
        assertEquals("a\n", Files.readString(out));
    }

    @Test
    void fitRefusesADeviceAndAnOutputThatIsAnInput() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": "
                + "\"tokenize\"}, {\"type\": \"bow\"}]}");
        Path corpus = Files.writeString(dir.resolve("corpus.txt"), "a b\n");
        assumeTrue(Files.exists(Path.of("/dev/null")));
        CliTest.Run device = CliTest.run("fit", "-s", spec.toString(), "-i", corpus.toString(), "-o", "/dev/null");
        assertEquals(new CliTest.Run(2, "", "zhpipe: error: -o /dev/null is not a regular file: fit writes the "
                + "fitted spec and its vocabulary beside it as files; name a file, e.g. -o fitted.json\n"), device);
        assertFalse(Files.exists(Path.of("/dev/null.vocab.tsv")));
        CliTest.Run same = CliTest.run("fit", "-s", spec.toString(), "-i", corpus.toString(), "-o",
                corpus.toString());
        assertEquals(2, same.code());
        assertEquals("zhpipe: error: input " + corpus + " is also an output of this run, which would replace it: "
                + "write the output elsewhere\n", same.err());
        Path vocabulary = Files.writeString(dir.resolve("fitted.vocab.tsv"), "a b\n");
        CliTest.Run sidecar = CliTest.run("fit", "-s", spec.toString(), "-i", vocabulary.toString(), "-o",
                dir.resolve("fitted.json").toString());
        assertEquals("zhpipe: error: input " + vocabulary + " is also an output of this run, which would replace "
                + "it: write the output elsewhere\n", sidecar.err());
        assertEquals("a b\n", Files.readString(corpus));
    }

    @Test
    void runningOutOfMemoryIsOneLineWithItsOwnExitCode() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] block = "很长的一行".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_000; i++) { // 150 MB in one line
                out.write(block);
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "-p", "halfwidth", "-i", huge.toString(), "-o",
                dir.resolve("out.txt").toString(), "--max-record-size", "1G")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Main.EXIT_OUT_OF_MEMORY, p.exitValue(), err);
        assertEquals("zhpipe: error: out of memory (the Java heap is full): give Java more, e.g. ZHPIPE_OPTS=-Xmx8g, "
                + "or use fewer workers (-j 1) or a lower --max-record-size\n", err);
        assertFalse(Files.exists(dir.resolve("out.txt")));

        Process limited = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "-p", "halfwidth", "-i", huge.toString(), "-o",
                dir.resolve("out.txt").toString(), "--on-error", "skip", "-q")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String limitedErr = new String(limited.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(limited.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Main.EXIT_REJECTED, limited.exitValue(), limitedErr);
        assertEquals("zhpipe: " + huge + ":1: record of 150,000,000 bytes is longer than the limit of 16,777,216 "
                + "bytes, so it was not read (and is not written even with --on-error keep): raise "
                + "--max-record-size, or split the record\n", limitedErr.lines().findFirst().orElse("") + "\n");
    }

    @Test
    void argumentsInAnAsciiLocaleAreAClearErrorAndAUtf8LocaleReadsThem() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder ascii = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "-p", "segment", "你好世界");
        ascii.environment().put("LC_ALL", "C");
        Process p = ascii.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        if (p.exitValue() == 0) {
            assertEquals("你好 世界\n", out, "this JVM reads arguments as UTF-8 whatever the locale");
            return;
        }
        assertEquals(Main.EXIT_USAGE, p.exitValue(), err);
        assertTrue(err.startsWith("zhpipe: error: the arguments hold characters that the locale's encoding"), err);
        assertTrue(err.contains("LC_ALL=C.UTF-8"), err);
    }

    private static ProcessBuilder zhpipe(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    @Test
    void devStdoutIsWrittenThroughToTheRealStandardOutput() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/dev/stdout")));
        Path in = Files.writeString(dir.resolve("in.txt"), "ＡＢＣ\n你好\n");
        Process p = zhpipe("run", "-p", "halfwidth", "-i", in.toString(), "-o", "/dev/stdout", "-q").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("ABC\n你好\n", out);
        assertTrue(Files.isSymbolicLink(Path.of("/dev/stdout")), "/dev/stdout is still a link");
    }

    @Test
    void sigtermRemovesTheTemporaryFile() throws Exception {
        Path out = dir.resolve("out.txt");
        Process p = zhpipe("run", "-p", "halfwidth", "-o", out.toString()).start();
        p.getOutputStream().write("一行\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush(); // standard input stays open: the run waits for more
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (temporaryFiles().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, temporaryFiles().size(), "the run writes to a hidden temporary file");
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of(), temporaryFiles(), "the shutdown hook deleted it");
        assertFalse(Files.exists(out));
    }

    private List<Path> temporaryFiles() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".out.txt.tmp-")).toList();
        }
    }

    @Test
    void anOutputNeverReplacesTheFittedModelTheSpecReads() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": "
                + "\"tokenize\"}, {\"type\": \"bow\"}]}");
        Path corpus = Files.writeString(dir.resolve("corpus.txt"), "a b\nb c\n");
        Path fitted = dir.resolve("fitted.json");
        assertEquals(0, CliTest.run("fit", "-s", spec.toString(), "-i", corpus.toString(), "-o", fitted.toString(),
                "-q").code());
        Path vocabulary = dir.resolve("fitted.vocab.tsv");
        String before = Files.readString(vocabulary);
        CliTest.Run r = CliTest.run("run", "-s", fitted.toString(), "-i", corpus.toString(), "-o",
                vocabulary.toString());
        assertEquals(new CliTest.Run(2, "", "zhpipe: error: the output " + vocabulary + " is the fitted model "
                + vocabulary + " that the spec reads, which it would replace: write the output elsewhere\n"), r);
        assertEquals(before, Files.readString(vocabulary));
    }
}

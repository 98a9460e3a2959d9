package org.zhpipe.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.input.InputException;

class OutputFileTest {
    @TempDir
    Path dir;

    private static void write(OutputFile out, String text) throws IOException {
        out.stream().write(text.getBytes(UTF_8));
        out.commit();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileAppearsOnlyOnCommit() throws IOException {
        Path file = dir.resolve("out.txt");
        OutputFile out = OutputFile.open(file);
        assertTrue(out.isAtomic());
        out.stream().write("新".getBytes(UTF_8));
        out.stream().flush();
        assertFalse(Files.exists(file), "nothing under the name before commit");
        out.commit();
        assertEquals("新", Files.readString(file));
        assertEquals(List.of("out.txt"), names(), "no temporary file left");
    }

    @Test
    void abortLeavesAnExistingFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "old");
        OutputFile out = OutputFile.open(file);
        out.stream().write("new".getBytes(UTF_8));
        out.abort(new IOException("stop"));
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("out.txt"), names());
    }

    @Test
    void aSymbolicLinkIsKeptAndItsTargetReplaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());
        write(OutputFile.open(link), "new\n");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new\n", Files.readString(real));
        assertEquals(List.of("link.txt", "real.txt"), names());
    }

    @Test
    void aDanglingSymbolicLinkCreatesItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("target.txt"));
        write(OutputFile.open(link), "x");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("x", Files.readString(dir.resolve("target.txt")));
    }

    @Test
    void anExistingFileKeepsItsPermissionBits() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "old");
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        write(OutputFile.open(file), "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void devicesAreWrittenThroughNeverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && Files.isWritable(devNull));
        OutputFile out = OutputFile.open(devNull);
        assertFalse(out.isAtomic());
        write(out, "gone");
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
        assertTrue(OutputFile.isWrittenThrough(Path.of("/dev/stdout")));
        assertFalse(OutputFile.isWrittenThrough(dir.resolve("new.txt")));
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), UTF_8);
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
        OutputFile out = OutputFile.open(fifo);
        assertFalse(out.isAtomic());
        write(out, "through the pipe\n");
        assertEquals("through the pipe\n", reader.get(10, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO was not replaced");
        assertEquals(List.of("fifo"), names());
    }

    @Test
    void aFullDiskIsNamedInTheError() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && Files.isWritable(full));
        OutputFile out = OutputFile.open(full);
        OutputException e = assertThrows(OutputException.class, () -> {
            out.stream().write(new byte[100_000]);
            out.commit();
        });
        assertEquals("cannot write /dev/full: no space left on device: free some space or write elsewhere",
                e.getMessage());
    }

    @Test
    void aFolderWithoutWritePermissionIsNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "root may write anywhere");
            InputException e = assertThrows(InputException.class, () -> OutputFile.open(folder.resolve("o.txt")));
            assertEquals("cannot write output " + folder.resolve("o.txt") + ": permission denied in folder "
                    + folder + ": check its permissions or choose another folder", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void staleTemporaryFilesOfTheSameNameAreRemovedFreshOnesKept() throws IOException {
        Path stale = Files.writeString(dir.resolve(".out.txt.tmp-1a2b3c"), "killed run");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Path fresh = Files.writeString(dir.resolve(".out.txt.tmp-4d5e"), "a run still going");
        Path other = Files.writeString(dir.resolve(".other.txt.tmp-1a2b3c"), "another output's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Path notOurs = Files.writeString(dir.resolve(".out.txt.tmp-notes"), "not hex: a user's file");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        write(OutputFile.open(dir.resolve("out.txt")), "x");
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh) && Files.exists(other) && Files.exists(notOurs));
    }

    @Test
    void theTemporaryNamePatternIsExact() {
        assertTrue(TemporaryFiles.isTemporaryOf(TemporaryFiles.name("a.txt", -1L), "a.txt"));
        assertTrue(TemporaryFiles.isTemporaryOf(".a.txt.tmp-0", "a.txt"));
        assertFalse(TemporaryFiles.isTemporaryOf(".a.txt.tmp-", "a.txt"));
        assertFalse(TemporaryFiles.isTemporaryOf(".a.txt.tmp-xyz", "a.txt"));
        assertFalse(TemporaryFiles.isTemporaryOf(".b.txt.tmp-00", "a.txt"));
        assertFalse(TemporaryFiles.isTemporaryOf(".a.txt.tmp-00000000000000000", "a.txt"));
    }

    @Test
    void aRegularOutputRefusesADevice() {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        InputException e = assertThrows(InputException.class,
                () -> OutputFile.openRegular(Path.of("/dev/null"), "the fitted spec"));
        assertTrue(e.getMessage().startsWith("cannot write the fitted spec to /dev/null: it is not a regular file"),
                e.getMessage());
    }
}

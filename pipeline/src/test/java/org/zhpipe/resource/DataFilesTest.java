package org.zhpipe.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsAWholeFile() throws IOException {
        Path file = Files.writeString(dir.resolve("words.txt"), "中文 3\n𠀀 1\n");
        assertArrayEquals("中文 3\n𠀀 1\n".getBytes(StandardCharsets.UTF_8), DataFiles.read(file));
    }

    @Test
    void aDeviceIsRefusedAtOnce() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        IOException e = assertThrows(IOException.class, () -> DataFiles.read(Path.of("/dev/zero")));
        assertEquals("it is a device, not a file: give the path of the file", e.getMessage());
        assertThrows(IOException.class, () -> DataFiles.open(Path.of("/dev/zero")));
    }

    @Test
    void aFolderOrAMissingFileIsRefused() {
        IOException folder = assertThrows(IOException.class, () -> DataFiles.read(dir));
        assertEquals("it is a folder, not a file: give the path of the file", folder.getMessage());
        assertThrows(NoSuchFileException.class, () -> DataFiles.read(dir.resolve("missing.txt")));
    }

    @Test
    void readingStopsPastTheLimit() throws IOException {
        byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(ten, DataFiles.read(new ByteArrayInputStream(ten), 10));
        IOException e = assertThrows(IOException.class, () -> DataFiles.read(new ByteArrayInputStream(ten), 9));
        assertEquals("it is larger than 9 bytes, the limit for such a file: check that it is the right file",
                e.getMessage());
        IOException big = assertThrows(IOException.class,
                () -> DataFiles.read(new ByteArrayInputStream(new byte[(1 << 20) + 1]), 1 << 20));
        assertEquals("it is larger than 1 MiB, the limit for such a file: check that it is the right file",
                big.getMessage());
        try (InputStream bounded = DataFiles.bounded(new ByteArrayInputStream(ten), 5)) {
            assertThrows(IOException.class, bounded::readAllBytes);
        }
    }
}

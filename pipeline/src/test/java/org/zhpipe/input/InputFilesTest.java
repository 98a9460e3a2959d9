package org.zhpipe.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, relative);
    }

    @Test
    void walksFoldersRecursivelyInPathOrderSkippingHiddenFilesAndFolders() throws IOException {
        Path b = touch("corpus/b.txt");
        Path a2 = touch("corpus/a/2.txt");
        Path a1 = touch("corpus/a/1.txt.gz");
        Path deep = touch("corpus/a/z/deep.txt");
        touch("corpus/.hidden.txt");
        touch("corpus/.git/config");
        touch("corpus/a/.cache/x.txt");
        assertEquals(List.of(a1, a2, deep, b), InputFiles.expand(List.of(dir.resolve("corpus"))));
    }

    @Test
    void filesStandForThemselvesInTheOrderGivenEvenWhenHidden() throws IOException {
        Path z = touch("z.txt");
        Path hidden = touch(".a.txt");
        Path folderFile = touch("f/x.txt");
        assertEquals(List.of(z, hidden, folderFile), InputFiles.expand(List.of(z, hidden, dir.resolve("f"))));
    }

    @Test
    void symbolicLinksAreFollowedAndALoopIsAnInputError() throws IOException {
        Path real = touch("real/x.txt");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        assertEquals(List.of(link.resolve("x.txt")), InputFiles.expand(List.of(link)));
        assertEquals(real, InputFiles.expand(List.of(dir.resolve("real"))).get(0));
        Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));
        InputException e = assertThrows(InputException.class, () -> InputFiles.expand(List.of(dir.resolve("real"))));
        assertTrue(e.getMessage().contains("symbolic link loop"), e.getMessage());
    }

    @Test
    void aMissingPathIsAnInputErrorNamingIt() {
        Path missing = dir.resolve("nope.txt");
        InputException e = assertThrows(InputException.class, () -> InputFiles.expand(List.of(missing)));
        assertEquals("no such file or folder: " + missing + ": check the path", e.getMessage());
    }

    @Test
    void aFolderWithoutVisibleFilesIsAnInputError() throws IOException {
        touch("empty/.only-hidden");
        Files.createDirectories(dir.resolve("empty/sub"));
        InputException e = assertThrows(InputException.class,
                () -> InputFiles.expand(List.of(dir.resolve("empty"))));
        assertTrue(e.getMessage().startsWith("no input files in folder " + dir.resolve("empty")), e.getMessage());
    }
}

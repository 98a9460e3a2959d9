package org.zhpipe.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcePolicyTest {
    @TempDir
    Path dir;

    @Test
    void anyAllowsEverythingAndUnderAllowsOnlyItsRoots() throws IOException {
        Path inside = Files.writeString(Files.createDirectories(dir.resolve("root/sub")).resolve("a.txt"), "x");
        assertEquals(Path.of("/etc/passwd"), ResourcePolicy.ANY.check(Path.of("/etc/passwd"), "file"));
        ResourcePolicy policy = ResourcePolicy.under(dir.resolve("root"));
        assertEquals(inside, policy.check(inside, "file"));
        assertEquals(dir.resolve("root/new.txt"), policy.check(dir.resolve("root/new.txt"), "file"));
        ResourceRefusedException e = assertThrows(ResourceRefusedException.class,
                () -> policy.check(dir.resolve("root/../outside.txt"), "stopword file \"../outside.txt\""));
        assertEquals("stopword file \"../outside.txt\" is outside the folders this application reads data files from; "
                + "put the file in one of them, or ask its administrator", e.getMessage());
        assertTrue(e instanceof DataFileException);
        assertThrows(ResourceRefusedException.class, () -> policy.check(dir.resolve("rootless.txt"), "file"),
                "a sibling whose name starts like the root is outside");
    }

    @Test
    void aReferenceIsBundledByNameOrPrefixElseAPathAgainstTheSpecFolder() {
        Set<String> names = Set.of("core", "jieba");
        assertEquals(new DataFileRef("core", null), DataFileRef.of("core", names, dir));
        assertEquals(new DataFileRef("jieba", null), DataFileRef.of("bundled:jieba", names, dir));
        assertEquals(new DataFileRef(null, dir.resolve("./core")), DataFileRef.of("./core", names, dir));
        assertEquals(new DataFileRef(null, dir.resolve("user.dict")), DataFileRef.of("user.dict", names, dir));
        assertEquals(new DataFileRef(null, Path.of("user.dict")), DataFileRef.of("user.dict", names, null));
        assertEquals(new DataFileRef(null, Path.of("/abs/x")), DataFileRef.of("/abs/x", names, dir));
        DataFileException e = assertThrows(DataFileException.class, () -> DataFileRef.of("bundled:x", names, dir));
        assertEquals("no bundled data named \"x\"; bundled: core, jieba", e.getMessage());
    }
}

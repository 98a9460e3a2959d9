package org.zhpipe.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.resource.ResourcePolicy;
import org.zhpipe.stage.Pipeline;

/** One rule for the data files a spec names: bundled names, paths relative to the spec, and the resource policy. */
class DataFileResolutionTest {
    @TempDir
    Path dir;

    /** A spec in its own folder naming a stopword file, a user dictionary and an OpenCC configuration beside it. */
    private Path specWithFilesBeside() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("project/specs"));
        Files.writeString(folder.resolve("stopwords.txt"), "的\n");
        Files.writeString(folder.resolve("user.dict"), "云计算 100 n\n");
        Files.writeString(folder.resolve("mine.json"), "{\"name\": \"mine\", \"conversion_chain\": [{\"dict\": "
                + "{\"type\": \"text\", \"file\": \"Mine.txt\"}}]}");
        Files.writeString(folder.resolve("Mine.txt"), "雲\t云\n");
        return Files.writeString(folder.resolve("spec.json"), "{\"zhpipe\": 1, \"stages\": ["
                + "{\"type\": \"convert\", \"config\": \"mine.json\"},"
                + "{\"type\": \"segment\", \"userDictionaries\": [\"user.dict\"]},"
                + "{\"type\": \"stopwords\", \"lists\": [], \"files\": [\"stopwords.txt\"]}]}");
    }

    @Test
    void relativeDataFilesAreResolvedAgainstTheSpecFolderWhateverTheWorkingDirectory() throws IOException {
        Path spec = specWithFilesBeside();
        // the working directory of the test is the module folder, where none of these files are
        assertFalse(Files.exists(Path.of("stopwords.txt")) || Files.exists(Path.of("user.dict")));
        Pipeline pipeline = Spec.read(spec).build();
        assertEquals("云计算 技术", pipeline.process("雲计算的技术").output());
    }

    @Test
    void aPolicyConfinedToTheSpecFolderAllowsItsFiles() throws IOException {
        Path spec = specWithFilesBeside();
        Pipeline pipeline = Spec.read(spec).build(new ResourceCache(), ResourcePolicy.under(spec.getParent()));
        assertEquals("云计算 技术", pipeline.process("雲计算的技术").output());
    }

    @Test
    void aConfinedPolicyRefusesOtherFilesWithoutQuotingThem() throws IOException {
        Path passwd = Path.of("/etc/passwd");
        assumeTrue(Files.isReadable(passwd));
        String firstLine = Files.readAllLines(passwd).get(0);
        ResourcePolicy policy = ResourcePolicy.under(dir);
        for (String inline : new String[] {"segment,stopwords:files=/etc/passwd",
                "segment:dictionary=/etc/passwd", "segment:userDictionaries=../../../../../../etc/passwd"}) {
            SpecException e = assertThrows(SpecException.class,
                    () -> Spec.parseInline(inline).build(new ResourceCache(), policy), inline);
            assertTrue(e.getMessage().contains("is outside the folders this application reads data files from"),
                    e.getMessage());
            assertFalse(e.getMessage().contains(firstLine), "the refused file is not quoted: " + e.getMessage());
        }
    }

    @Test
    void anOpenccConfigurationCannotReachOutsideTheAllowedFolders() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/etc/passwd")));
        Path config = Files.writeString(dir.resolve("evil.json"), "{\"name\": \"evil\", \"conversion_chain\": "
                + "[{\"dict\": {\"type\": \"text\", \"file\": \"/etc/passwd\"}}]}");
        Spec spec = Spec.parse("{\"zhpipe\": 1, \"stages\": [{\"type\": \"convert\", \"config\": \"" + config
                + "\"}]}", "spec", StageRegistry.standard());
        SpecException e = assertThrows(SpecException.class,
                () -> spec.build(new ResourceCache(), ResourcePolicy.under(dir)));
        assertEquals("spec:1:46: stages[0].config: OpenCC dictionary \"/etc/passwd\" is outside the folders this "
                + "application reads data files from; put the file in one of them, or ask its administrator",
                e.getMessage());
    }

    @Test
    void aLinkInsideARootToAFileOutsideIsRefused() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/etc/passwd")));
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createSymbolicLink(root.resolve("stop.txt"), Path.of("/etc/passwd"));
        SpecException e = assertThrows(SpecException.class, () -> Spec.parseInline("segment,stopwords:files="
                + root.resolve("stop.txt")).build(new ResourceCache(), ResourcePolicy.under(root)));
        assertTrue(e.getMessage().contains("is outside the folders"), e.getMessage());
    }

    @Test
    void bundledDataIsNamedBareOrWithThePrefixAndAFileOfTheSameNameWithAFolder() throws IOException {
        assertEquals(Spec.parseInline("segment:dictionary=core").build().process("研究生命").output(),
                Spec.parseInline("segment:dictionary=bundled:core").build().process("研究生命").output());
        SpecException unknown = assertThrows(SpecException.class,
                () -> Spec.parseInline("segment:dictionary=bundled:cor").build());
        assertEquals("inline:1:20: stages[0].dictionary: no bundled data named \"cor\"; bundled: core, jieba",
                unknown.getMessage());
        // OpenCC's spelling of a bundled configuration still loads the bundled one
        assertEquals("忧郁", Spec.parseInline("convert:t2s.json").build().process("憂鬱").output());
        Path core = Files.writeString(dir.resolve("core"), "研究生 5 n\n");
        Spec spec = Spec.parse("{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\", \"dictionary\": \"./core\", "
                + "\"hmm\": false}]}", "spec", StageRegistry.standard()).withBaseDirectory(dir);
        assertEquals("研究生 命", spec.build().process("研究生命").output());
        assertTrue(Files.exists(core));
    }
}

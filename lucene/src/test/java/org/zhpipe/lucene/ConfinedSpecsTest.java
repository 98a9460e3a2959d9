package org.zhpipe.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.resource.ResourceRefusedException;
import org.zhpipe.stage.Pipeline;

class ConfinedSpecsTest {
    @TempDir
    Path dir;

    private Path root() throws IOException {
        return Files.createDirectories(dir.resolve("config/zhpipe"));
    }

    private static List<String> terms(Pipeline pipeline, String text) {
        return pipeline.process(text).tokens().terms();
    }

    @Test
    void specFileUnderTheRootReadsItsDataFilesBesideIt() throws IOException {
        Path root = root();
        Files.writeString(root.resolve("words.txt"), "卷积神经网络\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("ai.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\", "
                + "\"userDictionaries\": [\"words.txt\"]}]}", StandardCharsets.UTF_8);
        Pipeline pipeline = ConfinedSpecs.forTokenizer(null, "ai.json", root, new ResourceCache());
        assertEquals(List.of("卷积神经网络", "很", "强"), terms(pipeline, "卷积神经网络很强"));
    }

    @Test
    void inlineSpecResolvesDataFilesAgainstTheRoot() throws IOException {
        Path root = root();
        Files.writeString(root.resolve("words.txt"), "卷积神经网络\n", StandardCharsets.UTF_8);
        Pipeline pipeline = ConfinedSpecs.forTokenizer(
                "{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\", \"userDictionaries\": [\"words.txt\"]}]}",
                null, root, new ResourceCache());
        assertEquals("卷积神经网络", terms(pipeline, "卷积神经网络").get(0));
    }

    @Test
    void filesOutsideTheRootAreRefusedWithoutBeingQuoted() throws IOException {
        Path root = root();
        Path secret = Files.writeString(dir.resolve("config/secret.yml"), "password: hunter2\n",
                StandardCharsets.UTF_8);
        ResourceRefusedException specFile = assertThrows(ResourceRefusedException.class,
                () -> ConfinedSpecs.forTokenizer(null, "../secret.yml", root, new ResourceCache()));
        assertFalse(specFile.getMessage().contains("hunter2"), specFile.getMessage());
        assertTrue(specFile.getMessage().startsWith("spec file \"../secret.yml\" is outside"), specFile.getMessage());

        RuntimeException dictionary = assertThrows(RuntimeException.class, () -> ConfinedSpecs.forTokenizer(
                "{\"zhpipe\": 1, \"stages\": [{\"type\": \"segment\", \"userDictionaries\": [\"" + secret + "\"]}]}",
                null, root, new ResourceCache()));
        assertFalse(dictionary.getMessage().contains("hunter2"), dictionary.getMessage());
        assertTrue(dictionary.getMessage().contains("outside the folders"), dictionary.getMessage());
    }

    @Test
    void aLinkInsideTheRootToAFileOutsideIsRefused() throws IOException {
        Path root = root();
        Path outside = Files.writeString(dir.resolve("outside.json"), "{\"zhpipe\": 1, \"stages\": [{\"type\": "
                + "\"segment\"}]}", StandardCharsets.UTF_8);
        Files.createSymbolicLink(root.resolve("link.json"), outside);
        assertThrows(ResourceRefusedException.class,
                () -> ConfinedSpecs.forTokenizer(null, "link.json", root, new ResourceCache()));
    }

    @Test
    void exactlyOneOfSpecAndSpecFile() throws IOException {
        Path root = root();
        assertEquals("zhpipe: give either spec (inline or JSON) or spec_file, not neither",
                assertThrows(IllegalArgumentException.class,
                        () -> ConfinedSpecs.forTokenizer(null, null, root, new ResourceCache())).getMessage());
        assertEquals("zhpipe: give either spec (inline or JSON) or spec_file, not both",
                assertThrows(IllegalArgumentException.class,
                        () -> ConfinedSpecs.forCharFilter("halfwidth", "x.json", root, new ResourceCache()))
                        .getMessage());
    }

    @Test
    void charFilterAndTokenizerChecksApply() throws IOException {
        Path root = root();
        assertThrows(IllegalArgumentException.class,
                () -> ConfinedSpecs.forCharFilter("halfwidth,segment", null, root, new ResourceCache()));
        assertThrows(IllegalArgumentException.class,
                () -> ConfinedSpecs.forTokenizer("halfwidth", null, root, new ResourceCache()));
        Pipeline tokenizer = ConfinedSpecs.forTokenizer("convert:t2s,segment", null, root, new ResourceCache());
        assertEquals(1, ConfinedSpecs.textStages(tokenizer).stages().size());
    }
}

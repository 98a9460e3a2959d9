package org.zhpipe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.spec.FittedSpec;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.SpecException;
import org.zhpipe.stage.Pipeline;

/** What executors receive: a spec and its data files as bytes, built into a pipeline on the spot. */
class PipelineSourceTest {
    private static final String SPEC = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"tokenize\"}, {\"type\": \"tfidf\"}]}";
    private static final List<String> CORPUS = List.of("今天 天气 很好", "今天 下雨", "𠀀 天气");

    @Test
    void aFittedSpecWithItsVocabularyBuildsTheFittedPipelineAnywhere(@TempDir Path dir) throws Exception {
        Pipeline fitted = Spec.parse(SPEC).build().fit(CORPUS.stream());
        FittedSpec.Saved saved = FittedSpec.write(Spec.parse(SPEC), fitted, dir.resolve("fitted.json"));
        PipelineSource source = PipelineSource.of(Files.readString(dir.resolve("fitted.json")),
                Map.of("fitted.vocab.tsv", Files.readAllBytes(saved.model())));

        PipelineSource shipped = roundTrip(source);
        long tempFoldersBefore = tempFolders();
        Pipeline built = shipped.build();
        assertEquals(tempFoldersBefore, tempFolders(), "the temporary folder is gone");
        for (String document : CORPUS) {
            assertEquals(fitted.process(document).features(), built.process(document).features());
        }
    }

    @Test
    void aChangedVocabularyIsRefusedByItsChecksum(@TempDir Path dir) throws Exception {
        Pipeline fitted = Spec.parse(SPEC).build().fit(CORPUS.stream());
        FittedSpec.write(Spec.parse(SPEC), fitted, dir.resolve("fitted.json"));
        PipelineSource source = PipelineSource.of(Files.readString(dir.resolve("fitted.json")),
                Map.of("fitted.vocab.tsv", "term\tindex\tdf\tidf\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        SpecException e = assertThrows(SpecException.class, source::build);
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    }

    @Test
    void dataFilesAreNamedByPlainFileNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PipelineSource.of(SPEC, Map.of("../x.tsv", new byte[0])));
        assertEquals("a data file is named by a plain file name, not \"../x.tsv\"", e.getMessage());
    }

    private static long tempFolders() throws Exception {
        try (var paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return paths.filter(p -> p.getFileName().toString().startsWith("zhpipe-spec")).count();
        }
    }

    private static PipelineSource roundTrip(PipelineSource source) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(source);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (PipelineSource) in.readObject();
        }
    }
}

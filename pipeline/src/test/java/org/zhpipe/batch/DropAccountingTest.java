package org.zhpipe.batch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.input.InputException;
import org.zhpipe.output.OutputFormat;
import org.zhpipe.quality.QualityPreset;
import org.zhpipe.quality.QualityStage;
import org.zhpipe.stage.Pipeline;

/**
 * Records a document stage drops in batch runs: counted per reason, written to the rejects file with their fields,
 * reasons and signals, never to the output; records in = out + dropped + bad, under every policy and thread count.
 */
class DropAccountingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Drops documents with less than half Han characters. */
    private static final Pipeline HAN = Pipeline.builder().add("quality", QualityStage.of(new QualityStage.Params("",
            Map.of("hanShare", 0.5), Map.of(), List.of("chars"), false, List.of("zh"), List.of(),
            QualityPreset.FINEWEB2_STOPWORDS))).build();

    @TempDir
    Path dir;

    private record Run(BatchSummary summary, String out, List<String> reports) {
    }

    private Run run(BatchOptions options, byte[] input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> reports = new ArrayList<>();
        InputStream stdin = new ByteArrayInputStream(input);
        BatchSummary summary = new BatchRunner(HAN, options).run(stdin, out, reports::add);
        assertEquals(summary.recordsIn(), summary.recordsOut() + summary.dropped() + summary.skipped());
        return new Run(summary, out.toString(UTF_8), reports);
    }

    private static byte[] lines(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.writeBytes(line.getBytes(UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] withBadLine(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text);
        out.writeBytes(new byte[] {'x', (byte) 0xFF, '\n'});
        return out.toByteArray();
    }

    @Test
    void droppedRecordsAreCountedPerReasonAndWrittenOnlyToTheRejects() throws IOException {
        Path rejects = dir.resolve("rejects.jsonl");
        byte[] input = withBadLine(lines("今天天气很好", "hello world", "中文", "just english"));
        for (int workers : List.of(1, 2)) {
            for (OnError policy : List.of(OnError.SKIP, OnError.KEEP)) {
                Run r = run(BatchOptions.builder().workers(workers).batchRecords(1).onError(policy).rejects(rejects)
                        .build(), input);
                assertEquals(5, r.summary().recordsIn());
                assertEquals(2, r.summary().dropped());
                assertEquals(Map.of("quality.minHanShare", 2L), r.summary().dropReasons());
                assertEquals(1, r.summary().bad());
                assertEquals(policy == OnError.KEEP ? 3 : 2, r.summary().recordsOut());
                assertEquals(policy == OnError.KEEP ? "今天天气很好\n中文\nx\uFFFD\n" : "今天天气很好\n中文\n", r.out());
                List<String> rejected = Files.readAllLines(rejects, UTF_8);
                assertEquals(2, rejected.size());
                JsonNode first = JSON.readTree(rejected.get(0));
                assertEquals("hello world", first.get("text").asText());
                assertEquals("<stdin>:2", first.get("zhpipe").get("source").asText());
                assertEquals("minHanShare", first.get("zhpipe").get("drops").get(0).get("rule").asText());
                assertEquals("hanShare 0 < 0.5", first.get("zhpipe").get("drops").get(0).get("detail").asText());
                assertEquals(11, first.get("zhpipe").get("signals").get("chars").asInt());
                assertTrue(r.summary().format().contains("2 dropped (quality.minHanShare 2)"), r.summary().format());
            }
        }
    }

    @Test
    void jsonlRejectsKeepTheRecordsFieldsAndSignalsGoIntoTheOutput() throws IOException {
        Path rejects = dir.resolve("rejects.jsonl");
        byte[] input = lines("{\"id\":1,\"text\":\"天气很好\",\"signals\":\"old\"}", "{\"id\":2,\"text\":\"nope\",\"n\":1.50}");
        Run r = run(BatchOptions.builder().inputFormat(org.zhpipe.input.InputFormat.JSONL).signals(true)
                .rejects(rejects).workers(2).build(), input);
        assertEquals("{\"id\":1,\"text\":\"天气很好\",\"signals\":{\"chars\":4,\"hanShare\":1}}\n", r.out());
        assertEquals(List.of("{\"id\":2,\"text\":\"nope\",\"n\":1.50,\"zhpipe\":{\"source\":\"<stdin>:2\",\"drops\":[{"
                + "\"stage\":\"quality\",\"rule\":\"minHanShare\",\"detail\":\"hanShare 0 < 0.5\"}],\"signals\":{"
                + "\"chars\":4,\"hanShare\":0}}}"), Files.readAllLines(rejects, UTF_8));
    }

    @Test
    void withoutARejectsFileDroppedRecordsAreStillCounted() throws IOException {
        Run r = run(BatchOptions.builder().workers(2).build(), lines("abc", "中文"));
        assertEquals(1, r.summary().dropped());
        assertEquals("中文\n", r.out());
        assertFalse(Files.exists(dir.resolve("rejects.jsonl")));
    }

    @Test
    void theRejectsFileCannotBeTheOutput() throws IOException {
        Path out = Files.writeString(dir.resolve("out.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), out);
        for (Path rejects : List.of(out, link, dir.resolve("sub/../out.txt"))) {
            InputException e = assertThrows(InputException.class, () -> run(BatchOptions.builder().output(out)
                    .rejects(rejects).build(), lines("中文", "abc")));
            assertTrue(e.getMessage().startsWith("two outputs of this run are the same file "), e.getMessage());
        }
        assertEquals("keep me", Files.readString(out), "nothing was written");
    }

    @Test
    void signalsAndRejectsNeedADocumentStageAndJsonOutput() {
        Pipeline plain = Pipeline.builder().add(new org.zhpipe.normalize.HalfwidthStage()).build();
        InputException noStage = assertThrows(InputException.class, () -> new BatchRunner(plain,
                BatchOptions.builder().signals(true).outputFormat(OutputFormat.JSONL).build()));
        assertTrue(noStage.getMessage().startsWith("signals writes the signals of the pipeline's document stages, "
                + "and it has none"), noStage.getMessage());
        InputException text = assertThrows(InputException.class, () -> new BatchRunner(HAN,
                BatchOptions.builder().signals(true).outputFormat(OutputFormat.TEXT).build()));
        assertTrue(text.getMessage().contains("use outputFormat jsonl"), text.getMessage());
        assertThrows(InputException.class, () -> new BatchRunner(plain,
                BatchOptions.builder().rejects(dir.resolve("r.jsonl")).build()));
    }
}

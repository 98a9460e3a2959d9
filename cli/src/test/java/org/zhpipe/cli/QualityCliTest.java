package org.zhpipe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document stages from the command line: drops in the summary, --rejects, --signals, explain, report. */
class QualityCliTest {
    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        return Files.writeString(dir.resolve("corpus.txt"), "今天天气很好。\nhello world\n中文\n", StandardCharsets.UTF_8);
    }

    @Test
    void dropsAreCountedRejectedAndTheRestWritten() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Path rejects = dir.resolve("rejects.jsonl");
        CliTest.Run r = CliTest.run("run", "-p", "quality:min=hanShare:0.5", "-i", corpus().toString(), "-o",
                out.toString(), "--rejects", rejects.toString(), "--signals", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("3 records in, 2 out, 1 dropped (quality.minHanShare 1)"), r.err());
        assertEquals(List.of("{\"text\":\"今天天气很好。\",\"signals\":{\"hanShare\":0.8571428571428571}}",
                "{\"text\":\"中文\",\"signals\":{\"hanShare\":1}}"), Files.readAllLines(out));
        String reject = Files.readAllLines(rejects).get(0);
        assertTrue(reject.startsWith("{\"text\":\"hello world\",\"zhpipe\":{\"source\":\""), reject);
        assertTrue(reject.contains("corpus.txt:2\",\"drops\":[{\"stage\":\"quality\",\"rule\":\"minHanShare\""),
                reject);
    }

    @Test
    void noTokensWritesTheTextOfASegmentingPipeline() throws IOException {
        Path out = dir.resolve("out.jsonl");
        CliTest.Run r = CliTest.run("run", "-p", "segment,quality:min=hanShare:0.5", "-i", corpus().toString(), "-o",
                out.toString(), "--no-tokens", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("{\"text\":\"今天天气很好。\"}", "{\"text\":\"中文\"}"), Files.readAllLines(out));
        assertEquals("{\"text\":\"中文\"}\n", CliTest.run("run", "-p", "segment", "--no-tokens", "--format", "jsonl",
                "中文").out());
    }

    @Test
    void signalsNeedJsonAndADocumentStage() {
        CliTest.Run text = CliTest.run("run", "-p", "quality", "--signals", "--format", "text", "x");
        assertEquals(2, text.code());
        assertTrue(text.err().contains("--signals adds a \"signals\" object to JSON records: use --format jsonl"),
                text.err());
        CliTest.Run none = CliTest.run("run", "-p", "halfwidth", "--signals", "--format", "jsonl", "x");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("zhpipe: error: --signals writes the signals"), none.err());
    }

    @Test
    void aDroppedOneShotTextIsAnEmptyLineWithTheReasonOnStderr() {
        CliTest.Run r = CliTest.run("run", "-p", "quality:min=chars:3", "好", "很好很好");
        assertEquals(new CliTest.Run(0, "\n很好很好\n", "zhpipe: dropped: quality.minChars (chars 1 < 3)\n"), r);
    }

    @Test
    void reportWritesHtmlOrJson() throws IOException {
        Path html = dir.resolve("report.html");
        CliTest.Run r = CliTest.run("report", "-p", "quality:min=hanShare:0.5", "-i", corpus().toString(), "-o",
                html.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<svg") && page.contains("hello world"));
        Path json = dir.resolve("report.json");
        assertEquals(0, CliTest.run("report", "-p", "quality:min=hanShare:0.5", "-i", corpus().toString(), "-o",
                json.toString(), "-q").code());
        assertTrue(Files.readString(json).contains("\"quality.minHanShare\" : 1"));
        CliTest.Run same = CliTest.run("report", "-p", "quality", "-i", html.toString(), "-o", html.toString());
        assertEquals(2, same.code(), same.err());
    }
}

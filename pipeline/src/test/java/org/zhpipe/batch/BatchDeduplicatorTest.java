package org.zhpipe.batch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhpipe.dedup.DedupSettings;
import org.zhpipe.input.InputException;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/** Deduplicating corpora: what is kept, removed and counted, and that neither threads nor memory change it. */
class BatchDeduplicatorTest {
    private static final String P = "北京是中华人民共和国的首都，也是全国的政治中心和文化中心，有着三千多年的建城史和八百多年的建都史。"
            + "这座城市既古老又现代，故宫、长城和天坛吸引着来自世界各地的游客。";
    private static final String P_NEAR = P.replace("游客", "旅行者们");
    private static final String OTHER = "上海位于长江入海口，是中国最大的经济中心城市，港口吞吐量多年位居世界第一，金融业十分发达。";

    @TempDir
    Path dir;

    private record Run(DedupSummary summary, String out, String removed, String clusters, String rejects,
                       List<String> reports) {
    }

    private Run run(Pipeline pipeline, Path input, DedupSettings settings, int workers, int batchRecords,
                    String idField) throws IOException {
        return run(pipeline, input, settings, workers, batchRecords, idField, false);
    }

    /** @param withRejects whether the run writes a rejects file (its text is {@link Run#rejects()}) */
    private Run run(Pipeline pipeline, Path input, DedupSettings settings, int workers, int batchRecords,
                    String idField, boolean withRejects) throws IOException {
        Path removed = dir.resolve("removed-" + System.nanoTime() + ".jsonl");
        Path clusters = settings.mode() == DedupSettings.Mode.LINES ? null
                : dir.resolve("clusters-" + System.nanoTime() + ".jsonl");
        Path rejects = withRejects ? dir.resolve("rejects-" + System.nanoTime() + ".jsonl") : null;
        BatchOptions options = BatchOptions.builder().inputs(List.of(input)).onError(OnError.SKIP).workers(workers).encoding("UTF-8")
                .batchRecords(batchRecords).rejects(rejects).build();
        List<String> reports = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DedupSummary summary = new BatchDeduplicator(pipeline, options, settings, removed, clusters, idField, dir)
                .run(out, reports::add, null);
        assertEquals(summary.recordsIn(), summary.kept() + summary.removed() + summary.dropped() + summary.bad());
        assertEquals(summary.removed(), summary.exactDuplicates() + summary.nearDuplicates() + summary.emptied());
        assertEquals(summary.bad(), reports.size());
        String removedText = Files.readString(removed);
        assertEquals(summary.removed(), removedText.lines().count(), "one removed line per removed record");
        assertEquals(summary.kept(), out.toString(UTF_8).lines().count());
        String rejectsText = rejects == null ? "" : Files.readString(rejects);
        if (rejects != null) {
            assertEquals(summary.dropped(), rejectsText.lines().count(), "one rejects line per dropped record");
        }
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("zhpipe-")), "temporary files gone");
        }
        return new Run(summary, out.toString(UTF_8), removedText, clusters == null ? "" : Files.readString(clusters),
                rejectsText, reports);
    }

    @Test
    void keepsTheFirstOfEachClusterAsReadAndExplainsEveryRemovedRecord() throws IOException {
        Path input = dir.resolve("docs.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"a\",\"text\":\"Ｈｅｌｌｏ，世界\"}",
                "{\"id\":\"b\",\"text\":\"hello,世界\"}",
                "{\"id\":\"c\",\"text\":\"" + P + "\"}",
                "{\"id\":\"d\",\"text\":\"" + P_NEAR + "\",\"extra\":1}",
                "{\"id\":\"e\",\"text\":\"" + OTHER + "\"}",
                "{not json",
                "{\"id\":\"f\",\"text\":\"" + P + "\"}") + "\n", UTF_8);
        Pipeline pipeline = Spec.parseInline("halfwidth,lowercase").build();
        Run r = run(pipeline, input, DedupSettings.DEFAULTS, 2, 2, "id");
        assertEquals(7, r.summary().recordsIn());
        assertEquals(3, r.summary().kept());
        assertEquals(2, r.summary().exactDuplicates());
        assertEquals(1, r.summary().nearDuplicates());
        assertEquals(1, r.summary().bad());
        assertEquals(2, r.summary().clusters());
        assertEquals("{\"id\":\"a\",\"text\":\"Ｈｅｌｌｏ，世界\"}\n{\"id\":\"c\",\"text\":\"" + P + "\"}\n"
                + "{\"id\":\"e\",\"text\":\"" + OTHER + "\"}\n", r.out(), "the original records, not normalized");
        List<String> removed = r.removed().lines().toList();
        assertEquals("{\"id\":\"b\",\"text\":\"hello,世界\",\"zhpipe\":{\"source\":\"" + input + ":2\",\"duplicate_of\":"
                + "\"a\",\"kind\":\"exact\",\"similarity\":1.0000}}", removed.get(0));
        assertTrue(removed.get(1).startsWith("{\"id\":\"d\",\"text\":\"" + P_NEAR + "\",\"extra\":1,\"zhpipe\":"
                + "{\"source\":\"" + input + ":4\",\"duplicate_of\":\"c\",\"kind\":\"near\",\"similarity\":0.")
                , removed.get(1));
        assertTrue(removed.get(2).contains("\"source\":\"" + input + ":7\",\"duplicate_of\":\"c\",\"kind\":\"exact\""));
        List<String> clusters = r.clusters().lines().toList();
        assertEquals(5, clusters.size(), String.join("\n", clusters));
        assertEquals("{\"cluster\":\"a\",\"size\":2,\"member\":\"a\",\"similarity\":1.0000}", clusters.get(0));
        assertEquals("{\"cluster\":\"c\",\"size\":3,\"member\":\"f\",\"similarity\":1.0000}", clusters.get(4));
        assertEquals(1, r.reports().size());
        assertTrue(r.reports().get(0).startsWith("zhpipe: " + input + ":6: "), r.reports().get(0));
    }

    @Test
    void numericIdsStayNumbersInTheRemovedAndClusterRecords() throws IOException {
        Path input = dir.resolve("numbered.jsonl");
        Files.writeString(input, "{\"id\":17,\"text\":\"" + P + "\"}\n{\"id\":18,\"text\":\"" + P + "\"}\n", UTF_8);
        Run r = run(Spec.parseInline("halfwidth").build(), input, DedupSettings.DEFAULTS, 1, 512, "id");
        assertTrue(r.removed().contains("\"duplicate_of\":17,\"kind\":\"exact\""), r.removed());
        assertEquals("{\"cluster\":17,\"size\":2,\"member\":17,\"similarity\":1.0000}\n"
                + "{\"cluster\":17,\"size\":2,\"member\":18,\"similarity\":1.0000}\n", r.clusters());
    }

    @Test
    void exactModeLeavesNearDuplicatesAndLinesAreIdentifiedByFileAndLine() throws IOException {
        Path input = dir.resolve("docs.txt");
        Files.writeString(input, P + "\n" + P_NEAR + "\n" + P + "\n", UTF_8);
        Pipeline pipeline = Spec.parseInline("halfwidth").build();
        Run exact = run(pipeline, input, DedupSettings.DEFAULTS.withMode(DedupSettings.Mode.EXACT), 1, 512, null);
        assertEquals(2, exact.summary().kept());
        assertEquals(1, exact.summary().exactDuplicates());
        assertEquals("{\"text\":\"" + P + "\",\"zhpipe\":{\"source\":\"" + input + ":3\",\"duplicate_of\":\"" + input + ":1\","
                + "\"kind\":\"exact\",\"similarity\":1.0000}}\n", exact.removed());
        Run near = run(pipeline, input, DedupSettings.DEFAULTS, 1, 512, null);
        assertEquals(1, near.summary().kept());
        assertEquals(P + "\n", near.out());
    }

    /** Eight permutations (2 bands × 4 rows at 0.8): estimates off by 0.2 are common. */
    private static final DedupSettings EIGHT = DedupSettings.DEFAULTS.withPermutations(8);
    private static final DedupSettings EIGHT_EXACT = EIGHT.withVerification(DedupSettings.Verification.EXACT);

    @Test
    void exactVerificationRefusesAPairWhoseEstimatePassesButWhoseTrueJaccardDoesNot() throws IOException {
        String longer = P + OTHER.substring(0, 25); // 7 of 8 signature values agree; true Jaccard 71 / 94 = 0.7553
        Path input = dir.resolve("longer.txt");
        Files.writeString(input, P + "\n" + longer + "\n", UTF_8);
        Pipeline pipeline = Spec.parseInline("halfwidth").build();
        Run estimate = run(pipeline, input, EIGHT, 1, 512, null);
        assertEquals(1, estimate.summary().nearDuplicates());
        assertTrue(estimate.removed().contains("\"kind\":\"near\",\"similarity\":0.8750}"), estimate.removed());
        Run exact = run(pipeline, input, EIGHT_EXACT, 1, 512, null);
        assertEquals(2, exact.summary().kept(), exact.summary().format());
        assertEquals(P + "\n" + longer + "\n", exact.out());
        assertEquals("", exact.clusters());
    }

    @Test
    void exactVerificationJoinsAPairWhoseTrueJaccardPassesButWhoseEstimateDoesNotAndReportsTheTrueValue()
            throws IOException {
        String changed = P.substring(0, 24) + "变" + P.substring(25); // estimate below 0.8; true 72 / 82 = 0.8780
        Path input = dir.resolve("changed.txt");
        Files.writeString(input, P + "\n" + changed + "\n", UTF_8);
        Pipeline pipeline = Spec.parseInline("halfwidth").build();
        Run estimate = run(pipeline, input, EIGHT, 1, 512, null);
        assertEquals(2, estimate.summary().kept(), estimate.summary().format());
        Run exact = run(pipeline, input, EIGHT_EXACT, 1, 512, null);
        assertEquals(1, exact.summary().nearDuplicates(), exact.summary().format());
        assertEquals(P + "\n", exact.out());
        assertEquals("{\"text\":\"" + changed + "\",\"zhpipe\":{\"source\":\"" + input + ":2\",\"duplicate_of\":\""
                + input + ":1\",\"kind\":\"near\",\"similarity\":0.8780}}\n", exact.removed());
        assertTrue(exact.clusters().contains("\"similarity\":0.8780}"), exact.clusters());
    }

    /** 600 lines: 40 random bases, each repeated, with a character changed or five inserted. */
    private Path planted() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder corpus = new StringBuilder();
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < 80; j++) {
                s.appendCodePoint(0x4E00 + random.nextInt(3000));
            }
            bases.add(s.toString());
        }
        for (int i = 0; i < 600; i++) {
            String base = bases.get(random.nextInt(bases.size()));
            int at = random.nextInt(base.length());
            String doc = switch (random.nextInt(3)) {
                case 0 -> base;
                case 1 -> base.substring(0, at) + "变" + base.substring(Math.min(base.length(), at + 1));
                default -> base.substring(0, at) + "再加几个字" + base.substring(at);
            };
            corpus.append(doc).append('\n');
        }
        Path input = dir.resolve("many.txt");
        Files.writeString(input, corpus.toString(), UTF_8);
        return input;
    }

    @Test
    void theSameResultWithAnyWorkersBatchesAndMemoryBudget() throws IOException {
        Path input = planted();
        Pipeline pipeline = Spec.parseInline("halfwidth").build();
        Run one = run(pipeline, input, DedupSettings.DEFAULTS, 1, 512, null);
        Run two = run(pipeline, input, DedupSettings.DEFAULTS.withMemoryBytes(1000), 2, 7, null);
        assertTrue(two.summary().sortRuns() > 1, "the small budget spilled: " + two.summary() + " " + two.reports().subList(0, Math.min(2, two.reports().size())));
        assertEquals(0, one.summary().sortRuns());
        assertEquals(one.out(), two.out());
        assertEquals(one.removed(), two.removed());
        assertEquals(one.clusters(), two.clusters());
        assertTrue(one.summary().kept() >= 40 && one.summary().kept() < 100, one.summary().format());
        assertTrue(one.summary().nearDuplicates() > 100, one.summary().format());
    }

    @Test
    void exactVerificationGivesTheSameResultWithAnyWorkersBatchesAndMemoryBudget() throws IOException {
        Path input = planted();
        Pipeline pipeline = Spec.parseInline("halfwidth").build();
        DedupSettings exact = DedupSettings.DEFAULTS.withVerification(DedupSettings.Verification.EXACT);
        Run one = run(pipeline, input, exact, 1, 512, null);
        Run two = run(pipeline, input, exact.withMemoryBytes(1000), 2, 7, null);
        assertTrue(two.summary().sortRuns() > 1, "the small budget spilled: " + two.summary());
        assertEquals(one.out(), two.out());
        assertEquals(one.removed(), two.removed());
        assertEquals(one.clusters(), two.clusters());
        assertTrue(one.summary().nearDuplicates() > 100, one.summary().format());
        Run estimated = run(pipeline, input, DedupSettings.DEFAULTS, 1, 512, null);
        assertFalse(one.removed().equals(estimated.removed()), "similarities are true Jaccard values, not estimates");
    }

    /** Keeps documents with at least half Han characters. */
    private static final String QUALITY = "halfwidth,quality:min=hanShare:0.5";

    @Test
    void droppedRecordsGoToTheRejectsFileWithTheirReasonInEveryModeAndWithAnyWorkers() throws IOException {
        Path input = dir.resolve("mixed.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"a\",\"text\":\"" + P + "\"}",
                "{\"id\":\"b\",\"text\":\"hello world\",\"n\":1.50}",
                "{\"id\":\"c\",\"text\":\"" + P + "\"}",
                "{not json",
                "{\"id\":\"d\",\"text\":\"" + OTHER + "\"}",
                "{\"id\":\"e\",\"text\":\"just english\"}") + "\n", UTF_8);
        Pipeline pipeline = Spec.parseInline(QUALITY).build();
        for (DedupSettings settings : List.of(DedupSettings.DEFAULTS.withMode(DedupSettings.Mode.EXACT),
                DedupSettings.DEFAULTS, LINES)) {
            Run one = run(pipeline, input, settings, 1, 512, "id", true);
            Run two = run(pipeline, input, settings.withMemoryBytes(100), 2, 1, "id", true);
            DedupSummary s = one.summary();
            String mode = settings.mode().toString();
            assertEquals(6, s.recordsIn(), mode);
            assertEquals(2, s.dropped(), mode);
            assertEquals(1, s.bad(), mode);
            assertEquals(java.util.Map.of("quality.minHanShare", 2L), s.dropReasons(), mode);
            assertEquals(s.recordsIn(), s.kept() + s.removed() + s.dropped() + s.bad(), mode);
            List<String> rejected = one.rejects().lines().toList();
            assertEquals("{\"id\":\"b\",\"text\":\"hello world\",\"n\":1.50,\"zhpipe\":{\"source\":\"" + input
                    + ":2\",\"drops\":[{\"stage\":\"quality\",\"rule\":\"minHanShare\",\"detail\":\"hanShare 0 < "
                    + "0.5\"}],\"signals\":{\"hanShare\":0}}}", rejected.get(0), mode);
            assertTrue(rejected.get(1).startsWith("{\"id\":\"e\",\"text\":\"just english\",\"zhpipe\":{\"source\":\""
                    + input + ":6\""), rejected.get(1));
            assertFalse(one.out().contains("english") || one.removed().contains("english"), "dropped: rejects only");
            assertEquals(one.rejects(), two.rejects(), mode + ": the same bytes with any workers and budget");
            assertEquals(one.out(), two.out(), mode);
            assertEquals(one.removed(), two.removed(), mode);
        }
    }

    @Test
    void aFailedRunLeavesTheRejectsFileAsItWas() throws IOException {
        Path input = dir.resolve("bad.txt");
        Files.write(input, ("hello world\n" + P + "\nx\u00FF\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path rejects = Files.writeString(dir.resolve("rejects.jsonl"), "keep me");
        Path out = Files.writeString(dir.resolve("out.txt"), "keep me too");
        BatchOptions options = BatchOptions.builder().inputs(List.of(input)).encoding("UTF-8").output(out)
                .rejects(rejects).build();
        BatchDeduplicator dedup = new BatchDeduplicator(Spec.parseInline(QUALITY).build(), options,
                DedupSettings.DEFAULTS, null, null, null, dir);
        assertThrows(BadRecordException.class, () -> dedup.run(new ByteArrayOutputStream(), r -> { }, null));
        assertEquals("keep me", Files.readString(rejects), "the dropped record of line 1 was not committed");
        assertEquals("keep me too", Files.readString(out));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("bad.txt", "out.txt", "rejects.jsonl"), left.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void theRejectsFileIsAnOutputLikeTheOthers() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), P + "\nhello world\n", UTF_8);
        Path removed = Files.writeString(dir.resolve("removed.jsonl"), "keep me");
        Pipeline pipeline = Spec.parseInline(QUALITY).build();
        BatchOptions sameAsRemoved = BatchOptions.builder().inputs(List.of(input)).rejects(removed).build();
        InputException clash = assertThrows(InputException.class, () -> new BatchDeduplicator(pipeline,
                sameAsRemoved, DedupSettings.DEFAULTS, removed, null, null, dir)
                .run(new ByteArrayOutputStream(), r -> { }, null));
        assertTrue(clash.getMessage().startsWith("two outputs of this run are the same file "), clash.getMessage());
        assertEquals("keep me", Files.readString(removed));
        BatchOptions removedAsOther = BatchOptions.builder().inputs(List.of(input)).rejects(removed)
                .otherOutputs(List.of(removed)).build();
        assertThrows(InputException.class, () -> new BatchDeduplicator(pipeline, removedAsOther,
                DedupSettings.DEFAULTS, removed, null, null, dir).run(new ByteArrayOutputStream(), r -> { }, null),
                "also when the other outputs name the removed file, as the command line does");
        BatchOptions overInput = BatchOptions.builder().inputs(List.of(input)).rejects(input).build();
        assertThrows(InputException.class, () -> new BatchDeduplicator(pipeline, overInput, DedupSettings.DEFAULTS,
                null, null, null, dir).run(new ByteArrayOutputStream(), r -> { }, null));
        assertEquals(P + "\nhello world\n", Files.readString(input), "an input is never replaced");
        InputException nothingToDrop = assertThrows(InputException.class, () -> new BatchDeduplicator(
                Spec.parseInline("halfwidth").build(), BatchOptions.builder().inputs(List.of(input))
                .rejects(dir.resolve("r.jsonl")).build(), DedupSettings.DEFAULTS, null, null, null, null));
        assertEquals("rejects writes the records the pipeline's document stages drop, and it has none: add one, such "
                + "as {\"type\": \"quality\"}", nothingToDrop.getMessage());
    }

    @Test
    void refusesStandardInput() {
        InputException e = assertThrows(InputException.class, () -> new BatchDeduplicator(
                Spec.parseInline("halfwidth").build(), BatchOptions.builder().build(), DedupSettings.DEFAULTS, null,
                null, null, null));
        assertEquals("deduplication reads its inputs twice, so it cannot read standard input: name the input files",
                e.getMessage());
    }

    private static final DedupSettings LINES = DedupSettings.DEFAULTS.withMode(DedupSettings.Mode.LINES)
            .withMaxDocuments(2);

    @Test
    void linesModeRemovesLinesInMoreThanMaxDocumentsFromTheOriginalRecordsAndAccountsForEmptiedOnes()
            throws IOException {
        Path input = dir.resolve("pages.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"a\",\"text\":\"首页|新闻|体育\\n北京今天晴。\\n版权所有 某某网\", \"extra\": 1}",
                "{\"id\":\"b\",\"text\":\"首页｜新闻｜体育\\r\\n上海今天下雨。\\n版权所有 某某网\"}",
                "{\"id\":\"c\", \"text\":\"广州今天多云。\"}",
                "{\"id\":\"d\",\"text\":\"  首页|新闻|体育\\n\\n\"}",
                "{not json") + "\n", UTF_8);
        Pipeline pipeline = Spec.parseInline("halfwidth,whitespace:keepNewlines").build();
        Run r = run(pipeline, input, LINES, 2, 2, null);
        DedupSummary s = r.summary();
        assertEquals(5, s.recordsIn());
        assertEquals(3, s.kept());
        assertEquals(2, s.cleaned());
        assertEquals(1, s.emptied());
        assertEquals(1, s.bad());
        assertEquals(0, s.exactDuplicates() + s.nearDuplicates() + s.clusters());
        assertEquals(3, s.linesRemoved(), "the navigation line of a, b and d");
        assertEquals(1, s.boilerplateLines(), "版权所有 is in 2 documents only");
        assertEquals("{\"id\":\"a\",\"text\":\"北京今天晴。\\n版权所有 某某网\",\"extra\":1}\n"
                + "{\"id\":\"b\",\"text\":\"上海今天下雨。\\n版权所有 某某网\"}\n"
                + "{\"id\":\"c\", \"text\":\"广州今天多云。\"}\n", r.out(),
                "original text without the line (full-width ｜ and CR too); an untouched record as read");
        assertEquals("{\"id\":\"d\",\"text\":\"  首页|新闻|体育\\n\\n\",\"zhpipe\":{\"source\":\"" + input
                + ":4\",\"kind\":\"emptied\",\"lines_removed\":1}}\n", r.removed());
        assertTrue(s.format().startsWith("5 records in, 3 kept (2 with lines removed), 1 emptied; 3 lines removed "
                + "(1 distinct line in more than 2 records), 1 bad; "), s.format());
    }

    @Test
    void linesModeOnLineInputEmptiesEveryCopyOfARecordInMoreThanMaxDocuments() throws IOException {
        Path input = dir.resolve("lines.txt");
        Files.writeString(input, "点击查看更多\n" + P + "\n点击查看更多\n" + OTHER + "\n点击查看更多\n" + P + "\n",
                UTF_8);
        Run r = run(Spec.parseInline("halfwidth").build(), input, LINES, 1, 512, null);
        assertEquals(P + "\n" + OTHER + "\n" + P + "\n", r.out(), "P is in 2 documents only");
        assertEquals(3, r.summary().emptied());
        assertEquals("{\"text\":\"点击查看更多\",\"zhpipe\":{\"source\":\"" + input + ":1\",\"kind\":\"emptied\","
                + "\"lines_removed\":1}}", r.removed().lines().findFirst().orElseThrow());
    }

    @Test
    void linesModeGivesTheSameBytesWithAnyWorkersBatchesAndMemoryBudget() throws IOException {
        SplittableRandom random = new SplittableRandom(9);
        List<String> shared = List.of("首页 | 新闻 | 体育 | 财经", "版权所有 © 2024 某某网 保留所有权利", "扫一扫，关注我们",
                "上一篇：无", "责任编辑：张三");
        StringBuilder corpus = new StringBuilder();
        for (int d = 0; d < 300; d++) {
            StringBuilder text = new StringBuilder();
            for (int l = 0; l < 6; l++) {
                if (random.nextInt(3) == 0) {
                    text.append(shared.get(random.nextInt(shared.size())));
                } else {
                    for (int c = 0; c < 20; c++) {
                        text.appendCodePoint(0x4E00 + random.nextInt(3000));
                    }
                }
                text.append(random.nextInt(5) == 0 ? "\\n\\n" : "\\n");
            }
            corpus.append("{\"n\":").append(d).append(",\"text\":\"").append(text).append("\"}\n");
        }
        Path input = dir.resolve("pages.jsonl");
        Files.writeString(input, corpus.toString(), UTF_8);
        Pipeline pipeline = Spec.parseInline("halfwidth,whitespace:keepNewlines").build();
        DedupSettings settings = LINES.withMaxDocuments(10);
        Run one = run(pipeline, input, settings, 1, 512, null);
        Run two = run(pipeline, input, settings.withMemoryBytes(100), 2, 7, null);
        assertEquals(0, one.summary().sortRuns());
        assertTrue(two.summary().sortRuns() > 1, "the small budget spilled: " + two.summary());
        assertEquals(one.out(), two.out());
        assertEquals(one.removed(), two.removed());
        assertEquals(shared.size(), one.summary().boilerplateLines(), one.summary().format());
        assertTrue(one.summary().emptied() > 0 && one.summary().cleaned() > 100, one.summary().format());
        for (String line : shared) {
            assertFalse(one.out().contains(line), line);
        }
    }

    @Test
    void linesModeFormsNoClusters() {
        InputException e = assertThrows(InputException.class, () -> new BatchDeduplicator(
                Spec.parseInline("halfwidth").build(), BatchOptions.builder().inputs(List.of(dir.resolve("a.txt")))
                .build(), LINES, null, dir.resolve("clusters.jsonl"), null, null));
        assertEquals("lines mode forms no clusters: leave out the clusters file", e.getMessage());
    }
}

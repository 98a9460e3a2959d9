package org.zhpipe.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenCC 1.4.1's own test cases ({@code test/testcases/testcases.json}, as the TSV in {@code ../shared/eval}), over
 * the 16 bundled configurations with tofu-risk dictionaries included, as OpenCC's test runner does
 * ({@code test/CommandLineConvertTest.cpp} passes {@code --include-tofu-risk-dictionaries}). Skipped when
 * {@code ../shared} is absent.
 */
class OpenccConformanceTest {
    private static Path cases;

    private record Case(String config, String id, String input, String expected) {
    }

    @BeforeAll
    static void findCases() {
        cases = Path.of(System.getProperty("zhpipe.root", ".."))
                .resolve("../shared/eval/opencc-1.4.1/testcases/testcases.tsv");
    }

    private static List<Case> read() throws IOException {
        assumeTrue(Files.isRegularFile(cases), "OpenCC test cases not found at " + cases);
        List<String> lines = Files.readAllLines(cases, StandardCharsets.UTF_8);
        assertEquals("config\tid\tinput\texpected", lines.get(0));
        List<Case> result = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertEquals(4, f.length, line);
            result.add(new Case(f[0], f[1], f[2], f[3]));
        }
        return result;
    }

    @Test
    void everyCaseOfEveryConfiguration() throws IOException {
        List<Case> all = read();
        OpenccLoader loader = new OpenccLoader();
        Map<String, OpenccConverter> converters = new TreeMap<>();
        Map<String, List<String>> failures = new TreeMap<>();
        for (Case c : all) {
            OpenccConverter converter = converters.computeIfAbsent(c.config(), loader::bundled);
            String actual = converter.convert(c.input());
            if (!actual.equals(c.expected())) {
                failures.computeIfAbsent(c.config(), k -> new ArrayList<>())
                        .add(c.id() + "\t" + c.input() + "\t" + c.expected() + "\t" + actual);
            }
        }
        if (!failures.isEmpty()) {
            StringBuilder table = new StringBuilder();
            int count = 0;
            for (Map.Entry<String, List<String>> e : failures.entrySet()) {
                table.append("\n").append(e.getKey()).append(": ").append(e.getValue().size()).append(" failing\n")
                        .append("  id\tinput\texpected\tactual\n");
                for (String row : e.getValue()) {
                    table.append("  ").append(row).append('\n');
                    count++;
                }
            }
            fail(count + " of " + all.size() + " OpenCC cases fail:" + table);
        }
        assertEquals(OpenccConverter.bundledNames().size(), converters.size(), "configurations with cases");
        assertTrue(all.size() >= 475, "cases: " + all.size());
    }

    /** The other ways to convert agree with {@link OpenccConverter#convert(String)} on every case. */
    @Test
    void piecesAndInspectionAgreeWithConvert() throws IOException {
        OpenccLoader loader = new OpenccLoader();
        Map<String, OpenccConverter> converters = new TreeMap<>();
        for (Case c : read()) {
            OpenccConverter converter = converters.computeIfAbsent(c.config(), loader::bundled);
            String expected = converter.convert(c.input());
            StringBuilder pieces = new StringBuilder();
            int[] covered = {0};
            converter.convert(c.input(), (start, end, output) -> {
                assertEquals(covered[0], start, c.id());
                assertTrue(end > start, c.id());
                covered[0] = end;
                pieces.append(output);
            });
            assertEquals(c.input().length(), covered[0], c.id());
            assertEquals(expected, pieces.toString(), c.config() + " " + c.id());
            StringBuilder inspected = new StringBuilder();
            for (InspectedSegment s : converter.inspect(c.input())) {
                inspected.append(s.output());
            }
            assertEquals(expected, inspected.toString(), c.config() + " " + c.id());
        }
    }
}

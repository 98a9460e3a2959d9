package org.zhpipe.pii;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the scanner on {@code pii-eval.tsv} (written for zhpipe by {@link PiiEvalSetGenerator}): per type, the
 * expected matches, the matches found, and those with exactly the expected type and span; precision and recall from
 * them. {@link PiiEvalTest} asserts the floors; {@link #main} prints the table (the one in the README):
 *
 * <pre>{@code
 * mvn -B -o -q -pl pipeline test-compile
 * java -cp pipeline/target/test-classes:pipeline/target/classes org.zhpipe.pii.PiiEval
 * }</pre>
 */
final class PiiEval {
    static final String FILE = "pii-eval.tsv";

    /** One line of the set: a sentence and the matches expected in it. */
    record Line(boolean positive, String sentence, List<PiiScanner.Match> expected) {
    }

    /** True positives, false positives and false negatives. */
    static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        int expected() {
            return truePositives + falseNegatives;
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return expected() == 0 ? 1 : truePositives / (double) expected();
        }
    }

    final List<Line> lines;
    final Map<PiiType, Counts> counts = new EnumMap<>(PiiType.class);
    final Counts all = new Counts();
    final List<String> errors = new ArrayList<>();
    int positives;
    int negatives;

    PiiEval(List<Line> lines, PiiScanner scanner) {
        this.lines = lines;
        for (PiiType t : PiiType.values()) {
            counts.put(t, new Counts());
        }
        for (Line line : lines) {
            if (line.positive()) {
                positives++;
            } else {
                negatives++;
            }
            List<PiiScanner.Match> found = scanner.find(line.sentence());
            Set<PiiScanner.Match> expected = new HashSet<>(line.expected());
            for (PiiScanner.Match m : found) {
                Counts c = counts.get(m.type());
                if (expected.contains(m)) {
                    c.truePositives++;
                    all.truePositives++;
                } else {
                    c.falsePositives++;
                    all.falsePositives++;
                    errors.add("false positive " + describe(line.sentence(), m));
                }
            }
            Set<PiiScanner.Match> foundSet = new HashSet<>(found);
            for (PiiScanner.Match m : line.expected()) {
                if (!foundSet.contains(m)) {
                    counts.get(m.type()).falseNegatives++;
                    all.falseNegatives++;
                    errors.add("missed " + describe(line.sentence(), m));
                }
            }
        }
    }

    /** Reads the set from the class path. */
    static List<Line> read() throws IOException {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = PiiEval.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IOException(FILE + " is not on the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int number = 0;
            for (String line : text.split("\n")) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                String sentence = fields[1];
                List<PiiScanner.Match> expected = new ArrayList<>();
                int from = 0;
                for (int k = 2; k < fields.length; k++) {
                    int eq = fields[k].indexOf('=');
                    String typeName = fields[k].substring(0, eq);
                    PiiType type = PiiType.bySpecName(typeName).orElseThrow(
                            () -> new IOException(FILE + ":" + " unknown type " + typeName));
                    String value = fields[k].substring(eq + 1);
                    int start = sentence.indexOf(value, from);
                    if (start < 0) {
                        throw new IOException(FILE + ":" + number + ": no \"" + value + "\" in the sentence");
                    }
                    expected.add(new PiiScanner.Match(type, start, start + value.length()));
                    from = start + value.length();
                }
                boolean positive = fields[0].equals("pos");
                if (positive == expected.isEmpty() || !positive && !fields[0].equals("neg")) {
                    throw new IOException(FILE + ":" + number + ": pos needs matches, neg none");
                }
                lines.add(new Line(positive, sentence, expected));
            }
        }
        return lines;
    }

    /** The table in Markdown, with a line on the set above it. */
    String table() {
        StringBuilder b = new StringBuilder(String.format("%d sentences with personal data (%d expected matches), "
                + "%d hard negatives%n%n", positives, all.expected(), negatives));
        b.append("| type | expected | found | right | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        for (PiiType t : PiiType.values()) {
            b.append(row("`" + t.specName() + "`", counts.get(t)));
        }
        return b.append(row("**all**", all)).toString();
    }

    private static String row(String name, Counts c) {
        return String.format("| %s | %d | %d | %d | %.3f | %.3f |%n", name, c.expected(),
                c.truePositives + c.falsePositives, c.truePositives, c.precision(), c.recall());
    }

    private static String describe(String sentence, PiiScanner.Match m) {
        return m.type() + " \"" + sentence.substring(m.start(), m.end()) + "\" in " + sentence;
    }

    public static void main(String[] args) throws IOException {
        PiiEval eval = new PiiEval(read(), new PiiScanner());
        System.out.print(eval.table());
        eval.errors.forEach(System.out::println);
    }
}

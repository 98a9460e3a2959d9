package org.zhpipe.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhpipe.batch.BatchSummary;
import org.zhpipe.batch.ResultObserver;
import org.zhpipe.convert.ScriptStage;
import org.zhpipe.lang.LanguageModel;
import org.zhpipe.stage.DocumentStage;
import org.zhpipe.stage.Drop;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;
import org.zhpipe.stage.Signals;
import org.zhpipe.text.Tokens;

/**
 * Gathers a {@link CorpusReport} while a batch run shows it each record ({@link ResultObserver}), in bounded memory:
 * exact counts, minimums, maximums and means; histograms from a uniform sample of at most {@link #SAMPLE} values per
 * signal (reservoir sampling with a fixed seed: the same corpus gives the same report, whatever the number of
 * workers); the first {@link #EXAMPLES} documents per drop reason; each document's script label and top language
 * (OpenNLP's model, over its first 1,000 characters, loaded once per collector); character counts exactly, word counts in at
 * most {@link #MAX_WORDS} distinct words (when more appear, the words seen once are forgotten, so rare words'
 * counts may be low). Called on one thread; not thread-safe.
 */
public final class ReportCollector implements ResultObserver {
    static final int SAMPLE = 20_000;
    static final int EXAMPLES = 3;
    static final int MAX_WORDS = 500_000;
    static final int EXAMPLE_CHARS = 300;

    private final List<String> signalNames;
    private final Map<String, List<DocumentStage.Bound>> bounds = new LinkedHashMap<>();
    private final Map<String, Values> values = new LinkedHashMap<>();
    private final Values lengths = new Values();
    private final Map<String, List<CorpusReport.Example>> examples = new LinkedHashMap<>();
    private final Map<String, Long> scripts = new LinkedHashMap<>();
    private final Map<Integer, long[]> characters = new HashMap<>();
    private final Map<String, long[]> words = new HashMap<>();
    private final ScriptStage script = ScriptStage.of(ScriptStage.Params.DEFAULTS);
    private final LanguageModel languages = LanguageModel.bundled();
    private final Map<String, Long> languageCounts = new HashMap<>();
    private long kept;
    private long dropped;

    /** A collector for the signals and bounds of {@code pipeline}'s document stages. */
    public ReportCollector(Pipeline pipeline) {
        this.signalNames = pipeline.signalNames();
        for (String name : signalNames) {
            values.put(name, new Values());
            bounds.put(name, new ArrayList<>());
        }
        for (Pipeline.NamedStage named : pipeline.stages()) {
            if (named.stage() instanceof DocumentStage d) {
                for (DocumentStage.Bound b : d.bounds()) {
                    bounds.computeIfAbsent(b.signal(), k -> new ArrayList<>()).add(b);
                }
            }
        }
        for (ScriptStage.Label label : ScriptStage.Label.values()) {
            scripts.put(label.key(), 0L);
        }
    }

    @Override
    public void observe(String source, String text, Result result) {
        if (result.dropped()) {
            dropped++;
            for (Drop drop : result.drops()) {
                List<CorpusReport.Example> list = examples.computeIfAbsent(drop.key(), k -> new ArrayList<>());
                if (list.size() < EXAMPLES) {
                    list.add(new CorpusReport.Example(source, drop.detail(), clip(text)));
                }
            }
        } else {
            kept++;
        }
        Signals signals = result.signals();
        for (int i = 0; i < signals.size(); i++) {
            values.get(signals.name(i)).add(signals.value(i));
        }
        lengths.add(text.codePointCount(0, text.length()));
        scripts.merge(script.label(text).key(), 1L, Long::sum);
        int end = text.length() <= 1000 ? text.length() : text.offsetByCodePoints(0, Math.min(1000,
                text.codePointCount(0, text.length())));
        languageCounts.merge(languages.top(text.subSequence(0, end)), 1L, Long::sum);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isWhitespace(cp)) {
                characters.computeIfAbsent(cp, k -> new long[1])[0]++;
            }
        }
        if (result.segmented() && !result.dropped()) {
            Tokens tokens = result.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                words.computeIfAbsent(tokens.term(i), k -> new long[1])[0]++;
            }
            if (words.size() > MAX_WORDS) {
                words.values().removeIf(c -> c[0] <= 1);
            }
        }
    }

    /** The report, with the run's {@code summary} (counts, drop reasons, encodings). */
    public CorpusReport report(BatchSummary summary, String specDescription) {
        List<CorpusReport.Distribution> distributions = new ArrayList<>();
        for (String name : signalNames) {
            distributions.add(values.get(name).distribution(name, bounds.getOrDefault(name, List.of())));
        }
        List<Map.Entry<String, Long>> topCharacters = top(characters, 60).stream()
                .map(e -> Map.entry(new String(Character.toChars(e.getKey())), e.getValue())).toList();
        Map<String, Long> languageMix = new LinkedHashMap<>();
        languageCounts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(20).forEach(e -> languageMix.put(e.getKey(), e.getValue()));
        return new CorpusReport(specDescription, summary, kept, dropped, distributions,
                lengths.distribution("chars per document", List.of()), scripts, languageMix, examples,
                topCharacters, top(words, 60));
    }

    private static <K> List<Map.Entry<K, Long>> top(Map<K, long[]> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<K, long[]> e) -> -e.getValue()[0])
                        .thenComparing(e -> String.valueOf(e.getKey())))
                .limit(n).map(e -> Map.entry(e.getKey(), e.getValue()[0])).toList();
    }

    private static String clip(String text) {
        if (text.codePointCount(0, text.length()) <= EXAMPLE_CHARS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXAMPLE_CHARS)) + "…";
    }

    /** One signal's values: exact count, min, max and sum; a uniform sample for the histogram. */
    private static final class Values {
        private final double[] sample = new double[SAMPLE];
        private long count;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private double sum;
        private long state = 0x9E3779B97F4A7C15L;

        void add(double v) {
            if (count < SAMPLE) {
                sample[(int) count] = v;
            } else {
                // reservoir sampling: replace a random slot with probability SAMPLE / (count + 1)
                state = state * 6364136223846793005L + 1442695040888963407L;
                long r = Long.remainderUnsigned(state >>> 1, count + 1);
                if (r < SAMPLE) {
                    sample[(int) r] = v;
                }
            }
            count++;
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }

        CorpusReport.Distribution distribution(String name, List<DocumentStage.Bound> bounds) {
            int n = (int) Math.min(count, SAMPLE);
            double lo = count == 0 ? 0 : min;
            double hi = count == 0 ? 0 : max;
            for (DocumentStage.Bound b : bounds) {
                lo = Math.min(lo, b.value());
                hi = Math.max(hi, b.value());
            }
            int bins = 30;
            long[] histogram = new long[bins];
            double width = hi > lo ? (hi - lo) / bins : 1;
            for (int i = 0; i < n; i++) {
                int bin = hi > lo ? (int) Math.min(bins - 1, Math.floor((sample[i] - lo) / width)) : 0;
                histogram[bin]++;
            }
            return new CorpusReport.Distribution(name, count, count == 0 ? 0 : min, count == 0 ? 0 : max,
                    count == 0 ? 0 : sum / count, lo, hi, histogram, n, List.copyOf(bounds));
        }
    }
}

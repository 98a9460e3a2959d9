package org.zhpipe.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFileException;
import org.zhpipe.stage.DocumentStage;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;
import org.zhpipe.token.StopwordList;
import org.zhpipe.token.TermListReader;

/**
 * The stage type {@code quality}: measures {@link QualitySignal}s of each document and drops the documents whose
 * signals fall outside the bounds — a {@link QualityPreset}'s, and the spec's {@code min} and {@code max}, which add
 * to or override them. A drop names every rule the document breaks, in the preset's order, then the spec's: the
 * rule {@code minHanShare} is the lower bound of {@code hanShare}. Immutable and thread-safe.
 *
 * <pre>{@code
 * {"type": "quality", "preset": "fineweb2"}
 * {"type": "quality", "min": {"hanShare": 0.3, "chars": 200}, "max": {"dupLineFraction": 0.3}}
 * quality:min=hanShare:0.3|chars:200
 * }</pre>
 */
public final class QualityStage implements DocumentStage {
    /** What is measured without bounds or a list of signals: the character-level overview. */
    static final List<String> OVERVIEW = List.of("chars", "lines", "hanShare", "letterShare", "digitShare",
            "punctuationShare", "symbolShare", "whitespaceShare", "terminalLineShare", "dupLineFraction",
            "charRepetition");
    /** What {@code words: true} adds. */
    static final List<String> WORD_OVERVIEW = List.of("words", "meanWordLength", "stopwordShare",
            "nonAlphaWordShare");

    /** Parameters of {@code quality}. Inline: {@code quality:fineweb2}, {@code quality:min=hanShare:0.3|chars:200}. */
    public record Params(
            @Doc("published rules to start from: fineweb2, datajuicer_zh, chinesewebtext or mnbvc (see the README; "
                    + "each says what it leaves out); min and max add to or override its bounds")
            String preset,
            @Doc("lower bounds by signal name: a document with a signal below its bound is dropped; null removes a "
                    + "preset's bound")
            Map<String, @Nullable Double> min,
            @Doc("upper bounds by signal name: a document with a signal above its bound is dropped; null removes a "
                    + "preset's bound")
            Map<String, @Nullable Double> max,
            @Doc("signals to measure besides the bounded ones (for --signals and reports), or all; without bounds "
                    + "or signals, a character-level overview")
            List<String> signals,
            @Doc("also measure word signals (words, meanWordLength, stopwordShare, nonAlphaWordShare): the stage "
                    + "then stands after the segmenter, as it must for any bound on a word signal")
            boolean words,
            @Doc("stopword lists for stopwordShare: bundled names (zh, en, en_iso, punct)")
            List<String> stopwords,
            @Doc("files of flagged words, one per line, for flaggedWordShare")
            List<String> flaggedWords,
            @Doc("the words stopwordCount counts (default: FineWeb-2's 22 stop words for cmn_Hani)")
            List<String> countedStopwords) {
        public static final Params DEFAULTS = new Params("", Map.of(), Map.of(), List.of(), false, List.of("zh"),
                List.of(), QualityPreset.FINEWEB2_STOPWORDS);

        public Params {
            if (!preset.isEmpty() && QualityPreset.named(preset).isEmpty()) {
                throw new InvalidParameterException("preset", "unknown preset \"" + preset + "\""
                        + Suggestions.didYouMean(preset, QualityPreset.keys()) + " Presets: "
                        + String.join(", ", QualityPreset.keys()));
            }
            checkSignals("min", min.keySet());
            checkSignals("max", max.keySet());
            for (String signal : signals) {
                if (!signal.equals("all")) {
                    checkSignals("signals", List.of(signal));
                }
            }
            for (var bound : min.entrySet()) {
                Double upper = max.get(bound.getKey());
                if (bound.getValue() != null && upper != null && bound.getValue() > upper) {
                    throw new InvalidParameterException("min", bound.getKey() + ": the lower bound "
                            + format(bound.getValue()) + " is above the upper bound " + format(upper)
                            + ", so every document would be dropped");
                }
            }
            for (String name : stopwords) {
                if (!StopwordList.bundledNames().contains(name)) {
                    throw new InvalidParameterException("stopwords", "unknown stopword list \"" + name + "\""
                            + Suggestions.didYouMean(name, StopwordList.bundledNames()) + " Bundled: "
                            + String.join(", ", StopwordList.bundledNames()));
                }
            }
        }

        private static void checkSignals(String parameter, Iterable<String> names) {
            for (String name : names) {
                if (QualitySignal.named(name).isEmpty()) {
                    throw new InvalidParameterException(parameter, "unknown signal \"" + name + "\""
                            + Suggestions.didYouMean(name, QualitySignal.keys()) + " Signals: "
                            + String.join(", ", QualitySignal.keys()));
                }
            }
        }
    }

    /** The stage type {@code quality}. */
    public static final StageType<Params> TYPE = StageType.withContext("quality", StageKind.DOCUMENT,
            "Measures document signals (Han share, repetition, line statistics, word statistics) and drops "
                    + "documents outside bounds: a published preset (fineweb2, datajuicer_zh, chinesewebtext, "
                    + "mnbvc) or your own min and max.",
            Params.DEFAULTS, "preset", QualityStage::create);

    /** A bound on one measured signal. */
    private record Rule(String name, int index, boolean lower, double bound, String signal) {
    }

    private final QualityMeasurer measurer;
    private final List<String> names;
    private final Rule[] rules;
    private final boolean needsTokens;

    private QualityStage(QualityMeasurer measurer, List<QualitySignal> measured, List<Rule> rules) {
        this.measurer = measurer;
        this.names = measured.stream().map(QualitySignal::key).toList();
        this.rules = rules.toArray(Rule[]::new);
        this.needsTokens = measurer.needsWords();
    }

    /** The stage for {@code params}, loading its data files as a {@link BuildContext} has them. */
    private static QualityStage create(Params p, BuildContext context) {
        DatatrovePunctuation punctuation = context.resources().get(DatatrovePunctuation.RESOURCE,
                DatatrovePunctuation.class, DatatrovePunctuation::bundled);
        Set<String> stopwords = new HashSet<>();
        for (String name : p.stopwords()) {
            StopwordList list = context.resources().get(new ListKey(name, null), StopwordList.class,
                    () -> StopwordList.bundled(name));
            stopwords.addAll(list.terms());
        }
        Set<String> flagged = new HashSet<>();
        for (String value : p.flaggedWords()) {
            try {
                Path file = context.file(value, "flagged-word file");
                flagged.addAll(TermListReader.read(file));
            } catch (DataFileException e) {
                throw new InvalidParameterException("flaggedWords", e.getMessage());
            }
        }
        return of(p, punctuation, stopwords, flagged);
    }

    /** The stage for {@code params}, its data from the jar (files named by {@code flaggedWords} are read). */
    public static QualityStage of(Params params) {
        return (QualityStage) TYPE.create(params, new BuildContext(new org.zhpipe.resource.ResourceCache(),
                Path.of("")));
    }

    private static QualityStage of(Params p, DatatrovePunctuation punctuation, Set<String> stopwords,
                                   Set<String> flagged) {
        Map<String, Double> min = new LinkedHashMap<>();
        Map<String, Double> max = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        QualityPreset.named(p.preset()).ifPresent(preset -> {
            min.putAll(preset.min());
            max.putAll(preset.max());
            order.addAll(preset.rules());
        });
        apply(p.min(), min, "min", order);
        apply(p.max(), max, "max", order);
        EnumSet<QualitySignal> measured = EnumSet.noneOf(QualitySignal.class);
        for (String key : min.keySet()) {
            measured.add(QualitySignal.named(key).orElseThrow());
        }
        for (String key : max.keySet()) {
            measured.add(QualitySignal.named(key).orElseThrow());
        }
        boolean words = p.words() || measured.stream().anyMatch(QualitySignal::needsWords)
                || p.signals().stream().anyMatch(s -> QualitySignal.named(s).map(QualitySignal::needsWords)
                .orElse(false));
        if (p.signals().contains("all")) {
            for (QualitySignal s : QualitySignal.values()) {
                if (words || !s.needsWords()) {
                    measured.add(s);
                }
            }
        }
        for (String key : p.signals()) {
            QualitySignal.named(key).ifPresent(measured::add);
        }
        if (measured.isEmpty() || p.words()) {
            for (String key : OVERVIEW) {
                measured.add(QualitySignal.named(key).orElseThrow());
            }
        }
        if (p.words()) {
            for (String key : WORD_OVERVIEW) {
                measured.add(QualitySignal.named(key).orElseThrow());
            }
        }
        List<QualitySignal> inOrder = List.copyOf(measured);
        List<Rule> rules = new ArrayList<>();
        for (String rule : order) {
            boolean lower = rule.startsWith("min");
            String signal = signalOf(rule);
            Double bound = (lower ? min : max).get(signal);
            if (bound != null) {
                rules.add(new Rule(rule, inOrder.indexOf(QualitySignal.named(signal).orElseThrow()), lower, bound,
                        signal));
            }
        }
        Set<QualitySignal> set = measured;
        QualityMeasurer measurer = new QualityMeasurer(set, punctuation, stopwords, flagged,
                Set.copyOf(p.countedStopwords()));
        return new QualityStage(measurer, inOrder, rules);
    }

    /** Puts the spec's bounds over the preset's: a new rule goes last, a null bound removes one. */
    private static void apply(Map<String, @Nullable Double> given, Map<String, Double> bounds, String side,
                              List<String> order) {
        for (var e : given.entrySet()) {
            String rule = ruleName(side, e.getKey());
            if (e.getValue() == null) {
                bounds.remove(e.getKey());
                order.remove(rule);
                continue;
            }
            bounds.put(e.getKey(), e.getValue());
            if (!order.contains(rule)) {
                order.add(rule);
            }
        }
    }

    /** {@code minHanShare} for the lower bound of {@code hanShare}. */
    static String ruleName(String side, String signal) {
        return side + Character.toUpperCase(signal.charAt(0)) + signal.substring(1);
    }

    private static String signalOf(String rule) {
        String rest = rule.substring(3);
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    @Override
    public List<String> signalNames() {
        return names;
    }

    @Override
    public boolean needsTokens() {
        return needsTokens;
    }

    @Override
    public List<Bound> bounds() {
        List<Bound> bounds = new ArrayList<>(rules.length);
        for (Rule r : rules) {
            bounds.add(new Bound(r.signal, r.name, r.lower, r.bound));
        }
        return bounds;
    }

    @Override
    public List<Violation> judge(Text text, @Nullable Tokens tokens, double[] signals, int from) {
        measurer.measure(text.current(), tokens, signals, from);
        List<Violation> violations = null;
        for (Rule rule : rules) {
            double v = signals[from + rule.index];
            if (rule.lower ? v < rule.bound : v > rule.bound) {
                if (violations == null) {
                    violations = new ArrayList<>(2);
                }
                violations.add(new Violation(rule.name, rule.signal + " " + format(v) + (rule.lower ? " < " : " > ")
                        + format(rule.bound)));
            }
        }
        return violations == null ? List.of() : violations;
    }

    /** A number for people: whole numbers without a fraction, others with up to 4 decimals. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
    }

    /** A loaded list: bundled by name, or a file. */
    private record ListKey(String bundled, @Nullable Path file) {
    }
}

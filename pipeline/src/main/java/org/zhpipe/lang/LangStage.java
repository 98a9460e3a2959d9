package org.zhpipe.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.DocumentStage;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * The stage type {@code lang}: identifies the language of each document with Apache OpenNLP's language detector
 * ({@link LanguageModel}, 103 languages) and drops the documents whose language is not kept or whose score is too low.
 *
 * <p>Signals: {@code langScore}, the probability of the most probable language; and for each language in
 * {@code keep}, {@code lang_<label>}, that language's probability ({@code lang_zh}). Signals are numbers, so the
 * detected language itself is named in a drop's detail ({@code lang en (0.93) not in [zh]}). Rules: {@code keepLang}
 * (the most probable language is not kept) and {@code minLangScore} ({@code langScore} below {@code minScore}).
 * Traditional and simplified Chinese are both {@code zh}. A document without a letter, or without an n-gram the model
 * knows, is language {@code und} with score 0; a tie between a kept language and another goes to the kept one.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * {"type": "lang", "keep": ["zh"], "minScore": 0.5}
 * lang:zh|en
 * }</pre>
 */
public final class LangStage implements DocumentStage {
    /** The signal that holds the top language's probability. */
    public static final String SCORE = "langScore";

    /** Parameters of {@code lang}. Inline: {@code lang:zh}, {@code lang:keep=zh|en;minScore=0.5}. */
    public record Params(
            @Doc("languages to keep, as ISO 639-1 or 639-3 codes (zh, en, ja, or cmn, eng, jpn); empty keeps every "
                    + "language. Each adds the signal lang_<code>, its probability")
            List<String> keep,
            @Doc("drop documents whose top language's probability (langScore) is below this; OpenNLP's "
                    + "probabilities are low on short texts (about 0.03 at 30 characters, 0.7 at 300)")
            double minScore,
            @Doc("identify the language from the first maxChars code points only (0: the whole text)")
            int maxChars) {
        public static final Params DEFAULTS = new Params(List.of(), 0.0, 1000);

        public Params {
            keep = List.copyOf(keep);
            for (String name : keep) {
                if (LanguageCodes.label(name).isEmpty()) {
                    throw new InvalidParameterException("keep", "unknown language \"" + name + "\""
                            + Suggestions.didYouMean(name, LanguageCodes.names()) + " Use ISO 639-1 or 639-3 codes "
                            + "of the model's 103 languages: " + String.join(", ", LanguageCodes.labels()));
                }
            }
            if (!(minScore >= 0 && minScore <= 1)) {
                throw new InvalidParameterException("minScore", "must be between 0 and 1, not " + minScore);
            }
            if (maxChars < 0) {
                throw new InvalidParameterException("maxChars", "must be 0 (the whole text) or more, not " + maxChars);
            }
        }
    }

    /** The stage type {@code lang}. */
    public static final StageType<Params> TYPE = StageType.withContext("lang", StageKind.DOCUMENT,
            "Identifies the language (OpenNLP's detector, 103 languages) and drops documents not in keep or scored "
                    + "below minScore; signals langScore and lang_<code> per kept language.",
            Params.DEFAULTS, "keep", LangStage::create);

    /** The key of the model in a build's {@code ResourceCache}. */
    private record ModelKey(String file) {
    }

    private final LanguageModel model;
    private final List<String> names;
    private final String[] labels;
    private final int[] kept;
    private final boolean[] keptLabel;
    private final double minScore;
    private final int maxChars;

    /**
     * A stage over {@code model}.
     *
     * @param keep     languages to keep (names as in {@link Params#keep()}); empty keeps every language
     * @param minScore the least top-language probability kept
     * @param maxChars the code points to identify from, 0 for all
     */
    public LangStage(LanguageModel model, List<String> keep, double minScore, int maxChars) {
        Params checked = new Params(keep, minScore, maxChars);
        this.model = model;
        this.labels = model.labels().toArray(String[]::new);
        Set<String> keptLabels = new LinkedHashSet<>();
        for (String name : checked.keep()) {
            keptLabels.add(LanguageCodes.label(name).orElseThrow());
        }
        this.kept = new int[keptLabels.size()];
        this.keptLabel = new boolean[labels.length];
        List<String> signalNames = new ArrayList<>();
        signalNames.add(SCORE);
        int i = 0;
        for (String label : keptLabels) {
            kept[i] = model.indexOf(label);
            keptLabel[kept[i]] = true;
            signalNames.add("lang_" + label);
            i++;
        }
        this.names = List.copyOf(signalNames);
        this.minScore = minScore;
        this.maxChars = maxChars;
    }

    private static LangStage create(Params p, BuildContext context) {
        LanguageModel model = context.resources().get(new ModelKey(LanguageModel.MODEL), LanguageModel.class,
                LanguageModel::bundled);
        return new LangStage(model, p.keep(), p.minScore(), p.maxChars());
    }

    @Override
    public List<String> signalNames() {
        return names;
    }

    @Override
    public List<Violation> judge(Text text, @Nullable Tokens tokens, double[] signals, int from) {
        String sample = sample(text.current(), maxChars);
        int top = -1;
        double topScore = 0;
        double[] scores = new double[labels.length];
        if (sample != null && model.scores(sample, scores)) {
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] > topScore) {
                    top = i;
                    topScore = scores[i];
                }
            }
            for (int i : kept) {
                if (scores[i] == topScore) {
                    top = i; // a tie goes to a kept language
                    break;
                }
            }
        }
        signals[from] = topScore;
        for (int i = 0; i < kept.length; i++) {
            signals[from + 1 + i] = scores[kept[i]];
        }
        List<Violation> violations = List.of();
        String detected = top < 0 ? "und" : labels[top];
        if (kept.length > 0 && (top < 0 || !keptLabel[top])) {
            violations = new ArrayList<>(2);
            violations.add(new Violation("keepLang", "lang " + detected + " (" + format(topScore) + ") not in "
                    + keptList()));
        }
        if (topScore < minScore) {
            if (violations.isEmpty()) {
                violations = new ArrayList<>(1);
            }
            violations.add(new Violation("minLangScore", SCORE + " " + format(topScore) + " < " + format(minScore)
                    + " (lang " + detected + ")"));
        }
        return violations;
    }

    private String keptList() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < kept.length; i++) {
            out.append(i == 0 ? "" : ", ").append(labels[kept[i]]);
        }
        return out.append(']').toString();
    }

    /**
     * What the model sees: the first {@code maxChars} code points (0: all) with line breaks as spaces (as datatrove
     * does before fastText), or {@code null} when the text has no letter to identify a language by.
     */
    static @Nullable String sample(String text, int maxChars) {
        int end = 0;
        int count = 0;
        boolean letter = false;
        boolean lineBreak = false;
        while (end < text.length() && (maxChars == 0 || count < maxChars)) {
            int c = text.codePointAt(end);
            if (c == '\n' || c == '\r') {
                lineBreak = true;
            } else if (!letter && Character.isLetter(c)) {
                letter = true;
            }
            end += Character.charCount(c);
            count++;
        }
        if (!letter) {
            return null;
        }
        String sample = end == text.length() ? text : text.substring(0, end);
        return lineBreak ? sample.replace('\n', ' ').replace('\r', ' ') : sample;
    }

    /** A probability for people: up to 4 decimals, no trailing zeros. */
    static String format(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}

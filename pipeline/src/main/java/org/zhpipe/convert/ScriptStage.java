package org.zhpipe.convert;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.DocumentStage;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;
import org.zhpipe.text.Scripts;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * The stage type {@code script}: which writing system a document is in, from OpenCC's character tables
 * ({@link HanScripts}) and the kana and hangul blocks. Signals: {@code simplifiedShare}, {@code traditionalShare} and
 * {@code sharedHanShare} (of the Han characters: specific to simplified, to traditional, or shared), {@code kanaShare}
 * and {@code hangulShare} (of all characters). The label ({@link Label}) decides, in this order:
 * <ol>
 *   <li>no Han, kana or hangul character: {@code other};</li>
 *   <li>hangul at least half of them: {@code korean};</li>
 *   <li>kana at least a fifth of them: {@code japanese};</li>
 *   <li>among the script-specific Han characters: none, {@code chinese} (it reads as either); only or nearly only
 *       (the minority below {@code minority}) simplified ones, {@code simplified}; traditional ones,
 *       {@code traditional}; else {@code mixed}.</li>
 * </ol>
 * With {@code keep}, a document whose label is not listed is dropped (rule {@code keepScript}). One pass over the code
 * points; immutable and thread-safe.
 */
public final class ScriptStage implements DocumentStage {
    /** What a document is written in. */
    public enum Label {
        SIMPLIFIED, TRADITIONAL, MIXED, CHINESE, JAPANESE, KOREAN, OTHER;

        /** The label's name in specs and drops, e.g. {@code traditional}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final List<String> SIGNALS = List.of("simplifiedShare", "traditionalShare", "sharedHanShare",
            "kanaShare", "hangulShare");
    private static final List<String> LABELS = java.util.Arrays.stream(Label.values()).map(Label::key).toList();

    /** Parameters of {@code script}. Inline: {@code script}, {@code script:simplified|chinese}. */
    public record Params(
            @Doc("labels to keep: simplified, traditional, mixed, chinese (Han text with no script-specific "
                    + "character), japanese, korean, other; empty keeps every document (the signals are measured "
                    + "either way); inline, separate them with |")
            List<String> keep,
            @Doc("below this share of the script-specific Han characters, the other script is noise and the text "
                    + "takes the majority's label rather than mixed")
            double minority) {
        public static final Params DEFAULTS = new Params(List.of(), 0.1);

        public Params {
            for (String label : keep) {
                if (!LABELS.contains(label)) {
                    throw new InvalidParameterException("keep", "unknown script \"" + label + "\""
                            + Suggestions.didYouMean(label, LABELS) + " Scripts: " + String.join(", ", LABELS));
                }
            }
            if (!(minority >= 0 && minority < 0.5)) {
                throw new InvalidParameterException("minority", "must be at least 0 and below 0.5, not " + minority);
            }
            keep = List.copyOf(keep);
        }
    }

    /** The stage type {@code script}. */
    public static final StageType<Params> TYPE = StageType.withContext("script", StageKind.DOCUMENT,
            "Tells simplified, traditional and mixed Chinese, Japanese and Korean apart (OpenCC's character tables, "
                    + "kana, hangul) and keeps the documents in the listed scripts.",
            Params.DEFAULTS, "keep", ScriptStage::create);

    private final HanScripts scripts;
    private final Params params;

    private ScriptStage(HanScripts scripts, Params params) {
        this.scripts = scripts;
        this.params = params;
    }

    private static ScriptStage create(Params p, BuildContext context) {
        return new ScriptStage(context.resources().get(HanScripts.class, HanScripts.class, HanScripts::bundled), p);
    }

    /** The stage, its tables read from the jar. */
    public static ScriptStage of(Params params) {
        return new ScriptStage(HanScripts.bundled(), params);
    }

    @Override
    public List<String> signalNames() {
        return SIGNALS;
    }

    @Override
    public List<Violation> judge(Text text, @Nullable Tokens tokens, double[] signals, int from) {
        Counts c = count(text.current());
        signals[from] = c.han == 0 ? 0 : (double) c.simplified / c.han;
        signals[from + 1] = c.han == 0 ? 0 : (double) c.traditional / c.han;
        signals[from + 2] = c.han == 0 ? 0 : (double) (c.han - c.simplified - c.traditional) / c.han;
        signals[from + 3] = c.chars == 0 ? 0 : (double) c.kana / c.chars;
        signals[from + 4] = c.chars == 0 ? 0 : (double) c.hangul / c.chars;
        if (params.keep().isEmpty()) {
            return List.of();
        }
        Label label = c.label(params.minority());
        return params.keep().contains(label.key()) ? List.of()
                : List.of(new Violation("keepScript", "script " + label.key() + " not in " + params.keep()));
    }

    /** The label of {@code text}, as {@link #judge} decides it. */
    public Label label(String text) {
        return count(text).label(params.minority());
    }

    /** Character counts of one text. */
    private record Counts(long chars, long han, long simplified, long traditional, long kana, long hangul) {
        Label label(double minority) {
            return ScriptStage.label(han, simplified, traditional, kana, hangul, minority);
        }
    }

    private Counts count(String s) {
        long chars = 0;
        long han = 0;
        long simplified = 0;
        long traditional = 0;
        long kana = 0;
        long hangul = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            chars++;
            if (cp < 0x3000) {
                if (cp >= 0x1100 && cp <= 0x11FF) {
                    hangul++;
                } else if (cp >= 0x2E80 && Scripts.isHan(cp)) {
                    han++;
                }
                continue;
            }
            if (cp >= 0x4E00 && cp <= 0x9FFF || Scripts.isHan(cp)) {
                han++;
                if (scripts.isSimplifiedOnly(cp)) {
                    simplified++;
                } else if (scripts.isTraditionalOnly(cp)) {
                    traditional++;
                }
            } else if (cp >= 0x3040 && cp <= 0x30FF || cp >= 0x31F0 && cp <= 0x31FF || cp >= 0xFF66 && cp <= 0xFF9D
                    || cp >= 0x1B000 && cp <= 0x1B16F) {
                kana++;
            } else if (cp >= 0xAC00 && cp <= 0xD7FF || cp >= 0x3130 && cp <= 0x318F || cp >= 0xA960 && cp <= 0xA97F
                    || cp >= 0xFFA0 && cp <= 0xFFDC) {
                hangul++;
            }
        }
        return new Counts(chars, han, simplified, traditional, kana, hangul);
    }

    /** The label of a document with these counts; see the class comment. */
    static Label label(long han, long simplified, long traditional, long kana, long hangul, double minority) {
        long cjk = han + kana + hangul;
        if (cjk == 0) {
            return Label.OTHER;
        }
        if (hangul * 2 >= cjk) {
            return Label.KOREAN;
        }
        if (kana * 5 >= cjk) {
            return Label.JAPANESE;
        }
        long specific = simplified + traditional;
        if (specific == 0) {
            return Label.CHINESE;
        }
        if (traditional < minority * specific) {
            return Label.SIMPLIFIED;
        }
        if (simplified < minority * specific) {
            return Label.TRADITIONAL;
        }
        return Label.MIXED;
    }
}

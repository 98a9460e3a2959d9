package org.zhpipe.normalize;

import com.ibm.icu.text.UnicodeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.CodePointMapper;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.TextStage;
import org.zhpipe.stage.TextStageSequence;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;

/**
 * The stage type {@code filter}: its parameters, its named sets ({@link #PRESETS}) and its factory, which builds a
 * {@link UnicodeFilterStage}, followed by a {@link TrailingStopStage} when {@code stripTrailingStop} is set.
 */
public final class FilterStage {
    /** Parameters of {@code filter}. Inline: {@code filter:cjk_ascii}, {@code filter:[[:Han:][:Latin:]]}. */
    public record Params(
            @Doc("what to keep: a preset (cjk_ascii, han_letters_digits) or an ICU UnicodeSet pattern such as "
                    + "\"[[:Han:][:Latin:][:Nd:]]\"; required")
            @Nullable String keep,
            @Doc("one character that replaces each dropped character; empty drops them")
            String replacement,
            @Doc("also remove one full stop (. 。 ． ｡) at the end of the text")
            boolean stripTrailingStop) {
        public static final Params DEFAULTS = new Params(null, "", false);

        public Params {
            if (replacement != null && replacement.codePointCount(0, replacement.length()) > 1) {
                throw new InvalidParameterException("replacement",
                        "expected one character or the empty string, got \"" + replacement + "\" ("
                                + replacement.codePointCount(0, replacement.length()) + " characters)");
            }
        }
    }

    /** The stage type {@code filter}. */
    public static final StageType<Params> TYPE = StageType.of("filter", StageKind.TEXT,
            "Keeps only the code points of a UnicodeSet (or preset); drops or replaces the rest.",
            Params.DEFAULTS, "keep",
            FilterStage::create);

    /** The presets of {@code keep}: name → UnicodeSet pattern. */
    public static final Map<String, String> PRESETS = presets();

    private FilterStage() {
    }

    private static Map<String, String> presets() {
        Map<String, String> m = new LinkedHashMap<>();
        // the classic "common CJK + printable ASCII" set: U+4E00–U+9FA5 ∪ U+0021–U+007E, plus the space
        m.put("cjk_ascii", "[\\u4E00-\\u9FA5\\u0020-\\u007E]");
        // every Han character (all extensions), every letter, every decimal digit, and the space
        m.put("han_letters_digits", "[[:Han:][:L:][:Nd:]\\u0020]");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static TextStage create(Params p) {
        int replacement = p.replacement().isEmpty() ? CodePointMapper.DELETE : p.replacement().codePointAt(0);
        UnicodeFilterStage filter = new UnicodeFilterStage(resolve(p.keep()), replacement);
        return p.stripTrailingStop() ? new TextStageSequence(List.of(filter, new TrailingStopStage())) : filter;
    }

    /** The set for a preset name or a pattern. */
    static UnicodeSet resolve(String keep) {
        String pattern = PRESETS.get(keep);
        if (pattern != null) {
            return new UnicodeSet(pattern).freeze();
        }
        if (!UnicodeSet.resemblesPattern(keep, 0)) {
            throw new InvalidParameterException("keep", "unknown preset \"" + keep + "\""
                    + Suggestions.didYouMean(keep, PRESETS.keySet())
                    + " Presets: " + String.join(", ", PRESETS.keySet())
                    + "; or give a UnicodeSet pattern such as \"[[:Han:][:Latin:]]\"");
        }
        return unicodeSet(keep, "keep");
    }

    /** Parses a UnicodeSet pattern, reporting ICU's complaint against {@code parameter}. */
    static UnicodeSet unicodeSet(String pattern, String parameter) {
        try {
            return new UnicodeSet(pattern).freeze();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "invalid UnicodeSet pattern \"" + pattern + "\": "
                    + e.getMessage() + ". Write a set in brackets, e.g. \"[\\\\u4E00-\\\\u9FFF]\" or "
                    + "\"[[:Han:][:L:]]\"");
        }
    }
}

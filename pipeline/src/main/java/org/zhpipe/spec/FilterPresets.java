package org.zhpipe.spec;

import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.Suggestions;
import com.ibm.icu.text.UnicodeSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named sets of {@code filter}'s {@code keep}, and the parsing of its UnicodeSet patterns. */
final class FilterPresets {
    /** Preset name → UnicodeSet pattern. */
    static final Map<String, String> PRESETS = presets();

    private FilterPresets() {
    }

    private static Map<String, String> presets() {
        Map<String, String> m = new LinkedHashMap<>();
        // the classic "common CJK + printable ASCII" set: U+4E00–U+9FA5 ∪ U+0021–U+007E, plus the space
        m.put("cjk_ascii", "[\\u4E00-\\u9FA5\\u0020-\\u007E]");
        // every Han character (all extensions), every letter, every decimal digit, and the space
        m.put("han_letters_digits", "[[:Han:][:L:][:Nd:]\\u0020]");
        return java.util.Collections.unmodifiableMap(m);
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
        return pattern(keep, "keep");
    }

    /** Parses a UnicodeSet pattern, reporting ICU's complaint against {@code parameter}. */
    static UnicodeSet pattern(String pattern, String parameter) {
        try {
            return new UnicodeSet(pattern).freeze();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "invalid UnicodeSet pattern \"" + pattern + "\": "
                    + e.getMessage() + ". Write a set in brackets, e.g. \"[\\\\u4E00-\\\\u9FFF]\" or \"[[:Han:][:L:]]\"");
        }
    }
}

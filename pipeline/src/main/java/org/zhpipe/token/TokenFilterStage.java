package org.zhpipe.token;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;
import org.zhpipe.text.TokenType;

/**
 * The stage type {@code token_filter}: its parameters, the placeholders it knows ({@link Params#PLACEHOLDERS}) and
 * its factory, which builds a {@link TokenFilter}.
 *
 * <p>A parameter record's static initializer must not reach the outer class (whose {@code TYPE} needs the record's
 * {@code DEFAULTS}), so what the record's constructor checks against lives in the record.
 */
public final class TokenFilterStage {
    /**
     * Parameters of {@code token_filter}. With none set it drops punctuation only. Inline:
     * {@code token_filter}, {@code token_filter:numbers;symbols}, {@code token_filter:minLength=2;tags=w|u*},
     * {@code token_filter:punctuation=false;placeholders=number|url|email}.
     */
    public record Params(
            @Doc("drop punctuation tokens, and tokens made only of punctuation characters (…… ——)")
            boolean punctuation,
            @Doc("drop symbol tokens: + = $ ©, emoji")
            boolean symbols,
            @Doc("drop number tokens: 42, 3.14, 1,000, 50%, １２３ (2024年 joined by segment's numberUnits is a word)")
            boolean numbers,
            @Doc("drop tokens of fewer code points; 0: no limit")
            int minLength,
            @Doc("drop tokens of more code points; 0: no limit")
            int maxLength,
            @Doc("drop tokens with these tags (segment with pos: true), e.g. [\"w\", \"u*\"]; a final * matches every "
                    + "tag it begins (u* = u, uj, ude1, ...); untagged tokens stay")
            List<String> tags,
            @Doc("drop tokens whose whole term matches this regular expression in RE2 syntax (linear time, no "
                    + "backreferences or lookaround), e.g. \"[a-z]\" or \"(?i)rt\"; empty: none")
            String pattern,
            @Doc("instead of dropping, replace the term of these token types (offsets unchanged): number → <NUM>, "
                    + "url → <URL>, email → <EMAIL>")
            List<String> placeholders) {
        /** The placeholder each name of {@code placeholders} stands for: number → {@code <NUM>}, ... */
        public static final Map<String, String> PLACEHOLDERS = Map.of("number", "<NUM>", "url", "<URL>",
                "email", "<EMAIL>");
        private static final List<String> PLACEHOLDER_NAMES = List.of("number", "url", "email");
        public static final Params DEFAULTS = new Params(true, false, false, 0, 0, List.of(), "", List.of());

        public Params {
            if (minLength < 0) {
                throw new InvalidParameterException("minLength", "expected 0 (no limit) or more, got " + minLength);
            }
            if (maxLength < 0) {
                throw new InvalidParameterException("maxLength", "expected 0 (no limit) or more, got " + maxLength);
            }
            if (maxLength > 0 && maxLength < minLength) {
                throw new InvalidParameterException("maxLength", "maxLength " + maxLength + " is less than "
                        + "minLength " + minLength + ", so no token could stay; raise it, or 0 for no limit");
            }
            for (String tag : tags) {
                if (tag.isEmpty() || tag.equals("*") || tag.indexOf('*') >= 0 && tag.indexOf('*') < tag.length() - 1) {
                    throw new InvalidParameterException("tags", "expected a tag such as \"w\", or a prefix with a "
                            + "final * such as \"u*\", got \"" + tag + "\"");
                }
            }
            compile(pattern);
            for (String name : placeholders) {
                if (!PLACEHOLDERS.containsKey(name)) {
                    throw new InvalidParameterException("placeholders", "unknown token type \"" + name + "\""
                            + Suggestions.didYouMean(name, PLACEHOLDER_NAMES) + " Placeholders exist for: "
                            + String.join(", ", PLACEHOLDER_NAMES));
                }
            }
            if (numbers && placeholders.contains("number")) {
                throw new InvalidParameterException("placeholders", "numbers are both dropped (numbers: true) and "
                        + "replaced (placeholders: number); choose one");
            }
        }

        /** The compiled {@code pattern}, or {@code null} when it is empty. */
        static @Nullable Pattern compile(String pattern) {
            if (pattern.isEmpty()) {
                return null;
            }
            try {
                return Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new InvalidParameterException("pattern", "invalid regular expression \"" + pattern + "\": "
                        + e.getDescription() + "; patterns use RE2 syntax (linear time: no backreferences or "
                        + "lookaround), see https://github.com/google/re2/wiki/Syntax");
            }
        }
    }

    /** The stage type {@code token_filter}. */
    public static final StageType<Params> TYPE = StageType.of("token_filter", StageKind.TOKEN,
            "Drops punctuation, symbols, numbers, tokens by length, tag or regular expression; or "
                    + "replaces numbers, URLs and e-mail addresses with <NUM> <URL> <EMAIL>.",
            Params.DEFAULTS, null,
            TokenFilterStage::create);

    private TokenFilterStage() {
    }

    private static TokenFilter create(Params p) {
        TokenFilter.Builder b = TokenFilter.builder()
                .minLength(p.minLength())
                .maxLength(p.maxLength())
                .dropTags(p.tags())
                .dropMatching(Params.compile(p.pattern()));
        if (p.punctuation()) {
            b.dropPunctuation();
        }
        if (p.symbols()) {
            b.dropSymbols();
        }
        if (p.numbers()) {
            b.dropNumbers();
        }
        for (String name : p.placeholders()) {
            b.placeholder(TokenType.valueOf(name.toUpperCase(Locale.ROOT)), Params.PLACEHOLDERS.get(name));
        }
        return b.build();
    }
}

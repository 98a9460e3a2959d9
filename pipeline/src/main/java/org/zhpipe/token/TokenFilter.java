package org.zhpipe.token;

import com.google.re2j.Pattern;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.TokenStage;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/**
 * The {@code token_filter} stage: drops tokens by type, length, tag or regular expression, and can replace the term of
 * numbers, URLs and e-mail addresses with a placeholder. Every rule is off until it is set; a token that stays keeps
 * its offsets, type and tag, and a replaced token keeps its offsets (they still point at the number or address).
 *
 * <p>Each token is tested against every drop rule as it came in; a token no rule drops, and whose type has a
 * placeholder, then gets the placeholder as its term. The rules:
 * <ul>
 *   <li>punctuation: type {@link TokenType#PUNCTUATION}, or a term made only of punctuation characters (Unicode
 *       category P*), such as {@code ……} and {@code ——}, which a dictionary may hold as words;</li>
 *   <li>symbols: type {@link TokenType#SYMBOL} ({@code + = $ ©}, emoji);</li>
 *   <li>numbers: type {@link TokenType#NUMBER} ({@code 42 3.14 1,000 50% １２３}; {@code 2024年} is a word);</li>
 *   <li>length: fewer than {@code minLength} or more than {@code maxLength} code points (0: no limit);</li>
 *   <li>tags: a tag in the set, or starting with the part before a final {@code *} ({@code u*} matches {@code u},
 *       {@code uj}, {@code ude1}); tokens without a tag are never dropped by this rule;</li>
 *   <li>pattern: the whole term matches the regular expression (RE2/J: linear time in the term's length, whatever the pattern).</li>
 * </ul>
 *
 * <pre>{@code
 * TokenFilter filter = TokenFilter.builder().dropPunctuation().minLength(2)
 *         .placeholder(TokenType.URL, "<URL>").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TokenFilter implements TokenStage {
    private final boolean punctuation;
    private final boolean symbols;
    private final boolean numbers;
    private final int minLength;
    private final int maxLength;
    private final List<String> tags;
    private final List<String> tagPrefixes;
    private final @Nullable Pattern pattern;
    /** By token type's ordinal: the placeholder, or null to keep the term. */
    private final @Nullable String[] placeholders;

    private TokenFilter(Builder b) {
        this.punctuation = b.punctuation;
        this.symbols = b.symbols;
        this.numbers = b.numbers;
        this.minLength = b.minLength;
        this.maxLength = b.maxLength;
        this.tags = b.tags.stream().filter(t -> !t.endsWith("*")).toList();
        this.tagPrefixes = b.tags.stream().filter(t -> t.endsWith("*")).map(t -> t.substring(0, t.length() - 1))
                .toList();
        this.pattern = b.pattern;
        this.placeholders = new String[TokenType.values().length];
        b.placeholders.forEach((type, text) -> placeholders[type.ordinal()] = text);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Tokens apply(Tokens tokens, Text text) {
        int n = tokens.size();
        Tokens.Builder out = Tokens.builder(n);
        for (int i = 0; i < n; i++) {
            String term = tokens.term(i);
            TokenType type = tokens.type(i);
            String tag = tokens.tag(i);
            if (drops(term, type, tag)) {
                continue;
            }
            String placeholder = placeholders[type.ordinal()];
            if (placeholder == null) {
                out.add(tokens, i); // unchanged, whatever else it carries
            } else {
                out.add(placeholder, tokens.start(i), tokens.end(i), type, tag);
            }
        }
        return out.build();
    }

    private boolean drops(String term, TokenType type, @Nullable String tag) {
        switch (type) {
            case PUNCTUATION -> {
                if (punctuation) {
                    return true;
                }
            }
            case SYMBOL -> {
                if (symbols) {
                    return true;
                }
            }
            case NUMBER -> {
                if (numbers) {
                    return true;
                }
            }
            default -> {
                if (punctuation && isAllPunctuation(term)) {
                    return true;
                }
            }
        }
        if (minLength > 0 || maxLength > 0) {
            int length = term.codePointCount(0, term.length());
            if (length < minLength || (maxLength > 0 && length > maxLength)) {
                return true;
            }
        }
        if (tag != null && hasTag(tag)) {
            return true;
        }
        return pattern != null && pattern.matcher(term).matches();
    }

    private boolean hasTag(String tag) {
        if (tags.contains(tag)) {
            return true;
        }
        for (String prefix : tagPrefixes) {
            if (tag.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllPunctuation(String term) {
        if (term.isEmpty()) {
            return false;
        }
        for (int i = 0; i < term.length(); ) {
            int c = term.codePointAt(i);
            switch (Character.getType(c)) {
                case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> i += Character.charCount(c);
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean needsTags() {
        return !tags.isEmpty() || !tagPrefixes.isEmpty();
    }

    @Override
    public String toString() {
        return "TokenFilter[" + (punctuation ? "punctuation " : "") + (symbols ? "symbols " : "")
                + (numbers ? "numbers " : "") + (minLength > 0 ? "minLength=" + minLength + " " : "")
                + (maxLength > 0 ? "maxLength=" + maxLength + " " : "")
                + (tags.isEmpty() && tagPrefixes.isEmpty() ? "" : "tags ") + (pattern != null ? "pattern " : "")
                + "]";
    }

    /** Collects the rules; every rule is off until set. Not thread-safe. */
    public static final class Builder {
        private boolean punctuation;
        private boolean symbols;
        private boolean numbers;
        private int minLength;
        private int maxLength;
        private List<String> tags = List.of();
        private @Nullable Pattern pattern;
        private final Map<TokenType, String> placeholders = new EnumMap<>(TokenType.class);

        private Builder() {
        }

        /** Drops punctuation tokens, and tokens made only of punctuation characters. */
        public Builder dropPunctuation() {
            punctuation = true;
            return this;
        }

        /** Drops symbol tokens (emoji included). */
        public Builder dropSymbols() {
            symbols = true;
            return this;
        }

        /** Drops number tokens. */
        public Builder dropNumbers() {
            numbers = true;
            return this;
        }

        /** Drops tokens of fewer code points; 0 for no limit. */
        public Builder minLength(int codePoints) {
            if (codePoints < 0) {
                throw new IllegalArgumentException("minLength must be 0 (no limit) or more, got " + codePoints);
            }
            minLength = codePoints;
            return this;
        }

        /** Drops tokens of more code points; 0 for no limit. */
        public Builder maxLength(int codePoints) {
            if (codePoints < 0) {
                throw new IllegalArgumentException("maxLength must be 0 (no limit) or more, got " + codePoints);
            }
            maxLength = codePoints;
            return this;
        }

        /** Drops tokens with one of these tags; a tag ending in {@code *} matches every tag it begins. */
        public Builder dropTags(Collection<String> tags) {
            for (String tag : tags) {
                if (tag.isEmpty() || tag.equals("*") || tag.indexOf('*') >= 0 && tag.indexOf('*') < tag.length() - 1) {
                    throw new IllegalArgumentException("a tag is a name such as \"w\", or a prefix with a final * "
                            + "such as \"u*\"; got \"" + tag + "\"");
                }
            }
            this.tags = List.copyOf(tags);
            return this;
        }

        /** Drops tokens whose whole term matches {@code pattern}; {@code null} for none. */
        public Builder dropMatching(@Nullable Pattern pattern) {
            this.pattern = pattern;
            return this;
        }

        /** Replaces the term of each token of {@code type} that stays with {@code placeholder}. */
        public Builder placeholder(TokenType type, String placeholder) {
            Objects.requireNonNull(type, "type");
            if (placeholder == null || placeholder.isEmpty()) {
                throw new IllegalArgumentException("a placeholder is a non-empty string such as <NUM>");
            }
            placeholders.put(type, placeholder);
            return this;
        }

        /**
         * The filter.
         *
         * @throws IllegalArgumentException if {@code maxLength} is below {@code minLength}, or numbers are both
         *                                  dropped and replaced
         */
        public TokenFilter build() {
            if (maxLength > 0 && maxLength < minLength) {
                throw new IllegalArgumentException("maxLength " + maxLength + " is less than minLength " + minLength
                        + ": no token could stay");
            }
            for (TokenType type : placeholders.keySet()) {
                boolean dropped = type == TokenType.NUMBER && numbers || type == TokenType.SYMBOL && symbols
                        || type == TokenType.PUNCTUATION && punctuation;
                if (dropped) {
                    throw new IllegalArgumentException(type.name().toLowerCase(java.util.Locale.ROOT)
                            + " tokens are both dropped and replaced by a placeholder; choose one");
                }
            }
            return new TokenFilter(this);
        }
    }
}

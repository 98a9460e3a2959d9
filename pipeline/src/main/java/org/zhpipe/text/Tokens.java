package org.zhpipe.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one document, stored compactly as parallel arrays: term, {@code [start, end)} in the
 * <strong>original</strong> input, type, an optional tag (part of speech), and an optional original form: what the
 * token's term was before a token stage rewrote it ({@code lemmatize} with {@code keepOriginal}: {@code walking} for
 * the term {@code walk}). Tags and original forms cost nothing until a token has one.
 *
 * <p>Immutable and thread-safe; token stages build a new instance with {@link #builder(int)}.
 */
public final class Tokens {
    private static final TokenType[] TYPES = TokenType.values();
    private static final Tokens EMPTY = new Tokens(new String[0], new int[0], new int[0], new byte[0], null, null, 0);

    private final String[] terms;
    private final int[] starts;
    private final int[] ends;
    private final byte[] types;
    private final @Nullable String @Nullable [] tags;
    /** The forms before a stage rewrote the terms; null entries (or a null array) mean "the term itself". */
    private final @Nullable String @Nullable [] originals;
    private final int size;

    private Tokens(String[] terms, int[] starts, int[] ends, byte[] types, @Nullable String @Nullable [] tags,
                   @Nullable String @Nullable [] originals, int size) {
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
        this.types = types;
        this.tags = tags;
        this.originals = originals;
        this.size = size;
    }

    public static Tokens empty() {
        return EMPTY;
    }

    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public String term(int i) {
        Objects.checkIndex(i, size);
        return terms[i];
    }

    /** Start of token {@code i} in the original input (UTF-16 index, inclusive). */
    public int start(int i) {
        Objects.checkIndex(i, size);
        return starts[i];
    }

    /** End of token {@code i} in the original input (UTF-16 index, exclusive). */
    public int end(int i) {
        Objects.checkIndex(i, size);
        return ends[i];
    }

    public TokenType type(int i) {
        Objects.checkIndex(i, size);
        return TYPES[types[i]];
    }

    /** The tag of token {@code i} (such as a part of speech), or {@code null}. */
    public @Nullable String tag(int i) {
        Objects.checkIndex(i, size);
        return tags == null ? null : tags[i];
    }

    /** True when at least one token carries a tag. */
    public boolean hasTags() {
        return tags != null;
    }

    /**
     * What token {@code i}'s term was before a token stage rewrote it (such as {@code walking} for the lemma
     * {@code walk}), or {@code null} when no stage recorded one. Recorded only on request ({@code lemmatize}'s
     * {@code keepOriginal}) and only for tokens whose term changed.
     */
    public @Nullable String original(int i) {
        Objects.checkIndex(i, size);
        return originals == null ? null : originals[i];
    }

    /** True when at least one token carries an {@link #original(int) original form}. */
    public boolean hasOriginals() {
        return originals != null;
    }

    /** The terms as an unmodifiable list view. */
    public List<String> terms() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return term(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The terms joined by {@code separator}. */
    public String join(String separator) {
        return String.join(separator, terms());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(terms[i]).append('[').append(starts[i]).append(',').append(ends[i]).append(')');
        }
        return sb.append(']').toString();
    }

    /** Collects tokens in order. Not thread-safe; {@link #build()} once. */
    public static final class Builder {
        // null once built: the arrays then belong to the Tokens
        private String @Nullable [] terms;
        private int @Nullable [] starts;
        private int @Nullable [] ends;
        private byte @Nullable [] types;
        private @Nullable String @Nullable [] tags;
        private @Nullable String @Nullable [] originals;
        private int size;

        private Builder(int expectedSize) {
            int cap = Math.max(4, expectedSize);
            terms = new String[cap];
            starts = new int[cap];
            ends = new int[cap];
            types = new byte[cap];
        }

        /** Adds a token with original offsets {@code [start, end)}. */
        public Builder add(String term, int start, int end, TokenType type) {
            return add(term, start, end, type, null);
        }

        /** Adds a token with original offsets {@code [start, end)} and a tag (may be {@code null}). */
        public Builder add(String term, int start, int end, TokenType type, @Nullable String tag) {
            return add(term, start, end, type, tag, null);
        }

        /**
         * Adds a token with original offsets {@code [start, end)}, a tag and the {@link Tokens#original(int) form
         * its term had} before a stage rewrote it (either may be {@code null}).
         */
        public Builder add(String term, int start, int end, TokenType type, @Nullable String tag,
                           @Nullable String original) {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(type, "type");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ") for " + term);
            }
            if (size == terms.length) {
                int cap = size * 2;
                terms = Arrays.copyOf(terms, cap);
                starts = Arrays.copyOf(starts, cap);
                ends = Arrays.copyOf(ends, cap);
                types = Arrays.copyOf(types, cap);
                if (tags != null) {
                    tags = Arrays.copyOf(tags, cap);
                }
                if (originals != null) {
                    originals = Arrays.copyOf(originals, cap);
                }
            }
            if (tag != null && tags == null) {
                tags = new String[terms.length];
            }
            if (original != null && originals == null) {
                originals = new String[terms.length];
            }
            terms[size] = term;
            starts[size] = start;
            ends[size] = end;
            types[size] = (byte) type.ordinal();
            if (tags != null) {
                tags[size] = tag;
            }
            if (originals != null) {
                originals[size] = original;
            }
            size++;
            return this;
        }

        /** Copies token {@code i} of {@code from} unchanged (its tag and original form included). */
        public Builder add(Tokens from, int i) {
            return add(from.term(i), from.start(i), from.end(i), from.type(i), from.tag(i), from.original(i));
        }

        public int size() {
            return size;
        }

        public Tokens build() {
            if (size == 0) {
                return EMPTY;
            }
            Tokens t = new Tokens(terms, starts, ends, types, tags, originals, size);
            terms = null; // the builder is spent; its arrays now belong to the Tokens
            starts = null;
            ends = null;
            types = null;
            tags = null;
            originals = null;
            return t;
        }
    }
}

package org.zhpipe.text;

/** What kind of thing a token is, so later stages can keep or drop it without re-reading its characters. */
public enum TokenType {
    /** A word: Han characters, Latin or other letters, possibly with digits ({@code GPT-4}, {@code 3D}). */
    WORD,
    /** A number: {@code 42}, {@code 3.14}, {@code 1,000}, {@code 50%}. */
    NUMBER,
    /** One punctuation character (Unicode general category P*). */
    PUNCTUATION,
    /** A symbol or emoji (category S* and others), with its modifiers and joiners. */
    SYMBOL,
    /** A web address: {@code https://example.com/a?b=1}, {@code www.example.com}. */
    URL,
    /** An e-mail address: {@code name@example.com}. */
    EMAIL,
    /**
     * A placeholder that stands for text a stage masked or a writer left out: {@code <PHONE>}, {@code <EMAIL>}
     * ({@link Placeholders} says what one looks like). Its offsets cover the original text it replaced.
     */
    PLACEHOLDER
}

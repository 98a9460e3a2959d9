package org.zhpipe.spec;

/** How {@code lowercase} maps case. */
public enum CaseMode {
    /** Unicode simple lowercase per code point, locale-independent (Java's {@code Character.toLowerCase}). */
    LOWER,
    /** Unicode full case folding with ICU4J: ß → ss, ς → σ, ﬁ → fi. */
    FOLD
}

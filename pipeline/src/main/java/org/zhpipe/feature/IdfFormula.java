package org.zhpipe.feature;

/** How inverse document frequency is computed from the number of documents N and a term's document frequency df. */
public enum IdfFormula {
    /**
     * scikit-learn's {@code TfidfTransformer}: ln((1 + N) / (1 + df)) + 1 with {@code smooth_idf} (its default), or
     * ln(N / df) + 1 without. The + 1 keeps terms in every document from vanishing.
     */
    SKLEARN,
    /** The textbook ln(N / df): a term in every document weighs 0. */
    PLAIN,
    /** Spark ML's {@code IDF}: ln((N + 1) / (df + 1)). */
    SPARK;

    /**
     * The idf of a term in {@code df} of {@code documents} documents; {@code smooth} matters only to {@link #SKLEARN}.
     * Infinite when df is 0 and the formula divides by it.
     */
    public double idf(long documents, long df, boolean smooth) {
        return switch (this) {
            case SKLEARN -> smooth
                    ? Math.log((double) (documents + 1) / (double) (df + 1)) + 1
                    : Math.log((double) documents / (double) df) + 1;
            case PLAIN -> Math.log((double) documents / (double) df);
            case SPARK -> Math.log((double) (documents + 1) / (double) (df + 1));
        };
    }

    /** Whether {@link #idf} is infinite at df = 0. */
    public boolean dividesByDf(boolean smooth) {
        return this == PLAIN || (this == SKLEARN && !smooth);
    }
}

package org.zhpipe.feature;

/**
 * A document-frequency bound, scikit-learn's {@code min_df} / {@code max_df}: a count of documents, or a fraction of
 * the corpus's documents.
 *
 * @param value    the count (a whole number ≥ 0) or the fraction (in [0, 1])
 * @param fraction whether {@code value} is a fraction
 */
public record DfBound(double value, boolean fraction) {
    /** No lower bound: {@code min_df=1}. */
    public static final DfBound NO_MINIMUM = count(1);
    /** No upper bound: {@code max_df=1.0}. */
    public static final DfBound NO_MAXIMUM = fraction(1.0);

    public DfBound {
        if (fraction ? !(value >= 0 && value <= 1) : !(value >= 0 && value == Math.rint(value))) {
            throw new IllegalArgumentException(fraction
                    ? "a fraction of the documents must lie in [0, 1], not " + value
                    : "a document count must be a whole number ≥ 0, not " + value);
        }
    }

    public static DfBound count(long documents) {
        return new DfBound(documents, false);
    }

    public static DfBound fraction(double fraction) {
        return new DfBound(fraction, true);
    }

    /** The bound as a number of documents in a corpus of {@code documents} (a fraction times the corpus size). */
    public double limit(long documents) {
        return fraction ? value * documents : value;
    }

    @Override
    public String toString() {
        return fraction ? Double.toString(value) : Long.toString((long) value);
    }
}

package org.zhpipe.feature;

/** How a document's vector is scaled, as scikit-learn's {@code normalize(norm=...)}. */
public enum Norm {
    /** Divided by its Euclidean length: the squares of the values sum to 1. */
    L2,
    /** Divided by the sum of the absolute values. */
    L1,
    /** Left as it is. */
    NONE;

    /** Scales {@code values[0, size)} in place; an all-zero vector stays as it is. */
    void apply(double[] values, int size) {
        if (this == NONE) {
            return;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += this == L2 ? values[i] * values[i] : Math.abs(values[i]);
        }
        double norm = this == L2 ? Math.sqrt(sum) : sum;
        if (norm == 0) {
            return;
        }
        for (int i = 0; i < size; i++) {
            values[i] /= norm;
        }
    }
}

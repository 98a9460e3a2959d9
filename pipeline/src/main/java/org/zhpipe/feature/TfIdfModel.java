package org.zhpipe.feature;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.FeatureStage;
import org.zhpipe.stage.FitException;
import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * A fitted {@code bow} or {@code tfidf}: turns a document's tokens into a vector over a {@link Vocabulary}, exactly
 * as scikit-learn's {@code CountVectorizer} / {@code TfidfVectorizer.transform} do: count each known term (n-grams
 * included; unknown terms are ignored); with {@code binary} every count becomes 1; with {@code sublinearTf} a count c
 * becomes 1 + ln c; with {@code useIdf} it is multiplied by the term's idf; then the vector is scaled by its
 * {@code norm}. Entries are ordered by index and carry their terms; entries whose weight is 0 (a term in every
 * document under the {@code plain} idf) are left out, as scikit-learn's sparse product leaves them out. Immutable and thread-safe.
 */
public final class TfIdfModel implements FeatureStage, FittedModel.Source {
    private final VectorizerSettings settings;
    private final Vocabulary vocabulary;
    /** Null when the settings use no idf. */
    private final double @Nullable [] idf;

    /**
     * A model over {@code vocabulary}; the idf of each term is computed from its document frequency.
     *
     * @throws FitException when a term in no document would get an infinite idf (an unsmoothed formula)
     */
    public TfIdfModel(VectorizerSettings settings, Vocabulary vocabulary) {
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.idf = settings.useIdf() ? new double[vocabulary.size()] : null;
        if (idf != null) {
            for (int i = 0; i < idf.length; i++) {
                if (vocabulary.documentFrequency(i) == 0 && settings.idf().dividesByDf(settings.smoothIdf())) {
                    throw new FitException("the term \"" + vocabulary.term(i) + "\" of the vocabulary occurs in no "
                            + "document, so its idf (" + settings.idf().name().toLowerCase(java.util.Locale.ROOT)
                            + (settings.idf() == IdfFormula.SKLEARN ? " without smoothing" : "") + ") divides by "
                            + "zero: remove the term, or use smoothIdf (the default)");
                }
                idf[i] = settings.idf().idf(vocabulary.documents(), vocabulary.documentFrequency(i),
                        settings.smoothIdf());
            }
        }
    }

    public VectorizerSettings settings() {
        return settings;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The vocabulary and, with {@code useIdf}, the idf of each term. */
    @Override
    public java.util.Optional<FittedModel> fittedModel() {
        return java.util.Optional.of(new FittedModel(vocabulary, settings.useIdf() ? this::idf : null));
    }

    /** The idf of the term at {@code index}, or NaN when the model uses none. */
    public double idf(int index) {
        return idf == null ? Double.NaN : idf[index];
    }

    @Override
    public int dimension() {
        return vocabulary.size();
    }

    @Override
    public SparseVector apply(Tokens tokens, Text text) {
        int[] hits;
        int[] count = {0};
        if (settings.ngrams().max() == 1) {
            hits = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                int index = vocabulary.indexOf(tokens.term(i));
                if (index >= 0) {
                    hits[count[0]++] = index;
                }
            }
        } else {
            int[][] buffer = {new int[Math.max(8, tokens.size() * 2)]};
            settings.ngrams().forEach(tokens, term -> {
                int index = vocabulary.indexOf(term);
                if (index >= 0) {
                    if (count[0] == buffer[0].length) {
                        buffer[0] = Arrays.copyOf(buffer[0], count[0] * 2);
                    }
                    buffer[0][count[0]++] = index;
                }
            });
            hits = buffer[0];
        }
        Arrays.sort(hits, 0, count[0]);
        int distinct = 0;
        for (int i = 0; i < count[0]; i++) {
            if (i == 0 || hits[i] != hits[i - 1]) {
                distinct++;
            }
        }
        int[] indices = new int[distinct];
        double[] values = new double[distinct];
        String[] terms = new String[distinct];
        int e = -1;
        for (int i = 0; i < count[0]; i++) {
            if (i == 0 || hits[i] != hits[i - 1]) {
                e++;
                indices[e] = hits[i];
                terms[e] = vocabulary.term(hits[i]);
            }
            values[e]++;
        }
        for (int i = 0; i < distinct; i++) {
            double tf = settings.binary() ? 1 : values[i];
            if (settings.sublinearTf()) {
                tf = Math.log(tf) + 1;
            }
            values[i] = idf == null ? tf : tf * idf[indices[i]];
        }
        settings.norm().apply(values, distinct);
        return withoutZeros(vocabulary.size(), indices, values, terms);
    }

    /** The entries whose value is not 0 (an idf of 0, as {@code plain} gives a term in every document). */
    static SparseVector withoutZeros(int dimension, int[] indices, double[] values, String @Nullable [] terms) {
        int kept = 0;
        for (double v : values) {
            if (v != 0) {
                kept++;
            }
        }
        if (kept == values.length) {
            return SparseVector.of(dimension, indices, values, terms, null, null);
        }
        int[] keptIndices = new int[kept];
        double[] keptValues = new double[kept];
        String[] keptTerms = terms == null ? null : new String[kept];
        for (int i = 0, k = 0; i < values.length; i++) {
            if (values[i] != 0) {
                keptIndices[k] = indices[i];
                keptValues[k] = values[i];
                if (terms != null) {
                    keptTerms[k] = terms[i];
                }
                k++;
            }
        }
        return SparseVector.of(dimension, keptIndices, keptValues, keptTerms, null, null);
    }
}

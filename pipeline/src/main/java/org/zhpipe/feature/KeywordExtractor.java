package org.zhpipe.feature;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.FeatureStage;
import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * The {@code keywords} stage: a document's {@code top} terms by TF-IDF weight, each with the offsets of its first
 * occurrence — jieba's {@code extract_tags} formula on zhpipe's tokens: terms shorter than {@code minLength} code
 * points are skipped; a term's weight is its count × its idf / the number of tokens kept, a term the table lacks
 * taking the table's median idf; terms are ranked by weight, ties by first occurrence (jieba's stable sort).
 *
 * <p>The vector's entries are in rank order; entry i has index i, the term, its weight, and its first
 * {@code [start, end)} in the original input. Immutable and thread-safe.
 */
public final class KeywordExtractor implements FeatureStage, FittedModel.Source {
    private final IdfTable table;
    private final int top;
    private final int minLength;
    private final @Nullable Vocabulary fittedOn;

    /**
     * @param table     the idf of each term
     * @param top       how many keywords, at least 1
     * @param minLength the shortest keyword in code points
     * @param fittedOn  the corpus counts the table was fitted from, to be saved; {@code null} for a given table
     */
    public KeywordExtractor(IdfTable table, int top, int minLength, @Nullable Vocabulary fittedOn) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, not " + top);
        }
        this.table = table;
        this.top = top;
        this.minLength = minLength;
        this.fittedOn = fittedOn;
    }

    /** The counts the idf table was fitted from, or {@code null} when the table was given. */
    public @Nullable Vocabulary fittedOn() {
        return fittedOn;
    }

    /** The corpus counts with scikit-learn's smooth idf, when the table was fitted; empty for a given table. */
    @Override
    public java.util.Optional<FittedModel> fittedModel() {
        if (fittedOn == null) {
            return java.util.Optional.empty();
        }
        Vocabulary v = fittedOn;
        return java.util.Optional.of(new FittedModel(v, i -> IdfFormula.SKLEARN.idf(v.documents(),
                v.documentFrequency(i), true)));
    }

    @Override
    public boolean sharedIndices() {
        return false;
    }

    @Override
    public int dimension() {
        return top;
    }

    @Override
    public SparseVector apply(Tokens tokens, Text text) {
        Map<String, Integer> slots = new HashMap<>();
        String[] terms = new String[8];
        int[] counts = new int[8];
        int[] starts = new int[8];
        int[] ends = new int[8];
        int distinct = 0;
        int total = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String term = tokens.term(i);
            String stripped = term.strip();
            if (stripped.codePointCount(0, stripped.length()) < minLength) {
                continue;
            }
            total++;
            Integer slot = slots.putIfAbsent(term, distinct);
            if (slot == null) {
                if (distinct == terms.length) {
                    terms = Arrays.copyOf(terms, distinct * 2);
                    counts = Arrays.copyOf(counts, distinct * 2);
                    starts = Arrays.copyOf(starts, distinct * 2);
                    ends = Arrays.copyOf(ends, distinct * 2);
                }
                terms[distinct] = term;
                starts[distinct] = tokens.start(i);
                ends[distinct] = tokens.end(i);
                counts[distinct++]++;
            } else {
                counts[slot]++;
            }
        }
        double[] weights = new double[distinct];
        Integer[] order = new Integer[distinct];
        for (int i = 0; i < distinct; i++) {
            weights[i] = counts[i] * (table.idf(terms[i]) / total);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(weights[b], weights[a])); // stable: ties by first occurrence
        int k = Math.min(top, distinct);
        int[] indices = new int[k];
        double[] values = new double[k];
        String[] keywords = new String[k];
        int[] keywordStarts = new int[k];
        int[] keywordEnds = new int[k];
        for (int r = 0; r < k; r++) {
            int i = order[r];
            indices[r] = r;
            values[r] = weights[i];
            keywords[r] = terms[i];
            keywordStarts[r] = starts[i];
            keywordEnds[r] = ends[i];
        }
        return SparseVector.of(top, indices, values, keywords, keywordStarts, keywordEnds);
    }
}

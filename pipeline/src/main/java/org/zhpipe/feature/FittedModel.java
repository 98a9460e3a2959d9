package org.zhpipe.feature;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * What fitting a feature stage learned, as it is saved beside a fitted spec ({@link VocabularyFile}): the vocabulary
 * with its document frequencies and, when the stage weighs terms by idf, the idf of each term.
 *
 * @param vocabulary the terms, their indices and document frequencies
 * @param idf        the idf of the term at an index, or {@code null} when the stage uses none
 */
public record FittedModel(Vocabulary vocabulary, @Nullable IntToDoubleFunction idf) {
    public FittedModel {
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** A feature stage that may carry a fitted model. */
    public interface Source {
        /** The model this stage was fitted to, or empty when it learned nothing (a given vocabulary or table). */
        Optional<FittedModel> fittedModel();
    }
}

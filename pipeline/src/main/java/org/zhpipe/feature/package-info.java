/**
 * Feature stages: the end of a pipeline, where tokens become numbers a model can use. {@code bow} and {@code tfidf}
 * ({@link org.zhpipe.feature.TfIdfEstimator} → {@link org.zhpipe.feature.TfIdfModel}, scikit-learn's
 * CountVectorizer / TfidfVectorizer) learn a {@link org.zhpipe.feature.Vocabulary} from a corpus in one pass into
 * mergeable {@link org.zhpipe.feature.TermCounts}; {@link org.zhpipe.feature.HashingTf} needs no fitting;
 * {@link org.zhpipe.feature.KeywordExtractor} ranks a document's terms by tf × idf with an
 * {@link org.zhpipe.feature.IdfTable} (jieba's, or one fitted on the user's corpus). The stage types are declared in
 * {@link org.zhpipe.feature.BowStage}, {@link org.zhpipe.feature.TfIdfStage},
 * {@link org.zhpipe.feature.HashingTfStage} and {@link org.zhpipe.feature.KeywordsStage}.
 */
@NullMarked
package org.zhpipe.feature;

import org.jspecify.annotations.NullMarked;

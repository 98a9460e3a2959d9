/**
 * zhpipe as an OpenSearch 2.19 analysis plugin ({@code analysis-zhpipe}): the tokenizer, char filter and analyzer
 * types {@code zhpipe}, configured in index settings by an inline {@code spec} or a {@code spec_file} under
 * {@code <config>/zhpipe}, and the pass-through token filter {@code zhpipe_reloadable} that makes a search analyzer
 * reloadable. An adapter only: every component builds a pipeline through {@link org.zhpipe.lucene.ConfinedSpecs} and
 * hands it to the lucene module's {@code ZhpipeTokenizer}, {@code ZhpipeCharFilter} or {@code ZhpipeAnalyzer}.
 */
@NullMarked
package org.zhpipe.opensearch;

import org.jspecify.annotations.NullMarked;

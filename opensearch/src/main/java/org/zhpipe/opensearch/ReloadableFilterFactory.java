package org.zhpipe.opensearch;

import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AnalysisMode;

/**
 * The token filter type {@value #NAME}: passes every token through unchanged and marks the custom analyzer that holds
 * it as search-time only ({@link AnalysisMode#SEARCH_TIME}). OpenSearch rebuilds such analyzers — tokenizer and char
 * filters included — when their index's search analyzers are reloaded (the Index Management plugin's
 * {@code POST _plugins/_refresh_search_analyzers/<index>}), so a {@code zhpipe} tokenizer in one picks up an edited
 * dictionary without closing the index. OpenSearch refuses such an analyzer as an index-time analyzer.
 */
final class ReloadableFilterFactory extends AbstractTokenFilterFactory {
    /** The type name. */
    static final String NAME = "zhpipe_reloadable";

    ReloadableFilterFactory(IndexSettings indexSettings, String name, Settings settings) {
        super(indexSettings, name, settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return tokenStream;
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}

package org.zhpipe.opensearch;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.zhpipe.lucene.ZhpipeTokenizer;

/**
 * The tokenizer type {@code zhpipe}: a spec's text stages, segmenter and token stages as one {@link ZhpipeTokenizer}
 * (see {@link ComponentSpec} for the settings). The pipeline is built once, when the index's analysis is built.
 */
final class ZhpipeTokenizerFactory extends AbstractTokenizerFactory {
    private final ComponentSpec spec;

    ZhpipeTokenizerFactory(IndexSettings indexSettings, String name, Settings settings, DataFolder folder) {
        super(indexSettings, settings, name);
        this.spec = ComponentSpec.of(ComponentSpec.Kind.TOKENIZER, name, settings, folder);
    }

    @Override
    public Tokenizer create() {
        return new ZhpipeTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, spec.pipeline(), spec.maxChars());
    }
}

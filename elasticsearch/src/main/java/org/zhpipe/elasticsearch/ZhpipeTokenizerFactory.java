package org.zhpipe.elasticsearch;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.util.AttributeFactory;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.zhpipe.lucene.ZhpipeTokenizer;

/**
 * The tokenizer {@code zhpipe}: a spec's text stages, segmenter and token stages as one {@link ZhpipeTokenizer}.
 * Settings: {@code spec} or {@code spec_file}, {@code max_chars} ({@link ZhpipeSettings}); without a spec it runs
 * {@value ComponentPipeline#DEFAULT_SPEC}.
 *
 * <pre>{@code
 * "tokenizer": {"zh_index": {"type": "zhpipe", "spec": "convert:t2s,segment:mode=search"}}
 * }</pre>
 */
@NamedComponent(ZhpipeTokenizerFactory.NAME)
public final class ZhpipeTokenizerFactory implements TokenizerFactory {
    /** The component's name in index settings. */
    public static final String NAME = "zhpipe";

    private final ComponentPipeline pipeline;

    /** Made by Elasticsearch, with the component's settings; reads files under {@link ConfigFolder}. */
    @Inject
    public ZhpipeTokenizerFactory(ZhpipeSettings settings) {
        this(settings, ConfigFolder::ofRunningPlugin);
    }

    ZhpipeTokenizerFactory(ZhpipeSettings settings, Supplier<Path> root) {
        this.pipeline = ComponentPipeline.forTokenizer(settings, root);
    }

    @Override
    public Tokenizer create() {
        return new ZhpipeTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, pipeline.pipeline(), pipeline.maxChars());
    }
}

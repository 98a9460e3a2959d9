package org.zhpipe.elasticsearch;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.zhpipe.lucene.ZhpipeAnalyzer;

/**
 * The analyzer {@code zhpipe}: a {@link ZhpipeAnalyzer}, whose query-term normalization (wildcard, prefix, fuzzy)
 * runs the spec's text stages. Settings: {@code spec} or {@code spec_file}, {@code max_chars}
 * ({@link ZhpipeSettings}); without a spec (also when a mapping names {@code "analyzer": "zhpipe"} directly) it runs
 * {@value ComponentPipeline#DEFAULT_SPEC}.
 *
 * <pre>{@code
 * "analyzer": {"zh": {"type": "zhpipe", "spec": "convert:t2s,segment"}}
 * }</pre>
 */
@NamedComponent(ZhpipeAnalyzerFactory.NAME)
public final class ZhpipeAnalyzerFactory implements AnalyzerFactory {
    /** The component's name in index settings. */
    public static final String NAME = "zhpipe";

    private final ComponentPipeline pipeline;

    /** Made by Elasticsearch, with the component's settings; reads files under {@link ConfigFolder}. */
    @Inject
    public ZhpipeAnalyzerFactory(ZhpipeSettings settings) {
        this(settings, ConfigFolder::ofRunningPlugin);
    }

    ZhpipeAnalyzerFactory(ZhpipeSettings settings, Supplier<Path> root) {
        this.pipeline = ComponentPipeline.forTokenizer(settings, root);
    }

    @Override
    public Analyzer create() {
        return new ZhpipeAnalyzer(pipeline.pipeline(), pipeline.maxChars());
    }
}

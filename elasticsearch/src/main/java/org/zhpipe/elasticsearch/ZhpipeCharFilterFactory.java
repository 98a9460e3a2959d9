package org.zhpipe.elasticsearch;

import java.io.Reader;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.zhpipe.lucene.ZhpipeCharFilter;

/**
 * The char filter {@code zhpipe}: a spec's text stages (conversion, {@code halfwidth}, {@code lowercase}, ...) in
 * front of any tokenizer, with offsets into the original text. Settings: {@code spec} or {@code spec_file} (one is
 * required), {@code max_chars} ({@link ZhpipeSettings}). Also normalizes the terms of wildcard, prefix and fuzzy
 * queries and of normalizers.
 *
 * <pre>{@code
 * "char_filter": {"to_simplified": {"type": "zhpipe", "spec": "convert:t2s"}}
 * }</pre>
 */
@NamedComponent(ZhpipeCharFilterFactory.NAME)
public final class ZhpipeCharFilterFactory implements CharFilterFactory {
    /** The component's name in index settings. */
    public static final String NAME = "zhpipe";

    private final ComponentPipeline pipeline;

    /** Made by Elasticsearch, with the component's settings; reads files under {@link ConfigFolder}. */
    @Inject
    public ZhpipeCharFilterFactory(ZhpipeSettings settings) {
        this(settings, ConfigFolder::ofRunningPlugin);
    }

    ZhpipeCharFilterFactory(ZhpipeSettings settings, Supplier<Path> root) {
        this.pipeline = ComponentPipeline.forCharFilter(settings, root);
    }

    @Override
    public Reader create(Reader reader) {
        return new ZhpipeCharFilter(reader, pipeline.pipeline(), pipeline.maxChars());
    }

    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }
}

package org.zhpipe.elasticsearch;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.zhpipe.lucene.ConfinedSpecs;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.stage.Pipeline;

/**
 * The pipeline of one {@code zhpipe} component, from its settings.
 *
 * <p>Elasticsearch makes every analysis component a plugin registers for every index it creates or opens, with empty
 * settings unless the index configures it; so a component that names no spec must cost nothing until it is used.
 * With {@code spec} or {@code spec_file}, the pipeline is built (and every error reported) when the component is
 * made, that is when the index is created or opened; without either, the tokenizer and analyzer build the default
 * {@value #DEFAULT_SPEC} on first use, and the char filter, which has no default, fails on first use.
 *
 * <p>Each component has its own {@link ResourceCache}: closing and opening an index makes new components, which read
 * their files anew. Thread-safe.
 */
final class ComponentPipeline {
    /** What a tokenizer or analyzer that names no spec runs. */
    static final String DEFAULT_SPEC = "segment";

    private final Supplier<Pipeline> build;
    private final int maxChars;
    private volatile @Nullable Pipeline pipeline;

    private ComponentPipeline(Supplier<Pipeline> build, boolean eager, int maxChars) {
        this.build = build;
        this.maxChars = maxChars;
        if (eager) {
            pipeline = build.get();
        }
    }

    /** A tokenizer's or analyzer's pipeline: text stages, a segmenter and token stages. */
    static ComponentPipeline forTokenizer(ZhpipeSettings settings, Supplier<Path> root) {
        int maxChars = maxChars(settings);
        String spec = given(settings.spec());
        String specFile = given(settings.specFile());
        if (spec == null && specFile == null) {
            return new ComponentPipeline(
                    () -> ConfinedSpecs.forTokenizer(DEFAULT_SPEC, null, root.get(), new ResourceCache()), false,
                    maxChars);
        }
        return new ComponentPipeline(
                () -> ConfinedSpecs.forTokenizer(spec, specFile, root.get(), new ResourceCache()), true, maxChars);
    }

    /** A char filter's pipeline: text stages only. */
    static ComponentPipeline forCharFilter(ZhpipeSettings settings, Supplier<Path> root) {
        int maxChars = maxChars(settings);
        String spec = given(settings.spec());
        String specFile = given(settings.specFile());
        if (spec == null && specFile == null) {
            return new ComponentPipeline(() -> {
                throw new IllegalArgumentException("zhpipe: the char filter zhpipe needs a spec: define it in the "
                        + "index's analysis settings with \"spec\" (inline or JSON) or \"spec_file\", e.g. "
                        + "{\"type\": \"zhpipe\", \"spec\": \"convert:t2s\"}");
            }, false, maxChars);
        }
        return new ComponentPipeline(
                () -> ConfinedSpecs.forCharFilter(spec, specFile, root.get(), new ResourceCache()), true, maxChars);
    }

    /** The pipeline, built now if it was not built when the component was made. */
    Pipeline pipeline() {
        Pipeline built = pipeline;
        if (built == null) {
            synchronized (this) {
                built = pipeline;
                if (built == null) {
                    built = build.get();
                    pipeline = built;
                }
            }
        }
        return built;
    }

    /** The longest field value analyzed, in chars. */
    int maxChars() {
        return maxChars;
    }

    private static int maxChars(ZhpipeSettings settings) {
        int maxChars = settings.maxChars();
        if (maxChars < 1) {
            throw new IllegalArgumentException("zhpipe: max_chars must be at least 1, not " + maxChars
                    + ": give the longest field value to analyze, in chars (default " + ZhpipeSettings.DEFAULT_MAX_CHARS
                    + ")");
        }
        return maxChars;
    }

    private static @Nullable String given(String setting) {
        return setting.isBlank() ? null : setting;
    }
}

package org.zhpipe.lucene;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.resource.ResourcePolicy;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;

/**
 * Pipelines for a search-engine plugin, whose specs come from index settings that anyone allowed to create an index
 * writes: an inline or JSON {@code spec}, or a {@code specFile} under the plugin's folder (for example
 * {@code <config>/zhpipe}). Every file either names — the spec file, dictionaries, word lists, conversion tables — must
 * lie under that folder ({@link ResourcePolicy#under}); a refused file is never opened and never quoted. Relative
 * data files resolve against the spec file's folder, or against the plugin's folder for an inline spec.
 *
 * <pre>{@code
 * Path root = environment.configDir().resolve("zhpipe");
 * Pipeline pipeline = ConfinedSpecs.forTokenizer(settings.get("spec"), settings.get("spec_file"), root, cache);
 * Tokenizer tokenizer = new ZhpipeTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, pipeline, maxChars);
 * }</pre>
 */
public final class ConfinedSpecs {
    private ConfinedSpecs() {
    }

    /**
     * The pipeline of a tokenizer or analyzer: text stages, a segmenter and token stages.
     *
     * @param spec     an inline ({@code convert:t2s,segment}) or JSON spec, or {@code null}
     * @param specFile a JSON spec file, relative to {@code root} (or absolute under it), or {@code null}; exactly one
     *                 of {@code spec} and {@code specFile} is given
     * @param root     the only folder data files are read from
     * @param cache    loaded data shared between the pipelines of one node (may be a new one)
     * @throws IllegalArgumentException when neither or both are given, or the spec cannot make a token stream
     * @throws org.zhpipe.spec.SpecException when the spec is wrong
     * @throws org.zhpipe.resource.ResourceRefusedException when a file lies outside {@code root}
     */
    public static Pipeline forTokenizer(@Nullable String spec, @Nullable String specFile, Path root,
                                        ResourceCache cache) {
        return AnalysisSpecs.forTokenizer(build(spec, specFile, root, cache));
    }

    /** The pipeline of a char filter: text stages only; otherwise as {@link #forTokenizer}. */
    public static Pipeline forCharFilter(@Nullable String spec, @Nullable String specFile, Path root,
                                         ResourceCache cache) {
        return AnalysisSpecs.forCharFilter(build(spec, specFile, root, cache));
    }

    /** The text stages of a tokenizer's pipeline: what normalizes query terms (wildcard, prefix, fuzzy). */
    public static Pipeline textStages(Pipeline tokenizerPipeline) {
        return AnalysisSpecs.textStages(tokenizerPipeline);
    }

    private static Pipeline build(@Nullable String spec, @Nullable String specFile, Path root, ResourceCache cache) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(cache, "cache");
        if ((spec == null) == (specFile == null)) {
            throw new IllegalArgumentException("zhpipe: give either spec (inline or JSON) or spec_file, not "
                    + (spec == null ? "neither" : "both"));
        }
        ResourcePolicy policy = ResourcePolicy.under(root);
        if (spec != null) {
            return AnalysisSpecs.parse(spec).withBaseDirectory(root).build(cache, policy);
        }
        Path file = policy.check(root.resolve(specFile), "spec file \"" + specFile + "\"");
        return Spec.read(file).build(cache, policy);
    }
}

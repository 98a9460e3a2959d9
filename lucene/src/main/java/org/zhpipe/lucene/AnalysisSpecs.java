package org.zhpipe.lucene;

import java.nio.file.Path;
import java.util.Objects;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.StageKind;

/**
 * The specs an analyzer can run, and the checks that keep the rest out: a tokenizer runs text stages, one segmenter
 * and token stages; a char filter runs text stages only. Document stages (which drop whole documents) and feature
 * stages (which turn tokens into a vector) have no place in a token stream, and are refused when the analyzer is
 * built, in one line that names the stage.
 */
final class AnalysisSpecs {
    private AnalysisSpecs() {
    }

    /** A spec given as text: JSON when it starts with <code>{</code>, else the inline form ({@code convert:t2s,segment}). */
    static Spec parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        return spec.strip().startsWith("{") ? Spec.parse(spec) : Spec.parseInline(spec);
    }

    /** A spec file (JSON, UTF-8); relative data files in it are resolved against its folder. */
    static Spec read(Path file) {
        return Spec.read(Objects.requireNonNull(file, "file"));
    }

    /**
     * {@code pipeline} when a tokenizer can run it.
     *
     * @throws IllegalArgumentException when it has no segmenter, or a document or feature stage
     */
    static Pipeline forTokenizer(Pipeline pipeline) {
        refuse(pipeline, StageKind.DOCUMENT, StageKind.FEATURE);
        if (!pipeline.segments()) {
            throw new IllegalArgumentException("zhpipe: the spec has no segmenter, so it makes no tokens: add one such "
                    + "as segment (inline) or {\"type\": \"segment\"}, or use its text stages as a char filter "
                    + "(ZhpipeCharFilter) in front of another tokenizer");
        }
        return pipeline;
    }

    /**
     * {@code pipeline} when a char filter can run it: text stages only.
     *
     * @throws IllegalArgumentException when it has a segmenter, a token, document or feature stage
     */
    static Pipeline forCharFilter(Pipeline pipeline) {
        refuse(pipeline, StageKind.SEGMENTER, StageKind.TOKEN, StageKind.DOCUMENT, StageKind.FEATURE);
        return pipeline;
    }

    /** The text stages of a tokenizer's pipeline: what its char filter runs for query normalization. */
    static Pipeline textStages(Pipeline pipeline) {
        Pipeline.Builder builder = Pipeline.builder();
        for (Pipeline.NamedStage named : pipeline.stages()) {
            if (named.stage().kind() == StageKind.TEXT) {
                builder.add(named.name(), named.stage());
            }
        }
        return builder.build();
    }

    private static void refuse(Pipeline pipeline, StageKind... kinds) {
        for (int i = 0; i < pipeline.stages().size(); i++) {
            Pipeline.NamedStage named = pipeline.stages().get(i);
            for (StageKind kind : kinds) {
                if (named.stage().kind() == kind) {
                    throw new IllegalArgumentException("zhpipe: stages[" + i + "] \"" + named.name() + "\" is a "
                            + kind.word() + ", which " + why(kind) + ": remove it from the spec");
                }
            }
        }
    }

    private static String why(StageKind kind) {
        return switch (kind) {
            case DOCUMENT -> "drops whole documents and has no place in a token stream";
            case FEATURE -> "turns tokens into a vector and has no place in a token stream";
            default -> "a char filter cannot run (it runs text stages only; use ZhpipeTokenizer for the whole spec)";
        };
    }
}

package org.zhpipe.cli;

import java.nio.file.Path;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.StageRegistry;
import org.zhpipe.stage.Pipeline;
import picocli.CommandLine.Option;

/** The {@code -p} / {@code -s} options (a mixin) shared by the commands that build a pipeline. */
final class SpecOptions {
    @Option(names = {"-p", "--pipeline"}, paramLabel = "STAGES",
            description = "Stages in the inline form, e.g. \"halfwidth,lowercase,filter:cjk_ascii\".")
    String inline;

    @Option(names = {"-s", "--spec"}, paramLabel = "SPEC",
            description = "A JSON spec file, or inline JSON when it starts with '{'.")
    String spec;

    /** Reads and builds the pipeline; throws {@link org.zhpipe.spec.SpecException} on any mistake in the spec. */
    Pipeline pipeline() {
        return spec().build();
    }

    /**
     * The pipeline, refused with a usage error when its feature stage must be fitted first.
     *
     * @param command the command the user runs, for the hint ({@code run}, {@code explain})
     */
    Pipeline runnablePipeline(String command) {
        Pipeline pipeline = pipeline();
        if (pipeline.needsFitting()) {
            Pipeline.NamedStage stage = pipeline.stageToFit().orElseThrow();
            throw new UsageException("the " + stage.stage().kind().word() + " \"" + stage.name()
                    + "\" learns from a corpus first: zhpipe fit -s SPEC -i CORPUS -o fitted.json, then zhpipe "
                    + command + " -s fitted.json");
        }
        return pipeline;
    }

    /** The spec file given with {@code -s}, or {@code null} for {@code -p} or inline JSON. */
    Path specFile() {
        return spec == null || spec.strip().startsWith("{") ? null : Path.of(spec);
    }

    /**
     * Refuses an output that would replace the spec file or a fitted model it names: they are read, never written
     * over.
     *
     * @param output the output path, or {@code null}
     */
    void requireNotSpec(Path output) {
        if (output == null || !java.nio.file.Files.exists(output)) {
            return;
        }
        Path file = specFile();
        if (file != null && isSameFile(output, file)) {
            throw new UsageException("the output " + output + " is the spec file " + spec + ", which it would "
                    + "replace: write the output elsewhere");
        }
        for (Path model : spec().modelFiles()) {
            if (isSameFile(output, model)) {
                throw new UsageException("the output " + output + " is the fitted model " + model + " that the "
                        + "spec reads, which it would replace: write the output elsewhere");
            }
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false; // one of them cannot be inspected: opening them reports the problem
        }
    }

    Spec spec() {
        if ((inline == null) == (spec == null)) {
            throw new UsageException(inline == null
                    ? "no pipeline: give the stages with -p \"halfwidth,lowercase\" or a spec file with -s spec.json"
                    : "give either -p or -s, not both");
        }
        StageRegistry registry = StageRegistry.standard();
        if (inline != null) {
            return Spec.parseInline(inline, registry);
        }
        String s = spec.strip();
        if (s.startsWith("{")) {
            return Spec.parse(s, "-s", registry);
        }
        return Spec.read(Path.of(spec), registry);
    }
}

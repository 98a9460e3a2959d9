package org.zhpipe.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * An immutable sequence of stages: text stages, at most one segmenter, then token stages. Built once, validated when
 * built, then shared: {@link #process} is safe to call from any number of threads at once.
 *
 * <p>Consecutive {@link CodePointMapper}s are fused into one pass ({@link FusedCodePointStage}).
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add("halfwidth", new HalfwidthStage()).build();
 * p.process("ＡＢＣ，你好").output();   // "ABC,你好"
 * }</pre>
 *
 * Pipelines are usually built from a spec: {@code Spec.parse(json).build()} or {@code Spec.parseInline("halfwidth")}.
 */
public final class Pipeline {
    private final List<NamedStage> stages;
    private final TextStage[] textPlan;
    private final Segmenter segmenter;
    private final TokenStage[] tokenStages;

    private Pipeline(List<NamedStage> stages) {
        this.stages = List.copyOf(stages);
        List<TextStage> plan = new ArrayList<>();
        List<CodePointMapper> run = new ArrayList<>();
        Segmenter seg = null;
        List<TokenStage> tokens = new ArrayList<>();
        for (NamedStage named : this.stages) {
            Stage stage = named.stage();
            if (stage instanceof CodePointMapper mapper) {
                run.add(mapper);
                continue;
            }
            flush(run, plan);
            if (stage instanceof TextStage text) {
                plan.add(text);
            } else if (stage instanceof Segmenter s) {
                seg = s;
            } else if (stage instanceof TokenStage t) {
                tokens.add(t);
            }
        }
        flush(run, plan);
        this.textPlan = plan.toArray(TextStage[]::new);
        this.segmenter = seg;
        this.tokenStages = tokens.toArray(TokenStage[]::new);
    }

    private static void flush(List<CodePointMapper> run, List<TextStage> plan) {
        if (!run.isEmpty()) {
            plan.add(new FusedCodePointStage(run));
            run.clear();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The stages as given, with their names. */
    public List<NamedStage> stages() {
        return stages;
    }

    /** Whether the pipeline has a segmenter, i.e. its results carry tokens. */
    public boolean segments() {
        return segmenter != null;
    }

    /** Runs the pipeline on one document. */
    public Result process(String document) {
        Text text = Text.of(document);
        for (TextStage stage : textPlan) {
            text = stage.apply(text);
        }
        if (segmenter == null) {
            return new Result(text, Tokens.empty(), false);
        }
        Tokens tokens = segmenter.segment(text);
        for (TokenStage stage : tokenStages) {
            tokens = stage.apply(tokens, text);
        }
        return new Result(text, tokens, true);
    }

    /** Runs the pipeline lazily over a stream of documents, in order, in constant memory. */
    public Stream<Result> process(Stream<String> documents) {
        return documents.map(this::process);
    }

    /**
     * Runs the stages one at a time, unfused, and returns the state after each: what {@code zhpipe explain} shows.
     */
    public List<Step> trace(String document) {
        List<Step> steps = new ArrayList<>();
        Text text = Text.of(document);
        Tokens tokens = null;
        for (NamedStage named : stages) {
            Stage stage = named.stage();
            if (stage instanceof TextStage t) {
                text = t.apply(text);
            } else if (stage instanceof Segmenter s) {
                tokens = s.segment(text);
            } else if (stage instanceof TokenStage t) {
                tokens = t.apply(tokens, text);
            }
            steps.add(new Step(named.name(), text, tokens));
        }
        return steps;
    }

    /** A stage with the name it is known by (its spec type, or its class name). */
    public record NamedStage(String name, Stage stage) {
        public NamedStage {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(stage, "stage");
        }
    }

    /** The state after one stage of {@link #trace}: tokens are {@code null} before the segmenter. */
    public record Step(String name, Text text, Tokens tokens) {
    }

    /** Collects stages and checks their order. Not thread-safe. */
    public static final class Builder {
        private final List<NamedStage> stages = new ArrayList<>();

        private Builder() {
        }

        public Builder add(Stage stage) {
            return add(stage.getClass().getSimpleName(), stage);
        }

        public Builder add(String name, Stage stage) {
            stages.add(new NamedStage(name, stage));
            return this;
        }

        /**
         * The pipeline.
         *
         * @throws StageOrderException if a stage stands where it cannot run
         */
        public Pipeline build() {
            int segmenterAt = -1;
            for (int i = 0; i < stages.size(); i++) {
                NamedStage named = stages.get(i);
                StageKind kind = named.stage().kind();
                if (!(named.stage() instanceof TextStage || named.stage() instanceof Segmenter
                        || named.stage() instanceof TokenStage)) {
                    throw new IllegalArgumentException("stage \"" + named.name() + "\" implements none of TextStage, "
                            + "Segmenter and TokenStage");
                }
                switch (kind) {
                    case TEXT -> {
                        if (segmenterAt >= 0) {
                            throw new StageOrderException(i, "text stage \"" + named.name()
                                    + "\" comes after the segmenter \"" + stages.get(segmenterAt).name()
                                    + "\"; text stages run on the text before it is segmented: move it before stages["
                                    + segmenterAt + "]");
                        }
                    }
                    case SEGMENTER -> {
                        if (segmenterAt >= 0) {
                            throw new StageOrderException(i, "a second segmenter \"" + named.name()
                                    + "\"; a pipeline has at most one (the first is stages[" + segmenterAt + "] \""
                                    + stages.get(segmenterAt).name() + "\"): remove one");
                        }
                        segmenterAt = i;
                    }
                    case TOKEN -> {
                        if (segmenterAt < 0) {
                            throw new StageOrderException(i, "token stage \"" + named.name()
                                    + "\" needs tokens, but no segmenter comes before it: add a segmenter such as "
                                    + "{\"type\": \"tokenize\"} before it");
                        }
                        if (((TokenStage) named.stage()).needsTags()
                                && !((Segmenter) stages.get(segmenterAt).stage()).producesTags()) {
                            throw new StageOrderException(i, "token stage \"" + named.name() + "\" filters by "
                                    + "part-of-speech tags, but the segmenter \"" + stages.get(segmenterAt).name()
                                    + "\" produces none: use {\"type\": \"segment\", \"pos\": true} (inline "
                                    + "segment:viterbi;pos=true)");
                        }
                    }
                    default -> throw new IllegalStateException("unknown kind " + kind);
                }
            }
            return new Pipeline(stages);
        }
    }
}

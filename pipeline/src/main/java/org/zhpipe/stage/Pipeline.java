package org.zhpipe.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * An immutable sequence of stages: text stages, at most one segmenter, then token stages, then at most one feature
 * stage. Built once, validated when built, then shared: {@link #process} is safe to call from any number of threads
 * at once.
 *
 * <p>A feature stage that learns from a corpus ({@code tfidf}) is a {@link FeatureEstimator} until it is fitted:
 * {@link #fit(Stream)} counts a corpus in one pass and returns the fitted pipeline (Spark ML's Estimator → Model);
 * {@link #newAccumulator()}, {@link #accumulate} and {@link #fit(FitAccumulator)} do the same in parts, in parallel.
 * An unfitted pipeline refuses to {@link #process} documents.
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
    private final Stage feature;
    private final int featureAt;

    private Pipeline(List<NamedStage> stages) {
        this.stages = List.copyOf(stages);
        List<TextStage> plan = new ArrayList<>();
        List<CodePointMapper> run = new ArrayList<>();
        Segmenter seg = null;
        List<TokenStage> tokens = new ArrayList<>();
        Stage featureStage = null;
        int featureIndex = -1;
        for (int i = 0; i < this.stages.size(); i++) {
            Stage stage = this.stages.get(i).stage();
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
            } else {
                featureStage = stage;
                featureIndex = i;
            }
        }
        flush(run, plan);
        this.textPlan = plan.toArray(TextStage[]::new);
        this.segmenter = seg;
        this.tokenStages = tokens.toArray(TokenStage[]::new);
        this.feature = featureStage;
        this.featureAt = featureIndex;
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

    /** Whether the pipeline ends in a feature stage, i.e. its results carry a vector. */
    public boolean hasFeatures() {
        return feature != null;
    }

    /** Whether the pipeline holds a {@link FeatureEstimator} that must be {@link #fit fitted} before it can run. */
    public boolean needsFitting() {
        return feature instanceof FeatureEstimator;
    }

    /** The feature stage (a {@link FeatureStage}, or a {@link FeatureEstimator} before fitting), if any. */
    public java.util.Optional<NamedStage> featureStage() {
        return feature == null ? java.util.Optional.empty() : java.util.Optional.of(stages.get(featureAt));
    }

    /**
     * Runs the pipeline on one document.
     *
     * @throws UnfittedStageException when the pipeline {@link #needsFitting() needs fitting}
     */
    public Result process(String document) {
        if (feature instanceof FeatureEstimator) {
            throw unfitted();
        }
        Text text = Text.of(document);
        for (TextStage stage : textPlan) {
            text = stage.apply(text);
        }
        if (segmenter == null) {
            return new Result(text, Tokens.empty(), false);
        }
        Tokens tokens = tokens(text);
        SparseVector vector = feature == null ? null : ((FeatureStage) feature).apply(tokens, text);
        return new Result(text, tokens, true, vector);
    }

    private Tokens tokens(Text text) {
        Tokens tokens = segmenter.segment(text);
        for (TokenStage stage : tokenStages) {
            tokens = stage.apply(tokens, text);
        }
        return tokens;
    }

    private UnfittedStageException unfitted() {
        String name = stages.get(featureAt).name();
        return new UnfittedStageException("stages[" + featureAt + "] \"" + name + "\" is not fitted: it learns from "
                + "a corpus first: pipeline.fit(documents), or newAccumulator, accumulate and fit(counts)");
    }

    /**
     * An empty accumulator for the pipeline's estimator: count parts of a corpus with {@link #accumulate} (one
     * accumulator per thread), {@link FitAccumulator#merge merge} them in corpus order, then {@link #fit(FitAccumulator)}.
     *
     * @throws IllegalStateException when the pipeline does not {@link #needsFitting() need fitting}
     */
    public FitAccumulator newAccumulator() {
        return estimator().newAccumulator();
    }

    /** Runs the stages before the estimator on one document and counts the result into {@code accumulator}. */
    public void accumulate(String document, FitAccumulator accumulator) {
        estimator();
        Text text = Text.of(document);
        for (TextStage stage : textPlan) {
            text = stage.apply(text);
        }
        accumulator.add(tokens(text), text);
    }

    /**
     * The fitted pipeline: the same stages with the estimator replaced by the stage it fits from {@code counts}.
     *
     * @throws FitException when the counts allow no model (no documents, no term left after pruning)
     */
    public Pipeline fit(FitAccumulator counts) {
        FeatureStage fitted = estimator().fit(counts);
        List<NamedStage> replaced = new ArrayList<>(stages);
        replaced.set(featureAt, new NamedStage(stages.get(featureAt).name(), fitted));
        return new Pipeline(replaced);
    }

    /** Fits on a corpus in one sequential pass, in memory bounded by what the estimator learns, not the corpus. */
    public Pipeline fit(Stream<String> documents) {
        FitAccumulator counts = newAccumulator();
        documents.forEachOrdered(d -> accumulate(d, counts));
        return fit(counts);
    }

    private FeatureEstimator estimator() {
        if (!(feature instanceof FeatureEstimator estimator)) {
            throw new IllegalStateException(feature == null ? "the pipeline has no feature stage to fit"
                    : "the feature stage \"" + stages.get(featureAt).name() + "\" is fitted already");
        }
        return estimator;
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
        SparseVector vector = null;
        for (NamedStage named : stages) {
            Stage stage = named.stage();
            if (stage instanceof TextStage t) {
                text = t.apply(text);
            } else if (stage instanceof Segmenter s) {
                tokens = s.segment(text);
            } else if (stage instanceof TokenStage t) {
                tokens = t.apply(tokens, text);
            } else if (stage instanceof FeatureStage f) {
                vector = f.apply(tokens, text);
            } else {
                throw unfitted();
            }
            steps.add(new Step(named.name(), text, tokens, vector));
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

    /**
     * The state after one stage of {@link #trace}: tokens are {@code null} before the segmenter, the vector is
     * {@code null} before the feature stage.
     */
    public record Step(String name, Text text, Tokens tokens, SparseVector vector) {
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
            int featureAt = -1;
            for (int i = 0; i < stages.size(); i++) {
                NamedStage named = stages.get(i);
                StageKind kind = named.stage().kind();
                if (!(named.stage() instanceof TextStage || named.stage() instanceof Segmenter
                        || named.stage() instanceof TokenStage || named.stage() instanceof FeatureStage
                        || named.stage() instanceof FeatureEstimator)) {
                    throw new IllegalArgumentException("stage \"" + named.name() + "\" implements none of TextStage, "
                            + "Segmenter, TokenStage, FeatureStage and FeatureEstimator");
                }
                if (featureAt >= 0) {
                    throw new StageOrderException(i, named.stage().kind().word() + " \"" + named.name()
                            + "\" comes after the feature stage \"" + stages.get(featureAt).name() + "\"; a feature "
                            + "stage turns the tokens into a vector and must be the last stage: move it to the end");
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
                    case FEATURE -> {
                        if (segmenterAt < 0) {
                            throw new StageOrderException(i, "feature stage \"" + named.name() + "\" needs tokens, "
                                    + "but no segmenter comes before it: add a segmenter such as {\"type\": "
                                    + "\"segment\"} before it");
                        }
                        featureAt = i;
                    }
                    default -> throw new IllegalStateException("unknown kind " + kind);
                }
            }
            return new Pipeline(stages);
        }
    }
}

package org.zhpipe.stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.zhpipe.text.SparseVector;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * An immutable sequence of stages: text stages, at most one segmenter, then token stages, then at most one feature
 * stage; {@link DocumentStage}s may stand anywhere before the feature stage, and a document one of them drops ends
 * its run there ({@link Result#dropped()}). Built once, validated when built, then shared: {@link #process} is safe
 * to call from any number of threads at once.
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
    /** Text stages (fused) and document stages before the segmenter, in order. */
    private final Planned[] textPlan;
    private final @Nullable Segmenter segmenter;
    /** Token stages and document stages after the segmenter, in order. */
    private final Planned[] tokenPlan;
    /** The feature stage (or estimator), or null when the pipeline has none. */
    private final @Nullable Stage feature;
    private final int featureAt;
    /** The first stage that must learn from a corpus (a segmenter or feature estimator), or -1. */
    private final int estimatorAt;
    /** The names of every document stage's signals, in pipeline order. */
    private final String[] signalNames;

    /** A stage as run: its name, and where its signals start when it is a document stage. */
    private record Planned(Stage stage, String name, int signalsFrom) {
    }

    private Pipeline(List<NamedStage> stages) {
        this.stages = List.copyOf(stages);
        List<Planned> plan = new ArrayList<>();
        List<CodePointMapper> run = new ArrayList<>();
        Segmenter seg = null;
        List<Planned> tokens = new ArrayList<>();
        List<String> signals = new ArrayList<>();
        Stage featureStage = null;
        int featureIndex = -1;
        int firstEstimator = -1;
        for (int i = 0; i < this.stages.size(); i++) {
            NamedStage named = this.stages.get(i);
            Stage stage = named.stage();
            if (firstEstimator < 0 && (stage instanceof SegmenterEstimator || stage instanceof FeatureEstimator)) {
                firstEstimator = i;
            }
            if (stage instanceof CodePointMapper mapper) {
                run.add(mapper);
                continue;
            }
            flush(run, plan);
            if (stage instanceof DocumentStage document) {
                (seg == null ? plan : tokens).add(new Planned(document, named.name(), signals.size()));
                signals.addAll(document.signalNames());
            } else if (stage instanceof TextStage text) {
                plan.add(new Planned(text, named.name(), -1));
            } else if (stage instanceof Segmenter s) {
                seg = s;
            } else if (stage instanceof TokenStage t) {
                tokens.add(new Planned(t, named.name(), -1));
            } else {
                featureStage = stage;
                featureIndex = i;
            }
        }
        flush(run, plan);
        this.textPlan = plan.toArray(Planned[]::new);
        this.segmenter = seg;
        this.tokenPlan = tokens.toArray(Planned[]::new);
        this.feature = featureStage;
        this.featureAt = featureIndex;
        this.estimatorAt = firstEstimator;
        this.signalNames = signals.toArray(String[]::new);
    }

    private static void flush(List<CodePointMapper> run, List<Planned> plan) {
        if (!run.isEmpty()) {
            plan.add(new Planned(new FusedCodePointStage(run), "", -1));
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

    /** The names of the signals the pipeline's document stages measure, in order; empty when it has none. */
    public List<String> signalNames() {
        return List.of(signalNames);
    }

    /**
     * Whether the pipeline holds a stage that must be {@link #fit fitted} before it can run: a {@link
     * SegmenterEstimator} or a {@link FeatureEstimator}.
     */
    public boolean needsFitting() {
        return estimatorAt >= 0;
    }

    /** The first stage that must be fitted: the one {@link #newAccumulator()} and {@link #fit(FitAccumulator)} fit. */
    public java.util.Optional<NamedStage> stageToFit() {
        return estimatorAt < 0 ? java.util.Optional.empty() : java.util.Optional.of(stages.get(estimatorAt));
    }

    /** The feature stage (a {@link FeatureStage}, or a {@link FeatureEstimator} before fitting), if any. */
    public java.util.Optional<NamedStage> featureStage() {
        return feature == null ? java.util.Optional.empty() : java.util.Optional.of(stages.get(featureAt));
    }

    /**
     * The pipeline as one code point mapping ({@link FusedCodePointStage}), when that is all it does: no other text
     * stage, no document stage, segmenter, token or feature stage. Then the text {@link #process} keeps is that
     * mapping of each code point, which a batch run applies to UTF-8 bytes directly.
     */
    public java.util.Optional<FusedCodePointStage> codePointMapping() {
        boolean only = textPlan.length == 1 && textPlan[0].stage instanceof FusedCodePointStage && segmenter == null
                && tokenPlan.length == 0 && feature == null && estimatorAt < 0 && signalNames.length == 0;
        return only ? java.util.Optional.of((FusedCodePointStage) textPlan[0].stage) : java.util.Optional.empty();
    }

    /**
     * Runs the pipeline on one document.
     *
     * @throws UnfittedStageException when the pipeline {@link #needsFitting() needs fitting}
     */
    public Result process(String document) {
        if (estimatorAt >= 0) {
            throw unfitted();
        }
        Run run = new Run(document);
        if (run.drops != null || segmenter == null) {
            return run.result(Tokens.empty(), false, null);
        }
        SparseVector vector = feature == null ? null : ((FeatureStage) feature).apply(run.tokens, run.text);
        return run.result(run.tokens, true, vector);
    }

    /** One document through the text stages, the segmenter and the token stages, stopping at a drop. */
    private final class Run {
        Text text;
        /** Null until the segmenter ran (or when the pipeline has none). */
        @Nullable Tokens tokens;
        final double[] signals;
        int measured;
        /** Null while the document is kept. */
        @Nullable List<Drop> drops;

        Run(String document) {
            this(document, true);
        }

        /** @param segment false to stop after the text stages (to count a segmenter estimator's corpus) */
        Run(String document, boolean segment) {
            signals = new double[signalNames.length];
            text = Text.of(document);
            for (Planned step : textPlan) {
                if (step.stage instanceof TextStage t) {
                    text = t.apply(text);
                } else if (!judge(step, null)) {
                    return;
                }
            }
            if (segmenter == null || !segment) {
                return;
            }
            tokens = segmenter.segment(text);
            for (Planned step : tokenPlan) {
                if (step.stage instanceof TokenStage t) {
                    tokens = t.apply(tokens, text);
                } else if (!judge(step, tokens)) {
                    return;
                }
            }
        }

        /** Runs a document stage; false when it drops the document. */
        private boolean judge(Planned step, @Nullable Tokens at) {
            DocumentStage stage = (DocumentStage) step.stage;
            List<DocumentStage.Violation> violations = stage.judge(text, at, signals, step.signalsFrom);
            measured = step.signalsFrom + stage.signalNames().size();
            if (violations.isEmpty()) {
                return true;
            }
            List<Drop> list = new ArrayList<>(violations.size());
            for (DocumentStage.Violation v : violations) {
                list.add(new Drop(step.name, v.rule(), v.detail()));
            }
            drops = List.copyOf(list);
            return false;
        }

        Signals signals() {
            return signalNames.length == 0 ? Signals.NONE : new Signals(signalNames, signals, measured);
        }

        Result result(Tokens resultTokens, boolean segmented, @Nullable SparseVector vector) {
            boolean kept = drops == null;
            return new Result(text, kept ? resultTokens : Tokens.empty(), segmented, kept ? vector : null,
                    signals(), kept ? List.of() : drops);
        }
    }

    private UnfittedStageException unfitted() {
        String name = stages.get(estimatorAt).name();
        return new UnfittedStageException("stages[" + estimatorAt + "] \"" + name + "\" is not fitted: it learns "
                + "from a corpus first: pipeline.fit(documents), or newAccumulator, accumulate and fit(counts)");
    }

    /**
     * An empty accumulator for the pipeline's first estimator ({@link #stageToFit()}): count parts of a corpus with {@link #accumulate} (one
     * accumulator per thread), {@link FitAccumulator#merge merge} them in corpus order, then {@link #fit(FitAccumulator)}.
     *
     * @throws IllegalStateException when the pipeline does not {@link #needsFitting() need fitting}
     */
    public FitAccumulator newAccumulator() {
        return estimator() instanceof SegmenterEstimator s ? s.newAccumulator()
                : ((FeatureEstimator) estimator()).newAccumulator();
    }

    /**
     * Runs the stages before the estimator on one document and counts the result into {@code accumulator}, unless a
     * document stage drops it.
     *
     * @return why a document stage dropped the document, or an empty list when it was counted
     */
    public List<Drop> accumulate(String document, FitAccumulator accumulator) {
        boolean segmenterFirst = estimator() instanceof SegmenterEstimator;
        Run run = new Run(document, !segmenterFirst);
        if (run.drops != null) {
            return run.drops;
        }
        accumulator.add(segmenterFirst ? Tokens.empty() : run.tokens, run.text);
        return List.of();
    }

    /**
     * The pipeline with its first estimator replaced by the stage it fits from {@code counts}; it may hold another
     * estimator still ({@code segment} with {@code discover}, then {@code tfidf}), to fit with another pass.
     *
     * @throws FitException when the counts allow no model (no documents, no term left after pruning)
     */
    public Pipeline fit(FitAccumulator counts) {
        Stage estimator = estimator();
        Stage fitted = estimator instanceof SegmenterEstimator s ? s.fit(counts)
                : ((FeatureEstimator) estimator).fit(counts);
        List<NamedStage> replaced = new ArrayList<>(stages);
        replaced.set(estimatorAt, new NamedStage(stages.get(estimatorAt).name(), fitted));
        return new Pipeline(replaced);
    }

    /**
     * The same pipeline with stage {@code index} replaced by {@code stage} (under the same name), checked as any
     * pipeline is built: for example a fitted stage swapped for another estimator that learns more from the corpus.
     */
    public Pipeline replace(int index, Stage stage) {
        List<NamedStage> replaced = new ArrayList<>(stages);
        replaced.set(index, new NamedStage(stages.get(index).name(), Objects.requireNonNull(stage, "stage")));
        Builder builder = builder();
        for (NamedStage named : replaced) {
            builder.add(named.name(), named.stage());
        }
        return builder.build();
    }

    /**
     * Fits the first estimator on a corpus in one sequential pass, in memory bounded by what it learns, not the
     * corpus; a pipeline with two estimators needs a second pass over the corpus for the second.
     */
    public Pipeline fit(Stream<String> documents) {
        FitAccumulator counts = newAccumulator();
        documents.forEachOrdered(d -> accumulate(d, counts));
        return fit(counts);
    }

    private Stage estimator() {
        if (estimatorAt < 0) {
            throw new IllegalStateException("the pipeline has no stage to fit: a feature stage that learns (bow, "
                    + "tfidf, keywords with idfTable=fit) or segment with discover, not fitted yet");
        }
        return stages.get(estimatorAt).stage();
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
        double[] values = new double[signalNames.length];
        int measured = 0;
        for (NamedStage named : stages) {
            Stage stage = named.stage();
            List<Drop> drops = List.of();
            Signals signals = Signals.NONE;
            if (stage instanceof DocumentStage d) {
                List<DocumentStage.Violation> violations = d.judge(text, tokens, values, measured);
                String[] names = d.signalNames().toArray(String[]::new);
                signals = new Signals(names, Arrays.copyOfRange(values, measured, measured + names.length),
                        names.length);
                measured += names.length;
                drops = violations.stream().map(v -> new Drop(named.name(), v.rule(), v.detail())).toList();
            } else if (stage instanceof TextStage t) {
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
            steps.add(new Step(named.name(), text, tokens, vector, signals, drops));
            if (!drops.isEmpty()) {
                break;
            }
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
     * {@code null} before the feature stage; a document stage's step has its signals and, when it dropped the
     * document (the last step then), its drops.
     */
    public record Step(String name, Text text, @Nullable Tokens tokens, @Nullable SparseVector vector,
                       Signals signals, List<Drop> drops) {
        /** The step of a stage that is not a document stage. */
        public Step(String name, Text text, @Nullable Tokens tokens, @Nullable SparseVector vector) {
            this(name, text, tokens, vector, Signals.NONE, List.of());
        }
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
            Map<String, Integer> signalAt = new HashMap<>();
            for (int i = 0; i < stages.size(); i++) {
                NamedStage named = stages.get(i);
                StageKind kind = named.stage().kind();
                if (!(named.stage() instanceof TextStage || named.stage() instanceof Segmenter
                        || named.stage() instanceof TokenStage || named.stage() instanceof FeatureStage
                        || named.stage() instanceof FeatureEstimator || named.stage() instanceof DocumentStage)) {
                    throw new IllegalArgumentException("stage \"" + named.name() + "\" implements none of TextStage, "
                            + "Segmenter, TokenStage, DocumentStage, FeatureStage and FeatureEstimator");
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
                    case DOCUMENT -> {
                        DocumentStage document = (DocumentStage) named.stage();
                        if (document.needsTokens() && segmenterAt < 0) {
                            throw new StageOrderException(i, "document stage \"" + named.name() + "\" measures "
                                    + "tokens, but no segmenter comes before it: add a segmenter such as {\"type\": "
                                    + "\"segment\"} before it");
                        }
                        for (String signal : document.signalNames()) {
                            Integer first = signalAt.putIfAbsent(signal, i);
                            if (first != null) {
                                throw new StageOrderException(i, "document stage \"" + named.name() + "\" measures "
                                        + "the signal " + signal + ", which stages[" + first + "] \""
                                        + stages.get(first).name() + "\" measures already; a signal has one name in a "
                                        + "pipeline: remove one of the stages");
                            }
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

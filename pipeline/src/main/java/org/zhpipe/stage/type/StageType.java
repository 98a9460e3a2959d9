package org.zhpipe.stage.type;

import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.ResourceCache;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.zhpipe.stage.Stage;
import org.zhpipe.stage.StageKind;

/**
 * A named kind of stage in the spec: its stable snake_case name, its parameter record (components are the parameters;
 * a default instance supplies the defaults), the parameter the inline form sets ({@code filter:cjk_ascii}), and a
 * factory that builds the runtime stage.
 *
 * <p>Each stage type of zhpipe is declared in one file named after it, in the package of its kind: the type
 * {@code token_filter} is {@code org.zhpipe.token.TokenFilterStage}, holding its {@code record Params}, its
 * {@code TYPE} and its factory. Library users declare their own the same way and register them:
 * <pre>{@code
 * final class ReverseStage implements TextStage {
 *     public record Params(@Doc("reverse code points, not chars") boolean codePoints) {}
 *     public static final StageType<Params> TYPE = StageType.of("reverse", StageKind.TEXT, "Reverses the text.",
 *             new Params(true), "codePoints", p -> new ReverseStage(p.codePoints()));
 *     ...
 * }
 * StageRegistry registry = StageRegistry.standard().with(ReverseStage.TYPE);
 * Pipeline p = Spec.parse("{\"stages\": [{\"type\": \"reverse\"}]}", registry).build();
 * }</pre>
 *
 * <p>This class knows no JSON: {@code org.zhpipe.spec} binds a stage's JSON object to the parameter record.
 *
 * @param <P> the parameter record
 */
public final class StageType<P extends Record> {
    private final String name;
    private final StageKind kind;
    private final String description;
    private final P defaults;
    private final @Nullable String primary;
    private final BiFunction<P, BuildContext, ? extends Stage> factory;

    private StageType(String name, StageKind kind, String description, P defaults, @Nullable String primary,
                      BiFunction<P, BuildContext, ? extends Stage> factory) {
        this.name = Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
            throw new IllegalArgumentException("stage type names are snake_case words: " + name);
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.description = Objects.requireNonNull(description, "description");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.factory = Objects.requireNonNull(factory, "factory");
        if (primary != null && parameterNames().stream().noneMatch(primary::equals)) {
            throw new IllegalArgumentException("primary parameter " + primary + " is not a parameter of " + name);
        }
        this.primary = primary;
    }

    /**
     * A stage type.
     *
     * @param name        stable snake_case name used in specs
     * @param kind        where the stage may stand
     * @param description one sentence for {@code zhpipe stages}
     * @param defaults    the parameter record with every default value; a required parameter has none, so its
     *                    component is {@code null} here (and {@code @Nullable} in the record)
     * @param primary     the parameter set by {@code name:value} in the inline form, or {@code null}
     * @param factory     builds the stage; may throw {@link InvalidParameterException}
     */
    public static <P extends Record> StageType<P> of(String name, StageKind kind, String description, P defaults,
                                                     @Nullable String primary, Function<P, ? extends Stage> factory) {
        Objects.requireNonNull(factory, "factory");
        return new StageType<>(name, kind, description, defaults, primary, (p, context) -> factory.apply(p));
    }

    /**
     * A stage type whose stages load data: the factory gets the build's {@link ResourceCache}, so stages that name
     * the same dictionary share one loaded copy.
     */
    public static <P extends Record> StageType<P> withResources(String name, StageKind kind, String description,
                                                                P defaults, @Nullable String primary,
                                                                BiFunction<P, ResourceCache, ? extends Stage> factory) {
        Objects.requireNonNull(factory, "factory");
        return new StageType<>(name, kind, description, defaults, primary,
                (p, context) -> factory.apply(p, context.resources()));
    }

    /**
     * A stage type whose stages read files the spec names relative to itself (a fitted model): the factory gets the
     * whole {@link BuildContext}.
     */
    public static <P extends Record> StageType<P> withContext(String name, StageKind kind, String description,
                                                              P defaults, @Nullable String primary,
                                                              BiFunction<P, BuildContext, ? extends Stage> factory) {
        return new StageType<>(name, kind, description, defaults, primary, factory);
    }

    public String name() {
        return name;
    }

    public StageKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public P defaults() {
        return defaults;
    }

    @SuppressWarnings("unchecked")
    public Class<P> parametersClass() {
        return (Class<P>) defaults.getClass();
    }

    /** The inline form's parameter, or {@code null}. */
    public @Nullable String primary() {
        return primary;
    }

    /** The parameters (record components) in declaration order. */
    public List<RecordComponent> parameters() {
        return Arrays.asList(defaults.getClass().getRecordComponents());
    }

    public List<String> parameterNames() {
        return parameters().stream().map(RecordComponent::getName).toList();
    }

    /** Builds the runtime stage; {@code params} must be of this type's parameter record. */
    public Stage create(Record params) {
        return create(params, new ResourceCache());
    }

    /** Builds the runtime stage, loading data through {@code resources}. */
    public Stage create(Record params, ResourceCache resources) {
        return create(params, new BuildContext(resources, null));
    }

    /** Builds the runtime stage in {@code context}. */
    public Stage create(Record params, BuildContext context) {
        return factory.apply(parametersClass().cast(params), context);
    }

    /** Stage types are equal when they have the same name and parameter record. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof StageType<?> other && name.equals(other.name)
                && parametersClass() == other.parametersClass();
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.zhpipe.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Stage;
import org.zhpipe.stage.StageOrderException;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.FittableParams;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.Suggestions;

/**
 * A pipeline described as data: the public JSON contract
 * <pre>{@code
 * {"zhpipe": 1, "stages": [{"type": "halfwidth"}, {"type": "filter", "keep": "cjk_ascii"}]}
 * }</pre>
 * or the inline form {@code halfwidth,filter:cjk_ascii}. Reading checks structure, names and value types; {@link
 * #build()} also checks values (UnicodeSet patterns) and stage order, so every mistake surfaces before the first
 * document, as a {@link SpecException} that says where, what, and how to fix it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Spec {
    /** The version of the spec format this code reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private final List<StageSpec> stages;
    private final @Nullable String description;
    private final SpecSource source;
    private final @Nullable Path baseDirectory;

    /** One stage of a spec: its type and its bound parameter record. */
    public record StageSpec(StageType<?> type, Record params) {
        public StageSpec {
            Objects.requireNonNull(type, "type");
            type.parametersClass().cast(Objects.requireNonNull(params, "params"));
        }

        /** A stage with every parameter at its default. */
        public static StageSpec of(StageType<?> type) {
            return new StageSpec(type, type.defaults());
        }
    }

    private Spec(List<StageSpec> stages, @Nullable String description, SpecSource source,
                 @Nullable Path baseDirectory) {
        this.stages = List.copyOf(stages);
        this.description = description;
        this.source = source;
        this.baseDirectory = baseDirectory;
    }

    /** A spec from stage specs built in code. */
    public static Spec of(List<StageSpec> stages) {
        return new Spec(stages, null, SpecSource.none(), null);
    }

    /** The same spec with {@code stages} instead of its stages (same description, source and folder). */
    public Spec withStages(List<StageSpec> stages) {
        return new Spec(stages, description, source, baseDirectory);
    }

    /**
     * The folder that relative model paths are resolved against: the spec file's folder, or {@code null} (the working
     * directory) for a spec that was not read from a file.
     */
    public @Nullable Path baseDirectory() {
        return baseDirectory;
    }

    /**
     * The same spec, resolving relative model paths against {@code directory} ({@code null}: the working
     * directory).
     */
    public Spec withBaseDirectory(@Nullable Path directory) {
        return new Spec(stages, description, source, directory);
    }

    /** Reads a JSON spec with the standard stages. */
    public static Spec parse(String json) {
        return parse(json, "spec", StageRegistry.standard());
    }

    /** Reads a JSON spec with the stages of {@code registry}. */
    public static Spec parse(String json, StageRegistry registry) {
        return parse(json, "spec", registry);
    }

    /**
     * Reads a JSON spec.
     *
     * @param sourceName names the source in error messages, e.g. the file name
     */
    public static Spec parse(String json, String sourceName, StageRegistry registry) {
        LocatedJson located = LocatedJson.parse(json, sourceName);
        return fromTree(located, new SpecSource(sourceName, located.locations), registry, false);
    }

    /** Reads a JSON spec file (UTF-8) with the standard stages. */
    public static Spec read(Path file) {
        return read(file, StageRegistry.standard());
    }

    /** Reads a JSON spec file (UTF-8). */
    public static Spec read(Path file, StageRegistry registry) {
        String json;
        try {
            json = decodeSpec(org.zhpipe.resource.DataFiles.read(file, org.zhpipe.resource.DataFiles.SPEC_LIMIT),
                    file);
        } catch (NoSuchFileException e) {
            throw new SpecException(file.toString(), null, "", "spec file not found; check the path");
        } catch (IOException e) {
            throw new SpecException(file.toString(), null, "", "cannot read the spec file: " + e.getMessage());
        }
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            json = json.substring(1);
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(json, file.toString(), registry).withBaseDirectory(folder);
    }

    /** The text of a spec file's bytes: strict UTF-8, or an error at the line and column of the first bad byte. */
    private static String decodeSpec(byte[] bytes, Path file) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        if (!decoder.decode(in, out, true).isError() && !decoder.flush(out).isError()) {
            return out.flip().toString();
        }
        int bad = in.position();
        String before = out.flip().toString();
        int lineStart = before.lastIndexOf('\n') + 1;
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.codePointCount(lineStart, before.length()) + 1;
        throw new SpecException(file.toString(), new Location(line, column), "", String.format(java.util.Locale.ROOT,
                "the spec is not valid UTF-8 (byte 0x%02X at byte offset %d): save it as UTF-8", bytes[bad] & 0xFF,
                bad));
    }

    /** Reads the inline form ({@code halfwidth,lowercase,filter:cjk_ascii}) with the standard stages. */
    public static Spec parseInline(String inline) {
        return parseInline(inline, StageRegistry.standard());
    }

    /** Reads the inline form with the stages of {@code registry}; see {@link InlineSpec} for the syntax. */
    public static Spec parseInline(String inline, StageRegistry registry) {
        LocatedJson located = InlineSpec.toJson(inline, "inline", registry);
        return fromTree(located, new SpecSource("inline", located.locations), registry, true);
    }

    private static Spec fromTree(LocatedJson json, SpecSource source, StageRegistry registry, boolean inline) {
        JsonNode root = json.root;
        if (!root.isObject()) {
            throw source.error("", "expected a JSON object such as {\"zhpipe\": 1, \"stages\": [{\"type\": "
                    + "\"halfwidth\"}]}, got " + ParamBinder.describe(root));
        }
        List<String> known = List.of("zhpipe", "description", "stages");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw source.error(name, "unknown field \"" + name + "\"" + Suggestions.didYouMean(name, known)
                        + " A spec has the fields: " + String.join(", ", known));
            }
        }
        JsonNode version = root.get("zhpipe");
        if (version != null && !(version.isIntegralNumber() && version.intValue() == FORMAT_VERSION)) {
            throw source.error("zhpipe", "unsupported spec version " + ParamBinder.describe(version)
                    + "; this zhpipe reads version " + FORMAT_VERSION + ": write \"zhpipe\": 1");
        }
        JsonNode description = root.get("description");
        if (description != null && !description.isTextual()) {
            throw source.error("description", "expected a string, got " + ParamBinder.describe(description));
        }
        JsonNode stagesNode = root.get("stages");
        if (stagesNode == null) {
            throw source.error("", "missing \"stages\": a spec lists its stages, e.g. {\"zhpipe\": 1, \"stages\": "
                    + "[{\"type\": \"halfwidth\"}]}");
        }
        if (!stagesNode.isArray()) {
            throw source.error("stages", "expected a list of stages, got " + ParamBinder.describe(stagesNode));
        }
        if (stagesNode.isEmpty()) {
            throw source.error("stages", "no stages; list at least one, e.g. \"stages\": [{\"type\": "
                    + "\"halfwidth\"}] (as -p '' is refused too)");
        }
        List<StageSpec> stages = new ArrayList<>();
        for (int i = 0; i < stagesNode.size(); i++) {
            stages.add(stage(stagesNode.get(i), "stages[" + i + "]", source, registry, inline));
        }
        return new Spec(stages, description == null ? null : description.textValue(), source, null);
    }

    private static StageSpec stage(JsonNode node, String path, SpecSource source, StageRegistry registry,
                                   boolean inline) {
        if (!node.isObject()) {
            throw source.error(path, "expected a stage object such as {\"type\": \"halfwidth\"}, got "
                    + ParamBinder.describe(node));
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null) {
            throw source.error(path, "missing \"type\"; every stage names its type, e.g. {\"type\": \"halfwidth\"}");
        }
        if (!typeNode.isTextual()) {
            throw source.error(path + ".type", "expected a stage type name, got " + ParamBinder.describe(typeNode));
        }
        String name = typeNode.textValue();
        StageType<?> type = registry.get(name).orElseThrow(() -> source.error(path + ".type",
                "unknown stage type \"" + name + "\"" + Suggestions.didYouMean(name, registry.names())
                        + " Known types: " + String.join(", ", registry.names())));
        Record params = ParamBinder.bind(type, (ObjectNode) node, path, source, inline);
        return new StageSpec(type, params);
    }

    /**
     * The fitted model files the spec's stages name ({@code model}), resolved as building resolves them: against
     * {@link #baseDirectory()}. An output must never replace one of them.
     */
    public List<Path> modelFiles() {
        List<Path> files = new ArrayList<>();
        for (StageSpec stage : stages) {
            if (stage.params() instanceof FittableParams p && !p.model().isEmpty()) {
                Path model = Path.of(p.model());
                files.add(model.isAbsolute() || baseDirectory == null ? model : baseDirectory.resolve(model));
            }
        }
        return files;
    }

    public List<StageSpec> stages() {
        return stages;
    }

    /** The spec's free-text description, or {@code null}. */
    public @Nullable String description() {
        return description;
    }

    /**
     * Builds the pipeline: creates every stage (checking parameter values) and checks the stage order.
     *
     * @throws SpecException naming the stage or parameter at fault
     */
    public Pipeline build() {
        return build(new ResourceCache());
    }

    /**
     * Builds the pipeline, loading dictionaries through {@code resources} so that pipelines built with the same cache
     * share them.
     *
     * @throws SpecException naming the stage or parameter at fault
     */
    public Pipeline build(ResourceCache resources) {
        return build(resources, org.zhpipe.resource.ResourcePolicy.ANY);
    }

    /**
     * Builds the pipeline, loading data through {@code resources} and reading only the files {@code policy} allows
     * (a search-engine plugin confines specs from index settings to its own folders).
     *
     * @throws SpecException naming the stage or parameter at fault, also for a refused file
     */
    public Pipeline build(ResourceCache resources, org.zhpipe.resource.ResourcePolicy policy) {
        BuildContext context = new BuildContext(resources, baseDirectory, policy);
        Pipeline.Builder builder = Pipeline.builder();
        for (int i = 0; i < stages.size(); i++) {
            StageSpec s = stages.get(i);
            String path = "stages[" + i + "]";
            Stage stage;
            try {
                stage = s.type().create(s.params(), context);
            } catch (InvalidParameterException e) {
                throw source.error(path + "." + e.parameter(), e.getMessage());
            }
            if (stage.kind() != s.type().kind()) {
                throw new IllegalStateException("stage type " + s.type().name() + " declares " + s.type().kind()
                        + " but built a " + stage.kind());
            }
            builder.add(s.type().name(), stage);
        }
        try {
            return builder.build();
        } catch (StageOrderException e) {
            throw source.error("stages[" + e.index() + "].type", e.getMessage());
        }
    }

    /** The spec as pretty-printed JSON, every parameter written out; reading it back gives an equal spec. */
    public String toJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("zhpipe", FORMAT_VERSION);
        if (description != null) {
            root.put("description", description);
        }
        ArrayNode array = root.putArray("stages");
        for (StageSpec s : stages) {
            ObjectNode node = array.addObject();
            node.put("type", s.type().name());
            for (RecordComponent c : s.type().parameters()) {
                node.set(c.getName(), toNode(value(c, s.params())));
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parameter's value: null for a required parameter in a stage type's defaults. */
    private static @Nullable Object value(RecordComponent c, Record params) {
        try {
            return c.getAccessor().invoke(params);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode toNode(@Nullable Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        } else if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        } else if (value instanceof Integer n) {
            return nodes.numberNode(n);
        } else if (value instanceof Long n) {
            return nodes.numberNode(n);
        } else if (value instanceof Double n) {
            return nodes.numberNode(n);
        } else if (value instanceof Enum<?> e) {
            return nodes.textNode(e.name().toLowerCase(Locale.ROOT));
        } else if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(toNode(item)));
            return array;
        } else if (value instanceof java.util.Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((k, v) -> object.set(k.toString(), toNode(v)));
            return object;
        }
        return nodes.textNode(value.toString());
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Spec other && stages.equals(other.stages)
                && Objects.equals(description, other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stages, description);
    }

    @Override
    public String toString() {
        return toJson();
    }
}

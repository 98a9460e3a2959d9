package org.zhpipe.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.type.StageType;

/**
 * One parameter of a stage type as {@code zhpipe stages} shows it: its name, the type a spec gives it, its default and
 * documentation, and whether the inline form sets it. A required parameter has no default: {@code defaultValue} is
 * {@code null}.
 */
public record StageParameter(String name, String type, @Nullable Object defaultValue, String description,
                             boolean primary) {
    /** The parameters of {@code type} in declaration order, with their type names, defaults and documentation. */
    public static List<StageParameter> of(StageType<?> type) {
        return type.parameters().stream()
                .map(c -> new StageParameter(c.getName(), ParamBinder.typeName(c), ParamBinder.defaultValue(type, c),
                        ParamBinder.doc(c), c.getName().equals(type.primary())))
                .toList();
    }

    /** The default as JSON text, or {@code "(required)"}. */
    public String defaultJson() {
        return defaultValue == null ? "(required)" : Spec.toNode(defaultValue).toString();
    }
}

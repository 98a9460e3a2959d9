package org.zhpipe.spec;

import org.jspecify.annotations.Nullable;

/**
 * A mistake in a spec, found when it is read or when its pipeline is built. The message is one line for a person:
 * where ({@code source:line:column}, then the JSON path such as {@code stages[2].keep}), what is wrong, and how to fix
 * it. For example:
 * <pre>
 * spec.json:3:14: stages[0].type: unknown stage type "halfwidht"; did you mean "halfwidth"? ...
 * </pre>
 */
public final class SpecException extends RuntimeException {
    private final @Nullable String source;
    private final @Nullable Location location;
    private final String path;
    private final String problem;

    /**
     * @param source   the file name or {@code "inline"}, or {@code null} for a spec built in code
     * @param location line and column in the source, or {@code null} when unknown
     * @param path     the JSON path, e.g. {@code stages[0].type}; empty for the whole spec
     * @param problem  what is wrong and how to fix it
     */
    public SpecException(@Nullable String source, @Nullable Location location, String path, String problem) {
        super(format(source, location, path, problem));
        this.source = source;
        this.location = location;
        this.path = path;
        this.problem = problem;
    }

    private static String format(@Nullable String source, @Nullable Location location, String path,
                                 String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (location != null) {
                sb.append(':').append(location);
            }
            sb.append(": ");
        }
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(problem).toString();
    }

    /** The file name, {@code "inline"}, or {@code null}. */
    public @Nullable String source() {
        return source;
    }

    /** Line and column in the source, or {@code null} when unknown. */
    public @Nullable Location location() {
        return location;
    }

    /** The JSON path, e.g. {@code stages[0].type}; empty for the whole spec. */
    public String path() {
        return path;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}

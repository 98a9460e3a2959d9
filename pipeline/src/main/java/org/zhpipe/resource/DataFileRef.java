package org.zhpipe.resource;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a spec's data-file parameter names: bundled data or a file. The one rule for all of them:
 * <ul>
 *   <li>{@code bundled:NAME} is bundled data, and so is a bare bundled name (such as {@code core}, {@code t2s},
 *       {@code jieba}) without a folder separator;</li>
 *   <li>anything else is a path; a relative one is resolved against the folder of the spec file that names it (for
 *       an inline spec, the working directory), so a spec and its data files can move together.</li>
 * </ul>
 * A file named like a bundled resource is read with a folder: {@code ./core}.
 *
 * @param bundled the bundled name, or {@code null} for a file
 * @param file    the resolved file, or {@code null} for bundled data
 */
public record DataFileRef(@Nullable String bundled, @Nullable Path file) {
    /** The prefix that marks bundled data explicitly. */
    public static final String BUNDLED_PREFIX = "bundled:";

    public DataFileRef {
        if ((bundled == null) == (file == null)) {
            throw new IllegalArgumentException("a data file is bundled or a file, not both or neither");
        }
    }

    /**
     * Reads a parameter value.
     *
     * @param value         as the spec wrote it
     * @param bundledNames  the bundled data of this kind
     * @param baseDirectory the spec file's folder, or {@code null} for an inline spec
     * @throws DataFileException for {@code bundled:} with an unknown name
     */
    public static DataFileRef of(String value, Collection<String> bundledNames, @Nullable Path baseDirectory) {
        Objects.requireNonNull(value, "value");
        if (value.startsWith(BUNDLED_PREFIX)) {
            String name = value.substring(BUNDLED_PREFIX.length());
            if (!bundledNames.contains(name)) {
                throw new DataFileException("no bundled data named \"" + name + "\"; bundled: "
                        + String.join(", ", bundledNames.stream().sorted().toList()));
            }
            return new DataFileRef(name, null);
        }
        if (bundledNames.contains(value) && value.indexOf('/') < 0 && value.indexOf('\\') < 0) {
            return new DataFileRef(value, null);
        }
        Path path = Path.of(value);
        return new DataFileRef(null, path.isAbsolute() || baseDirectory == null ? path : baseDirectory.resolve(path));
    }

    /** Whether it names bundled data. */
    public boolean isBundled() {
        return bundled != null;
    }
}

package org.zhpipe.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a configuration's dictionaries come from. A {@code "file"} names OpenCC's compiled dictionary
 * ({@code X.ocd2}, {@code X.ocd}) or a text one ({@code X.txt}); zhpipe always reads the text dictionary
 * {@code X.txt}. Relative names are looked up beside the configuration (OpenCC also searches the working directory
 * and its data directories; zhpipe does not, so nothing depends on where a program runs).
 */
interface DictionarySource {
    /** Where the package's bundled data lives on the class path. */
    String BUNDLED_PREFIX = "org/zhpipe/convert/opencc/";

    /** The dictionary file named {@code textName}, or {@code null} when there is none. */
    @Nullable Found find(String textName);

    /** Where {@link #find} looks, for error messages: "beside the configuration in /data". */
    String describe();

    /**
     * A dictionary file that exists: its cache identity, how errors name it, and where it is (a file, or else a
     * class path resource): one of {@code file} and {@code resource} is null.
     */
    record Found(String cacheKey, String location, @Nullable Path file, @Nullable String resource) {
        byte[] read() throws IOException {
            if (file != null) {
                return org.zhpipe.resource.DataFiles.read(file);
            }
            byte[] bytes = readResource(resource);
            if (bytes == null) {
                throw new IOException("missing from the class path: " + resource);
            }
            return bytes;
        }
    }

    /** The text dictionary a {@code "file"} value stands for: {@code X.ocd2} and {@code X.ocd} mean {@code X.txt}. */
    static String textName(String file) {
        // String.concat, not +: this runs on the first load, where the first + costs a bootstrap of ~20 ms
        if (file.endsWith(".ocd2")) {
            return file.substring(0, file.length() - 5).concat(".txt");
        }
        if (file.endsWith(".ocd")) {
            return file.substring(0, file.length() - 4).concat(".txt");
        }
        return file;
    }

    /** Files in the first of {@code directories} that has them. */
    static DictionarySource directories(List<Path> directories) {
        return directories(directories, org.zhpipe.resource.ResourcePolicy.ANY);
    }

    /** Files in the first of {@code directories} that has them, read only where {@code policy} allows. */
    static DictionarySource directories(List<Path> directories, org.zhpipe.resource.ResourcePolicy policy) {
        List<Path> dirs = List.copyOf(directories);
        return new DictionarySource() {
            @Override
            public @Nullable Found find(String textName) {
                for (Path dir : dirs) {
                    Path path = dir.resolve(textName).toAbsolutePath().normalize();
                    policy.check(path, "OpenCC dictionary \"" + textName + "\"");
                    BasicFileAttributes attributes;
                    try {
                        attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    } catch (IOException e) {
                        continue;
                    }
                    if (!attributes.isRegularFile()) {
                        continue;
                    }
                    // the same path changed on disk is another dictionary
                    String key = new StringBuilder("file:").append(path).append('\n').append(attributes.size())
                            .append('\n').append(attributes.lastModifiedTime()).toString();
                    return new Found(key, path.toString(), path, null);
                }
                return null;
            }

            @Override
            public String describe() {
                return dirs.size() == 1 ? "in " + dirs.get(0).toAbsolutePath().normalize()
                        : "in any of " + dirs;
            }
        };
    }

    /** The dictionaries bundled in the jar. */
    static DictionarySource bundled() {
        return new DictionarySource() {
            @Override
            public @Nullable Found find(String textName) {
                String resource = BUNDLED_PREFIX.concat(textName);
                if (textName.contains("/") || textName.contains("\\")
                        || DictionarySource.class.getClassLoader().getResource(resource) == null) {
                    return null;
                }
                return new Found("classpath:".concat(resource), "bundled ".concat(textName), null, resource);
            }

            @Override
            public String describe() {
                return "among the bundled dictionaries (classpath " + BUNDLED_PREFIX + ")";
            }
        };
    }

    /** A bundled resource's bytes, or {@code null} when the class path does not have it. */
    static byte @Nullable [] readResource(String resource) throws IOException {
        try (InputStream in = DictionarySource.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}

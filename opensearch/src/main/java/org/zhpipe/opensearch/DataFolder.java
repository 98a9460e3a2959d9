package org.zhpipe.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.ResourceCache;

/**
 * The node's zhpipe folder ({@code <config>/zhpipe}), the only folder index settings may name files in, and the
 * loaded data shared by every index on the node: ten indices that name the same dictionary load it once.
 *
 * <p>The shared {@link ResourceCache} is keyed by file path, so it alone would serve an edited dictionary's old words
 * forever. {@link #cache()} therefore gives a fresh cache whenever a file under the folder changed (its path, size or
 * modification time) since the current one was made; analyzers built before keep the data they loaded. Bundled data
 * (the core dictionary, OpenCC tables) is loaded again into the fresh cache.
 *
 * <p>Thread-safe: indices are created on several threads.
 */
final class DataFolder {
    private final Path root;
    private @Nullable List<FileStamp> stamps;
    private @Nullable ResourceCache cache;

    /**
     * @param root the folder, which need not exist; taken on the default file system, where zhpipe resolves every data
     *             file (a test node's config folder may lie on a wrapping test file system)
     */
    DataFolder(Path root) {
        this.root = Path.of(Objects.requireNonNull(root, "root").toAbsolutePath().normalize().toString());
    }

    /** The folder. */
    Path root() {
        return root;
    }

    /** The cache of the folder's present contents. */
    synchronized ResourceCache cache() {
        List<FileStamp> now = stamps();
        ResourceCache current = cache;
        if (current == null || !now.equals(stamps)) {
            current = new ResourceCache();
            cache = current;
            stamps = now;
        }
        return current;
    }

    private List<FileStamp> stamps() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<FileStamp> list = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    list.add(new FileStamp(root.relativize(file).toString(), attributes.size(),
                            attributes.lastModifiedTime()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("zhpipe: cannot list " + root + ": " + e.getMessage(), e);
        }
        list.sort(null);
        return list;
    }

    /** What tells one version of a file from the next. */
    private record FileStamp(String path, long size, FileTime modified) implements Comparable<FileStamp> {
        @Override
        public int compareTo(FileStamp other) {
            return path.compareTo(other.path);
        }
    }
}

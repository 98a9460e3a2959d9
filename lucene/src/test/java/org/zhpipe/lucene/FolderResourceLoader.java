package org.zhpipe.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import org.jspecify.annotations.Nullable;

/**
 * A resource loader that reads from a folder and says which (as Solr's standalone loader does), with the
 * {@link ResourceFolderLocator} that knows it, registered for the tests in {@code META-INF/services}.
 */
final class FolderResourceLoader implements ResourceLoader {
    private final Path folder;
    private final ResourceLoader delegate;

    FolderResourceLoader(Path folder) {
        this.folder = folder;
        this.delegate = new FilesystemResourceLoader(folder, FolderResourceLoader.class.getClassLoader());
    }

    @Override
    public InputStream openResource(String resource) throws IOException {
        return delegate.openResource(resource);
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        return delegate.findClass(cname, expectedType);
    }

    /** Knows {@link FolderResourceLoader}s and no other loader. */
    public static final class Locator implements ResourceFolderLocator {
        @Override
        public @Nullable Path folder(ResourceLoader loader) {
            return loader instanceof FolderResourceLoader folderLoader ? folderLoader.folder : null;
        }
    }
}

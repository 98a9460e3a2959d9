package org.zhpipe.lucene;

import java.nio.file.Path;
import org.apache.lucene.util.ResourceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Finds the real folder that an engine's {@link ResourceLoader} reads relative resource names from, so that the
 * relative data files of a {@code specFile} spec (user dictionaries, stopword files, OpenCC configurations) resolve
 * against the folder the spec was read from. Lucene's {@code ResourceLoader} has no path API, so each engine's
 * adapter that knows its loaders registers a locator with {@link java.util.ServiceLoader}, in
 * {@code META-INF/services/org.zhpipe.lucene.ResourceFolderLocator} (zhpipe-solr registers one for standalone
 * Solr's core configuration folder). The factories ask every registered locator in turn, and use a folder only when
 * the spec file is a regular file in it; without one, relative data files resolve against the working directory.
 *
 * <p>Implementations are stateless and thread-safe, and have a public no-argument constructor.
 */
public interface ResourceFolderLocator {
    /**
     * The folder {@code loader} reads relative names from, or {@code null} when the locator does not know the loader
     * or the loader reads from no real folder (a SolrCloud configset in ZooKeeper, the class path).
     */
    @Nullable Path folder(ResourceLoader loader);
}

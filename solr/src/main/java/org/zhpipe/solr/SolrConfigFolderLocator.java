package org.zhpipe.solr;

import java.nio.file.Path;
import org.apache.lucene.util.ResourceLoader;
import org.apache.solr.cloud.ZkSolrResourceLoader;
import org.apache.solr.core.SolrResourceLoader;
import org.jspecify.annotations.Nullable;
import org.zhpipe.lucene.ResourceFolderLocator;

/**
 * A standalone Solr core's configuration folder ({@code <instanceDir>/conf}), the first place its
 * {@link SolrResourceLoader} reads a resource from; none for SolrCloud, whose {@link ZkSolrResourceLoader} reads the
 * configset from ZooKeeper. Registered with {@link java.util.ServiceLoader}: the {@code zhpipe} factories find it
 * when they read a {@code specFile}. Stateless and thread-safe.
 */
public final class SolrConfigFolderLocator implements ResourceFolderLocator {
    @Override
    public @Nullable Path folder(ResourceLoader loader) {
        if (loader instanceof ZkSolrResourceLoader || !(loader instanceof SolrResourceLoader solr)) {
            return null;
        }
        return solr.getConfigPath();
    }
}

package org.zhpipe.solr;

import java.nio.file.Path;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.core.CoreContainer;

/**
 * A Solr test on a {@link TestSolrHome} node, started as Solr starts one: the node's class loader with
 * {@code <solr_home>/lib} first, then the core it finds ({@code initCore} would build the schema before the node,
 * without the node's lib/).
 */
public abstract class SolrNodeTestCase extends SolrTestCaseJ4 {
    /** Starts a node on {@code home} and waits until its core has loaded or failed. */
    protected static CoreContainer startNode(Path home) {
        CoreContainer container = createCoreContainer(home, "<solr/>");
        h.coreName = TestSolrHome.CORE;
        container.waitForLoadingCoresToFinish(60_000);
        return container;
    }
}

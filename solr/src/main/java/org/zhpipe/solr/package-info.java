/**
 * zhpipe in Apache Solr 9: the module's artifact is the plugin jar for {@code <solr_home>/lib} (zhpipe-lucene's
 * {@code zhpipe} tokenizer and char filter factories with zhpipe and its dependencies, relocated where Solr ships
 * them too), and {@link org.zhpipe.solr.SolrConfigFolderLocator} tells those factories a standalone core's
 * configuration folder, against which the relative data files of a {@code specFile} spec resolve.
 */
@NullMarked
package org.zhpipe.solr;

import org.jspecify.annotations.NullMarked;

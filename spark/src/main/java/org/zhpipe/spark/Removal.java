package org.zhpipe.spark;

import java.io.Serializable;
import org.zhpipe.dedup.Clustering;

/** Why a document was removed: the document kept for its cluster (number and id), the kind and the similarity. */
record Removal(int kept, String keptId, Clustering.Kind kind, double similarity) implements Serializable {
    private static final long serialVersionUID = 1L;
}

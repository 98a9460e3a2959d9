package org.zhpipe.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * One record of a distributed deduplication after its pipeline ran: its number in input order, the row as read, and
 * what it is: bad (with the problem), dropped by a document stage (with the rules' keys), or good (with its sketch).
 */
record DedupDoc(long position, Row row, @Nullable String problem, List<String> drops, @Nullable DocSketch sketch)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    boolean good() {
        return sketch != null;
    }

    boolean bad() {
        return problem != null;
    }

    /** This record without its sketch, to be joined with its decision. */
    DedupDoc withoutSketch() {
        return new DedupDoc(position, row, problem, drops, null);
    }
}

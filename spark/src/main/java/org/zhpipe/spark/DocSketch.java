package org.zhpipe.spark;

import java.io.Serializable;
import org.zhpipe.dedup.ExactKey;
import org.zhpipe.dedup.Sketch;

/** A good document's {@link Sketch} as a serializable value, with the document's id (JSON) for its duplicates. */
record DocSketch(String id, long exactHigh, long exactLow, int[] signature, long[] shingles) implements Serializable {
    private static final long serialVersionUID = 1L;

    static DocSketch of(String id, Sketch sketch) {
        return new DocSketch(id, sketch.exactKey().high(), sketch.exactKey().low(), sketch.signature(),
                sketch.shingles());
    }

    Sketch sketch() {
        return new Sketch(new ExactKey(exactHigh, exactLow), signature, shingles);
    }
}

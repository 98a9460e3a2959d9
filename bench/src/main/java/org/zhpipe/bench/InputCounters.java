package org.zhpipe.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH secondary results that turn "corpus passes per second" into input rates: JMH divides each counter by the
 * iteration's time, so {@code :inputMB} is MB/s of UTF-8 input (10<sup>6</sup> bytes) and {@code :inputMchars} is
 * millions of UTF-16 chars per second. A benchmark adds the corpus size once per pass.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class InputCounters {
    public double inputMB;
    public double inputMchars;

    @Setup(Level.Iteration)
    public void reset() {
        inputMB = 0;
        inputMchars = 0;
    }

    void add(Corpus corpus) {
        inputMB += corpus.megabytes();
        inputMchars += corpus.megachars();
    }

    /** One pass over a corpus file: its bytes, line ends included, and its chars. */
    void add(CorpusFile file) {
        inputMB += file.megabytes();
        inputMchars += file.chars() / 1e6;
    }
}

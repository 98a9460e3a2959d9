package org.zhpipe.spec;

/** A position in a spec's source text, 1-based. */
public record Location(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}

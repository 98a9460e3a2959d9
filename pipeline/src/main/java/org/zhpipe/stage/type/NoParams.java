package org.zhpipe.stage.type;

/** The parameter record of stages that take none. */
public record NoParams() {
    public static final NoParams DEFAULTS = new NoParams();
}

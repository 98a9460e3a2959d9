package org.zhpipe.stage.type;

/**
 * Thrown by a parameter record's constructor or a stage factory when a parameter has a value of the right type that
 * is still wrong (an invalid UnicodeSet pattern, a replacement of two characters). The spec reader turns it into a
 * {@code org.zhpipe.spec.SpecException} that names the parameter's path and position.
 */
public final class InvalidParameterException extends IllegalArgumentException {
    private final String parameter;

    /**
     * @param parameter the parameter's name as written in a spec
     * @param message   what is wrong and how to fix it, e.g. {@code "expected ... got ..."}
     */
    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

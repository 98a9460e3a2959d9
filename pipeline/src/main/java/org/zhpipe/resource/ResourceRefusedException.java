package org.zhpipe.resource;

/** A data file the {@link ResourcePolicy} does not allow; the message names the file as the spec wrote it. */
public final class ResourceRefusedException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public ResourceRefusedException(String message) {
        super(message);
    }
}

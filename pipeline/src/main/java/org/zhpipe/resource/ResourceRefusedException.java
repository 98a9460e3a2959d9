package org.zhpipe.resource;

/**
 * A data file the {@link ResourcePolicy} does not allow. {@link #file()} is empty and the message names the file only
 * as the spec wrote it, never its resolved path or contents.
 */
public final class ResourceRefusedException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public ResourceRefusedException(String problem) {
        super(problem);
    }
}

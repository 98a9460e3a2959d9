package org.zhpipe.stage.type;

/**
 * The parameters of a stage that {@code zhpipe fit} can fit: where its fitted model is, and how to record one. The
 * model file's path is relative to the spec's folder.
 */
public interface FittableParams {
    /** The fitted model's file, or empty when the stage is not fitted. */
    String model();

    /** The number of documents the model was fitted on, 0 when the stage is not fitted. */
    long modelDocuments();

    /** The model file's SHA-256, empty when the stage is not fitted. */
    String modelSha256();

    /** The same parameters recording a fitted model: its file, the number of documents, the file's SHA-256. */
    Record withModel(String model, long documents, String sha256);
}

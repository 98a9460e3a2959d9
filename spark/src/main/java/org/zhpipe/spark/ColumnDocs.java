package org.zhpipe.spark;

/** The documentation of the parameters that the transformer, the estimator and the model share. */
final class ColumnDocs {
    static final String DEFAULT_TEXT = "normalized";
    static final String TEXT = "output column: the text after the text stages (\"\" leaves it out)";
    static final String TOKENS = "output column: array of struct term/start/end/type/tag, offsets into the original "
            + "(\"\" leaves it out)";
    static final String FEATURES = "output column: the feature vector, null without a feature stage (\"\" leaves it "
            + "out)";
    static final String SIGNALS = "output column: map of signal name to value (\"\" leaves it out)";
    static final String DROP = "output column: why the document was dropped, null when kept (\"\" leaves it out)";

    static final String DATA_FOLDER = "where the spec's relative data-file paths lead: working_directory (as the "
            + "library) or spark_files (files added with SparkContext.addFile, and only those)";

    private ColumnDocs() {
    }
}

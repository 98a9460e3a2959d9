package org.zhpipe.spec;

/** What the {@code segment} stage emits. */
public enum SegmentMode {
    /** Each word once: the segmentation. */
    NORMAL,
    /** Also the dictionary words inside long words, for search indexing. */
    SEARCH
}

package org.zhpipe.segment;

/** How the {@code segment} stage finds words. */
public enum SegmentAlgorithm {
    /** Forward maximum matching: from the left, the longest dictionary word. */
    FMM,
    /** Backward maximum matching: from the right, the longest dictionary word. */
    BMM,
    /** Both; per sentence fewer words wins, then fewer single characters, then backward. */
    BIMM,
    /** Unigram language model over the word graph, most probable path; with an HMM for unknown words. */
    VITERBI,
    /** HanLP 1.8.6's standard segmenter (its own dictionary and model). */
    HANLP
}

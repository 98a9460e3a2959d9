package org.zhpipe.spec;

import org.zhpipe.stage.type.Doc;
import java.util.List;
import org.zhpipe.segment.SegmentAlgorithm;

/**
 * Parameters of {@code segment}. Inline: {@code segment}, {@code segment:fmm}, {@code segment:viterbi;hmm=false},
 * {@code segment:viterbi;mode=search;pos=true}.
 */
public record SegmentParams(
        @Doc("fmm, bmm, bimm (maximum matching), viterbi (unigram model + HMM for unknown words), or hanlp (HanLP "
                + "1.8.6's standard segmenter)")
        SegmentAlgorithm algorithm,
        @Doc("viterbi: cut runs of single characters the dictionary cannot explain with the character HMM (names, "
                + "new words)")
        boolean hmm,
        @Doc("normal: each word once; search: also the dictionary words inside long words, for search indexing")
        SegmentMode mode,
        @Doc("tag each token with its part of speech (the dictionary's tag, or a guess for unknown words)")
        boolean pos,
        @Doc("the word list: \"core\" (bundled, HanLP 1.8.6's core dictionary, 85k words), \"jieba\" (bundled, "
                + "jieba 0.42.1's 349k words) or the path of a file in jieba's format (word frequency tag)")
        String dictionary,
        @Doc("paths of user dictionaries in jieba's format (word [frequency] [tag]; TAB-separated fields allow spaces "
                + "in words); an entry without a frequency gets one that makes it win")
        List<String> userDictionaries,
        @Doc("join a number in digits with a following 年 月 日 万 亿 (1998年, 12月, 30万), as the PKU and MSR "
                + "standards do; false leaves 1998 年")
        boolean numberUnits) {
    public static final SegmentParams DEFAULTS = new SegmentParams(SegmentAlgorithm.VITERBI, true,
            SegmentMode.NORMAL, false, "core", List.of(), true);
}

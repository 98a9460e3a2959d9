/**
 * Segmenters: the rule-based {@link org.zhpipe.segment.BasicTokenizer} ({@code tokenize}, declared by
 * {@link org.zhpipe.segment.TokenizeStage}), and dictionary segmentation ({@code segment}, declared by
 * {@link org.zhpipe.segment.SegmentStage}: maximum matching, a unigram Viterbi path with jieba's character HMM for
 * unknown words, HanLP's segmenter for comparison) over an immutable {@link org.zhpipe.segment.WordDictionary} held in a
 * double-array trie. Word lists in jieba's format are parsed by {@link org.zhpipe.segment.WordListParser}, errors at
 * {@code file:line}. New-word discovery fits a {@code segment} stage to a corpus: {@link
 * org.zhpipe.segment.HanGramCounts} counts Han n-grams (mergeable), {@link org.zhpipe.segment.WordDiscovery} finds
 * words by frequency, cohesion and boundary entropy, {@link org.zhpipe.segment.WordsFile} saves them for review.
 */
@NullMarked
package org.zhpipe.segment;

import org.jspecify.annotations.NullMarked;

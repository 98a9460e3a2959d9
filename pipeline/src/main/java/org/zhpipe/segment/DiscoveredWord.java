package org.zhpipe.segment;

import java.util.Objects;

/**
 * A word found by {@link WordDiscovery}, as its list shows it for review.
 *
 * @param word         the word
 * @param frequency    the frequency the segmenter's unigram model gives it (see {@link WordDiscovery})
 * @param count        how often it occurs in the corpus
 * @param documents    in how many documents
 * @param cohesion     the pointwise mutual information of its weakest split point, in nats
 * @param leftEntropy  the entropy of the characters before it, in nats (a run's start counts as a new one each time)
 * @param rightEntropy the entropy of the characters after it, in nats
 * @param example      a short context it occurs in, for the reviewer (may be empty)
 */
public record DiscoveredWord(String word, long frequency, long count, long documents, double cohesion,
                             double leftEntropy, double rightEntropy, String example) {
    public DiscoveredWord {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(example, "example");
        if (word.isEmpty() || frequency < 0) {
            throw new IllegalArgumentException("a word needs text and a frequency of 0 or more");
        }
    }

    /** The same word with {@code example} as its context. */
    public DiscoveredWord withExample(String example) {
        return new DiscoveredWord(word, frequency, count, documents, cohesion, leftEntropy, rightEntropy, example);
    }
}

package org.zhpipe.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.stage.Segmenter;
import org.zhpipe.stage.SegmenterEstimator;

/**
 * An unfitted {@code segment} stage with {@code discover}: counts a corpus into {@link HanGramCounts}, finds its new
 * words ({@link WordDiscovery}) and fits a {@link FittedSegmenter} whose dictionary has them. Immutable and
 * thread-safe.
 */
public final class DiscoveringSegmenter implements SegmenterEstimator {
    private final DiscoverySettings settings;
    private final WordDictionary dictionary;
    private final Function<WordDictionary, DictionarySegmenter> segmenter;

    /**
     * @param dictionary what is known already (with the user dictionaries)
     * @param segmenter  makes the fitted segmenter from the dictionary with the words found
     */
    public DiscoveringSegmenter(DiscoverySettings settings, WordDictionary dictionary,
                                Function<WordDictionary, DictionarySegmenter> segmenter) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    }

    public DiscoverySettings settings() {
        return settings;
    }

    @Override
    public HanGramCounts newAccumulator() {
        return new HanGramCounts(this, settings);
    }

    /** The words {@code counts} hold, most frequent first. */
    public List<DiscoveredWord> discover(FitAccumulator counts) {
        if (!(counts instanceof HanGramCounts grams) || !grams.countsFor(this)) {
            throw new IllegalArgumentException("counts of another estimator: fit with the accumulator that this "
                    + "estimator's newAccumulator() made");
        }
        return WordDiscovery.discover(grams, settings, dictionary);
    }

    @Override
    public FittedSegmenter fit(FitAccumulator counts) {
        return withWords(discover(counts), counts.documents());
    }

    /** The fitted segmenter with {@code words} (discovered, perhaps reviewed) added to the dictionary. */
    public FittedSegmenter withWords(List<DiscoveredWord> words, long documents) {
        List<WordEntry> entries = new ArrayList<>(words.size());
        for (DiscoveredWord w : words) {
            entries.add(new WordEntry(w.word(), w.frequency(), null));
        }
        return new FittedSegmenter(segmenter.apply(dictionary.with(entries)), words, documents);
    }

    /** The fitted {@code segment}: a dictionary segmenter, and the words discovery added (what a fitted spec saves). */
    public static final class FittedSegmenter implements Segmenter {
        private final DictionarySegmenter segmenter;
        private final List<DiscoveredWord> words;
        private final long documents;

        FittedSegmenter(DictionarySegmenter segmenter, List<DiscoveredWord> words, long documents) {
            this.segmenter = segmenter;
            this.words = List.copyOf(words);
            this.documents = documents;
        }

        /** The words discovery added, most frequent first. */
        public List<DiscoveredWord> words() {
            return words;
        }

        /** The number of documents they were discovered in. */
        public long documents() {
            return documents;
        }

        /**
         * An estimator that finds an example context for each word in a pass over the corpus and fits to this
         * segmenter with the examples in its words.
         */
        public SegmenterEstimator examples() {
            FittedSegmenter fitted = this;
            return new SegmenterEstimator() {
                @Override
                public FitAccumulator newAccumulator() {
                    return new WordExamples(this, words);
                }

                @Override
                public Segmenter fit(FitAccumulator counts) {
                    if (!(counts instanceof WordExamples examples) || !examples.countsFor(this)) {
                        throw new IllegalArgumentException("examples of another estimator: fit with the "
                                + "accumulator that this estimator's newAccumulator() made");
                    }
                    List<DiscoveredWord> withExamples = new ArrayList<>(words.size());
                    for (DiscoveredWord w : words) {
                        withExamples.add(w.withExample(examples.example(w.word())));
                    }
                    return new FittedSegmenter(fitted.segmenter, withExamples, documents);
                }
            };
        }

        @Override
        public org.zhpipe.text.Tokens segment(org.zhpipe.text.Text text) {
            return segmenter.segment(text);
        }

        @Override
        public boolean producesTags() {
            return segmenter.producesTags();
        }
    }
}

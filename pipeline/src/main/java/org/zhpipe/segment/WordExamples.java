package org.zhpipe.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhpipe.stage.CorpusCounts;
import org.zhpipe.stage.FitAccumulator;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;

/**
 * The first context each of some words occurs in, for a reviewer: up to {@link #CONTEXT} code points either side,
 * from the documents' current text. Mergeable in corpus order (the earlier document's example wins). Lives in one
 * JVM: its {@link #counts()} cannot carry text.
 */
final class WordExamples implements FitAccumulator {
    /** Code points of context on each side of the word. */
    static final int CONTEXT = 12;

    private final Object owner;
    private final Map<String, Boolean> words;
    private final int shortest;
    private final int longest;
    private final Map<String, String> examples = new HashMap<>();
    private long documents;

    WordExamples(Object owner, List<DiscoveredWord> words) {
        this.owner = owner;
        this.words = new HashMap<>();
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (DiscoveredWord w : words) {
            this.words.put(w.word(), Boolean.TRUE);
            int length = w.word().codePointCount(0, w.word().length());
            min = Math.min(min, length);
            max = Math.max(max, length);
        }
        this.shortest = min;
        this.longest = max;
    }

    @Override
    public void add(Tokens tokens, Text text) {
        documents++;
        if (examples.size() == words.size()) {
            return;
        }
        String s = text.current();
        for (int start = 0; start < s.length(); start = s.offsetByCodePoints(start, 1)) {
            int end = start;
            for (int length = 1; length <= longest && end < s.length(); length++) {
                end = s.offsetByCodePoints(end, 1);
                if (length < shortest) {
                    continue;
                }
                String candidate = s.substring(start, end);
                if (words.containsKey(candidate) && !examples.containsKey(candidate)) {
                    examples.put(candidate, context(s, start, end));
                }
            }
        }
    }

    private static String context(String s, int start, int end) {
        int from = start;
        for (int i = 0; i < CONTEXT && from > 0; i++) {
            from = s.offsetByCodePoints(from, -1);
        }
        int to = end;
        for (int i = 0; i < CONTEXT && to < s.length(); i++) {
            to = s.offsetByCodePoints(to, 1);
        }
        return s.substring(from, to).strip();
    }

    /** The example of {@code word}, or empty when none was seen. */
    String example(String word) {
        return examples.getOrDefault(word, "");
    }

    boolean countsFor(Object estimator) {
        return owner == estimator;
    }

    @Override
    public void merge(FitAccumulator later) {
        if (!(later instanceof WordExamples other) || other.owner != owner) {
            throw new IllegalArgumentException("examples of another estimator: merge accumulators that the same "
                    + "estimator made");
        }
        other.examples.forEach(examples::putIfAbsent);
        documents += other.documents;
    }

    @Override
    public long documents() {
        return documents;
    }

    /** @throws UnsupportedOperationException always: examples are text, gathered in one JVM */
    @Override
    public CorpusCounts counts() {
        throw new UnsupportedOperationException("word examples are gathered in one JVM (zhpipe words, zhpipe fit); "
                + "they are not counts to ship");
    }

    /** @throws UnsupportedOperationException always: examples are text, gathered in one JVM */
    @Override
    public void add(CorpusCounts later) {
        throw new UnsupportedOperationException("word examples are gathered in one JVM (zhpipe words, zhpipe fit)");
    }
}

package org.zhpipe.eval;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.zhpipe.internal.parse.Utf8Lines;

/**
 * The word types of a training corpus, against which a gold word is in-vocabulary (IV) or out-of-vocabulary (OOV),
 * as the SIGHAN bakeoff's {@code *_training_words.utf8} files. Immutable and thread-safe.
 *
 * <pre>{@code
 * TrainingWords words = TrainingWords.read(Path.of("pku_training_words.utf8"));
 * words.contains("北京");   // true
 * }</pre>
 */
public final class TrainingWords {
    private final Set<String> words;

    private TrainingWords(Set<String> words) {
        this.words = words;
    }

    /** A word list of the given words (each stripped of surrounding white space; blank ones ignored). */
    public static TrainingWords of(Collection<String> words) {
        Set<String> set = new HashSet<>(words.size() * 2);
        for (String w : words) {
            add(set, w);
        }
        return new TrainingWords(Set.copyOf(set));
    }

    /**
     * Reads a word list: UTF-8 (a byte order mark is dropped), one word per line, surrounding white space stripped,
     * blank lines ignored, duplicates allowed.
     *
     * @throws EvalInputException if the file is missing, unreadable or not valid UTF-8
     */
    public static TrainingWords read(Path path) {
        Set<String> set = new HashSet<>();
        Utf8Lines lines = EvalFiles.lines(path);
        while (lines.next()) {
            add(set, lines.line());
        }
        return new TrainingWords(Set.copyOf(set));
    }

    private static void add(Set<String> set, String word) {
        String w = word.strip();
        if (!w.isEmpty()) {
            set.add(w);
        }
    }

    /** Whether {@code word} is in the list (exact match). */
    public boolean contains(String word) {
        return words.contains(word);
    }

    /** The number of distinct words. */
    public int size() {
        return words.size();
    }
}

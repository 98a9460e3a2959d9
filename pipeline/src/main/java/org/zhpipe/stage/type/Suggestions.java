package org.zhpipe.stage.type;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/** "Did you mean" hints: the closest known name by Levenshtein distance (Commons Text), if it is close enough. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate within a distance of max(2, length / 3), or sharing a prefix of 3+, or {@code null}. */
    public static @Nullable String closest(String input, Collection<String> candidates) {
        String lower = input.toLowerCase(java.util.Locale.ROOT);
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, lower.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(java.util.Locale.ROOT);
            int d = distance.apply(lower, c);
            if (d < 0 && Math.min(lower.length(), c.length()) >= 3 && (lower.startsWith(c) || c.startsWith(lower))) {
                d = Math.abs(lower.length() - c.length()); // "folding" → "fold", "white" → "whitespace"
            }
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** {@code "; did you mean \"x\"?"}, or {@code "."} when nothing is close; a sentence follows either. */
    public static String didYouMean(String input, Collection<String> candidates) {
        String best = closest(input, candidates);
        return best == null ? "." : "; did you mean \"" + best + "\"?";
    }
}

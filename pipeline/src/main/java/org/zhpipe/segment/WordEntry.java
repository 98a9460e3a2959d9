package org.zhpipe.segment;

import org.jspecify.annotations.Nullable;

/**
 * One line of a word list: the word, its frequency ({@link #NO_FREQUENCY} when the line gave none) and its part of
 * speech tag ({@code null} when none).
 */
public record WordEntry(String word, long frequency, @Nullable String tag) {
    /** The frequency of an entry that gave none: the dictionary then chooses one that makes the word win. */
    public static final long NO_FREQUENCY = -1;
}

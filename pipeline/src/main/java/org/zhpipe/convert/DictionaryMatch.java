package org.zhpipe.convert;

/**
 * A dictionary entry applied by one step of a conversion: {@code key} matched the step's input at
 * {@code [start, end)} (UTF-16 offsets into {@link InspectedStep#input()}) and was replaced by {@code value}, its
 * first value. {@code dictionary} is the text dictionary's file name ({@code STPhrases.txt}), or
 * {@code inline at <json path>} for an inline one.
 */
public record DictionaryMatch(int start, int end, String dictionary, String key, String value) {
}

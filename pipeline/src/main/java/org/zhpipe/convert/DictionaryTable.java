package org.zhpipe.convert;

import org.zhpipe.internal.trie.KeyRanges;

/**
 * One dictionary as read from its file (or a configuration's inline {@code entries}): keys sorted by
 * {@link String#compareTo} and distinct, each with its first value, in compact char pools. Immutable; shared by
 * everything a loader builds from the same file.
 */
final class DictionaryTable {
    private final String name;
    final KeyRanges keys;
    final KeyRanges values;

    DictionaryTable(String name, KeyRanges keys, KeyRanges values) {
        this.name = name;
        this.keys = keys;
        this.values = values;
    }

    /** Its file name ({@code STPhrases.txt}), or {@code inline at <json path>}. */
    String name() {
        return name;
    }

    int size() {
        return keys.count;
    }

    @Override
    public String toString() {
        return name + " (" + size() + " entries)";
    }
}

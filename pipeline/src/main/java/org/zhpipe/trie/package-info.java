/**
 * A double-array trie over code points ({@link org.zhpipe.trie.DoubleArrayTrie}), the primitive lookup structure
 * behind word dictionaries and OpenCC tables. Immutable once built. Depends on nothing in zhpipe.
 */
package org.zhpipe.trie;

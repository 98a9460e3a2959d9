/**
 * Not API: a double-array trie over code points ({@link org.zhpipe.internal.trie.DoubleArrayTrie}), the lookup
 * structure behind word dictionaries and OpenCC tables, public only so those packages can share it. Immutable once
 * built. Depends on nothing in zhpipe.
 */
@NullMarked
package org.zhpipe.internal.trie;

import org.jspecify.annotations.NullMarked;

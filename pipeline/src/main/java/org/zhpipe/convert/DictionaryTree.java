package org.zhpipe.convert;

import java.util.ArrayList;
import java.util.List;

/**
 * A configuration's {@code dict} after loading: one dictionary, or a group of them with its match policy. Groups
 * that lost every member (to tofu-risk filtering) do not exist: the parent drops them, as OpenCC does.
 */
sealed interface DictionaryTree permits DictionaryTree.Single, DictionaryTree.Group {

    /** One dictionary file or inline table. */
    record Single(DictionaryTable table) implements DictionaryTree {
    }

    /** A group; {@code union} selects the {@code union} match policy, else {@code short_circuit}. */
    record Group(boolean union, List<DictionaryTree> members) implements DictionaryTree {
        public Group {
            members = List.copyOf(members);
        }
    }

    /** The dictionaries in the tree, depth first: dictionary {@code i} of the matcher's {@link DictionarySet}. */
    default List<DictionaryTable> tables() {
        List<DictionaryTable> tables = new ArrayList<>();
        collect(this, tables);
        return tables;
    }

    private static void collect(DictionaryTree tree, List<DictionaryTable> out) {
        if (tree instanceof Single single) {
            out.add(single.table());
        } else {
            for (DictionaryTree member : ((Group) tree).members()) {
                collect(member, out);
            }
        }
    }
}

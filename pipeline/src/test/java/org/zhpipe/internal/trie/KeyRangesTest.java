package org.zhpipe.internal.trie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KeyRangesTest {
    /** Keys from a small alphabet (so that many are equal or share prefixes), surrogate pairs included. */
    @Provide
    Arbitrary<List<String>> keys() {
        Arbitrary<String> key = Arbitraries.of("a", "b", "A", "一", "二", "𠀀", "\uFFFF")
                .list().ofMaxSize(4).map(parts -> String.join("", parts));
        return key.list().ofMaxSize(300);
    }

    /** The stable order a boxed sort by {@link String#compareTo} gives. */
    private static int[] expectedOrder(List<String> keys) {
        Integer[] order = new Integer[keys.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(keys::get));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static KeyRanges ranges(List<String> keys) {
        return KeyRanges.of(keys.toArray(String[]::new));
    }

    @Property(tries = 300)
    void sortedOrderIsAStableSort(@ForAll("keys") List<String> keys) {
        assertArrayEquals(expectedOrder(keys), ranges(keys).sortedOrder());
    }

    @Property(tries = 200)
    void sortedOrderOfKeysNearlyInOrder(@ForAll("keys") List<String> keys) {
        // word lists come sorted but for a few lines: the keys set aside and put back
        List<String> nearly = new ArrayList<>(keys);
        Collections.sort(nearly);
        if (nearly.size() > 2) {
            Collections.swap(nearly, 0, nearly.size() - 1);
            nearly.add(nearly.size() / 2, nearly.get(0));
        }
        assertArrayEquals(expectedOrder(nearly), ranges(nearly).sortedOrder());
    }

    @Test
    void sortedOrderOfKeysInReverse() {
        // too many keys out of order to set aside: sorted by first char, then each group
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            keys.add(Integer.toString(i * 7919 % 2003, 36));
        }
        keys.sort(Comparator.reverseOrder());
        assertArrayEquals(expectedOrder(keys), ranges(keys).sortedOrder());
    }

    @Property(tries = 300)
    void strictlySortedMeansSortedWithoutDuplicates(@ForAll("keys") List<String> keys) {
        boolean strictly = true;
        for (int i = 1; i < keys.size(); i++) {
            strictly &= keys.get(i - 1).compareTo(keys.get(i)) < 0;
        }
        assertEquals(strictly, ranges(keys).isStrictlySorted());
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(keys));
        assertTrue(ranges(sorted).isStrictlySorted());
    }

    @Test
    void selectAndReversedMakePoolsOfTheirOwn() {
        KeyRanges keys = KeyRanges.of("北京", "a", "𠀀b");
        KeyRanges selected = keys.select(new int[] {2, 0}, 2, 5);
        assertEquals(2, selected.count);
        assertEquals("𠀀b", selected.key(0));
        assertEquals("北京", selected.key(1));
        assertEquals(5, selected.chars.length);
        KeyRanges reversed = keys.reversed();
        assertEquals("京北", reversed.key(0));
        assertEquals("a", reversed.key(1));
        assertEquals("b\uDC00\uD840", reversed.key(2));
        assertEquals("北京", keys.key(0));
        assertFalse(KeyRanges.of("b", "a").isStrictlySorted());
    }
}

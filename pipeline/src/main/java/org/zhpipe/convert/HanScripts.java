package org.zhpipe.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;

/**
 * Which Han characters belong to one script only, from OpenCC's character tables (Apache-2.0, bundled):
 * <ul>
 *   <li><b>simplified-only</b>: a character {@code STCharacters.txt} maps and whose traditional forms do not include
 *       itself ({@code 这 → 這}; not {@code 后 → 後 后});</li>
 *   <li><b>traditional-only</b>: a character {@code TSCharacters.txt} maps and whose simplified forms do not include
 *       itself ({@code 這 → 这}; not {@code 乾 → 干 乾});</li>
 *   <li>a character both tables would call specific to their script counts as neither.</li>
 * </ul>
 * Every other Han character is shared. Immutable and thread-safe; load once per pipeline build.
 */
final class HanScripts {
    private final BitSet simplifiedOnly;
    private final BitSet traditionalOnly;

    private HanScripts(BitSet simplifiedOnly, BitSet traditionalOnly) {
        this.simplifiedOnly = simplifiedOnly;
        this.traditionalOnly = traditionalOnly;
    }

    /** The sets from the bundled OpenCC 1.4.1 tables. */
    static HanScripts bundled() {
        BitSet simplified = specific("STCharacters.txt");
        BitSet traditional = specific("TSCharacters.txt");
        BitSet both = (BitSet) simplified.clone();
        both.and(traditional);
        simplified.andNot(both);
        traditional.andNot(both);
        return new HanScripts(simplified, traditional);
    }

    /** The keys of a character table that do not map to themselves. */
    private static BitSet specific(String file) {
        byte[] bytes;
        try {
            bytes = DictionarySource.readResource(DictionarySource.BUNDLED_PREFIX + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes == null) {
            throw new IllegalStateException("bundled OpenCC " + file + " is missing from the jar; rebuild it");
        }
        BitSet set = new BitSet(0x30000);
        for (ScriptDictionary.Entry entry : ScriptDictionary.parse(file, bytes).entries) {
            String key = entry.key();
            List<String> values = entry.values();
            if (key.codePointCount(0, key.length()) == 1 && !values.contains(key)) {
                set.set(key.codePointAt(0));
            }
        }
        return set;
    }

    boolean isSimplifiedOnly(int cp) {
        return simplifiedOnly.get(cp);
    }

    boolean isTraditionalOnly(int cp) {
        return traditionalOnly.get(cp);
    }

    /** {simplified-only, traditional-only} set sizes, for tests. */
    int[] sizes() {
        return new int[] {simplifiedOnly.cardinality(), traditionalOnly.cardinality()};
    }
}

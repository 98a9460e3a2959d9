package org.zhpipe.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Loads OpenCC configurations and shares dictionaries between the converters it loads: a dictionary file is read
 * once per loader, however many steps, groups and converters name it, and the trie compiled for a step's
 * dictionaries is shared by every step that consults the same ones (s2t, s2tw, s2twp and s2hk share their first
 * step's). Not global: make one where you build converters and drop it when done; the converters keep what they
 * use. Thread-safe.
 *
 * <pre>{@code
 * OpenccLoader loader = new OpenccLoader();
 * OpenccConverter s2t = loader.bundled("s2t");
 * OpenccConverter s2tw = loader.bundled("s2tw");     // reuses STPhrases, STCharacters, ...
 * OpenccConverter mine = loader.fromFile(Path.of("conf/my_s2t.json"));
 * }</pre>
 *
 * @see OpenccConverter for the conversion semantics and the tofu-risk choice
 */
public final class OpenccLoader {
    private static final List<String> BUNDLED = List.of("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk",
            "hk2s", "s2hkp", "hk2sp", "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t");

    /** Parsed dictionary files by {@link DictionarySource.Found#cacheKey()}. */
    private final ConcurrentHashMap<String, DictionaryTable> tables = new ConcurrentHashMap<>();
    /** Compiled tries by the tables they merge, in order. */
    private final ConcurrentHashMap<List<DictionaryTable>, DictionarySet> sets = new ConcurrentHashMap<>();

    /** The names {@link #bundled} accepts: OpenCC 1.4.1's 16 configurations. */
    public static List<String> bundledNames() {
        return BUNDLED;
    }

    /** A bundled configuration with tofu-risk dictionaries included (OpenCC's library default). */
    public OpenccConverter bundled(String name) {
        return bundled(name, true);
    }

    /**
     * A bundled configuration: one of {@link #bundledNames()}, with or without the {@code .json} suffix.
     *
     * @param includeTofuRiskDictionaries whether dictionaries marked {@code may_output_tofu} take part (see
     *                                    {@link OpenccConverter})
     * @throws OpenccConfigException for an unknown name
     */
    public OpenccConverter bundled(String name, boolean includeTofuRiskDictionaries) {
        Objects.requireNonNull(name, "name");
        String bare = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        if (!BUNDLED.contains(bare)) {
            throw new OpenccConfigException("unknown bundled OpenCC configuration \"" + name + "\"; use one of "
                    + String.join(", ", BUNDLED) + ", or OpenccConverter.fromFile for your own");
        }
        String json = bare.concat(".json");
        String resource = DictionarySource.BUNDLED_PREFIX.concat(json);
        byte[] bytes;
        try {
            bytes = DictionarySource.readResource(resource);
        } catch (IOException e) {
            throw new OpenccConfigException("bundled " + json, 0, "cannot read: " + e.getMessage(), e);
        }
        if (bytes == null) {
            throw new OpenccConfigException("bundled " + json, 0, "missing from the class path (" + resource
                    + "); the zhpipe-pipeline jar is incomplete, rebuild it");
        }
        return new ConfigReader("bundled ".concat(json), DictionarySource.bundled(), this,
                includeTofuRiskDictionaries).read(bytes, bare);
    }

    /** A configuration file of your own, with tofu-risk dictionaries included. */
    public OpenccConverter fromFile(Path config) {
        return fromFile(config, true);
    }

    /**
     * A configuration file in OpenCC's format. Dictionaries are looked up beside it: {@code "X.ocd2"},
     * {@code "X.ocd"} and {@code "X.txt"} all name the text dictionary {@code X.txt} (convert a compiled one with
     * {@code opencc_dict -i X.ocd2 -o X.txt -f ocd2 -t text}).
     *
     * @throws OpenccConfigException when a file is missing or malformed
     */
    public OpenccConverter fromFile(Path config, boolean includeTofuRiskDictionaries) {
        return fromFile(config, includeTofuRiskDictionaries, org.zhpipe.resource.ResourcePolicy.ANY);
    }

    /**
     * A configuration file, reading only the dictionaries {@code policy} allows: a configuration whose
     * {@code "file"} points outside the allowed folders ({@code "/etc/shadow"}, {@code "../../x"}) is refused before
     * the file is opened.
     *
     * @throws OpenccConfigException when a file is missing or malformed
     * @throws org.zhpipe.resource.ResourceRefusedException when a dictionary lies outside the allowed folders
     */
    public OpenccConverter fromFile(Path config, boolean includeTofuRiskDictionaries,
                                    org.zhpipe.resource.ResourcePolicy policy) {
        Objects.requireNonNull(config, "config");
        Path path = config.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new OpenccConfigException(path.toString(), 0, "no such configuration file; check the path");
        }
        byte[] json;
        try {
            json = org.zhpipe.resource.DataFiles.read(path, org.zhpipe.resource.DataFiles.SPEC_LIMIT);
        } catch (IOException e) {
            throw new OpenccConfigException(path.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        String fileName = path.getFileName().toString();
        String name = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        return fromJson(json, path.toString(), DictionarySource.directories(List.of(path.getParent()), policy), name,
                includeTofuRiskDictionaries);
    }

    /** A configuration whose dictionaries come from {@code source}; for the dictionary generator. */
    OpenccConverter fromJson(byte[] json, String location, DictionarySource source, String name,
                             boolean includeTofuRiskDictionaries) {
        return new ConfigReader(location, source, this, includeTofuRiskDictionaries).read(json, name);
    }

    /** How many distinct dictionary files this loader has read. */
    public int dictionaryCount() {
        return tables.size();
    }

    /** How many tries this loader has compiled; for tests. */
    int trieCount() {
        return sets.size();
    }

    /** The dictionary {@code found}, read on first use; inspection calls it {@code name}. */
    DictionaryTable table(DictionarySource.Found found, String name) {
        DictionaryTable cached = tables.get(found.cacheKey());
        if (cached != null) {
            return cached;
        }
        // a class, not a lambda: the first lambda of a JVM costs a bootstrap on the first load
        return tables.computeIfAbsent(found.cacheKey(), new Function<String, DictionaryTable>() {
            @Override
            public DictionaryTable apply(String key) {
                byte[] bytes;
                try {
                    bytes = found.read();
                } catch (IOException e) {
                    throw new OpenccConfigException(found.location(), 0, "cannot read: " + e.getMessage(), e);
                }
                return TextDictionaryParser.parse(name, found.location(), bytes);
            }
        });
    }

    /**
     * The matchers of one configuration's dictionary trees (its segmentation, normalization and conversion steps).
     * A tree whose dictionaries all belong to a larger tree of the same configuration walks that tree's trie (so
     * s2twp compiles STPhrases once, for its first step, and segments with the same trie); tries are shared with
     * every matcher of this loader over the same dictionaries in the same order.
     */
    List<DictionaryMatcher> matchers(List<DictionaryTree> trees) {
        int n = trees.size();
        List<List<DictionaryTable>> tables = new ArrayList<>();
        for (DictionaryTree tree : trees) {
            tables.add(tree.tables());
        }
        DictionaryMatcher[] matchers = new DictionaryMatcher[n];
        for (int i = 0; i < n; i++) {
            // the smallest list of the configuration that has all of tree i's dictionaries (perhaps its own)
            List<DictionaryTable> chosen = tables.get(i);
            for (List<DictionaryTable> other : tables) {
                if (other.size() > tables.get(i).size() && other.containsAll(tables.get(i))
                        && (chosen == tables.get(i) || other.size() < chosen.size())) {
                    chosen = other;
                }
            }
            matchers[i] = DictionaryMatcher.of(trees.get(i), set(chosen), chosen);
        }
        return List.of(matchers);
    }

    private DictionarySet set(List<DictionaryTable> key) {
        DictionarySet set = sets.get(key);
        if (set != null) {
            return set;
        }
        // a class, not a lambda: see table()
        return sets.computeIfAbsent(key, new Function<List<DictionaryTable>, DictionarySet>() {
            @Override
            public DictionarySet apply(List<DictionaryTable> tables) {
                return DictionarySet.of(tables);
            }
        });
    }
}

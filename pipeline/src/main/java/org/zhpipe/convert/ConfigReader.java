package org.zhpipe.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns an OpenCC configuration into a converter, with OpenCC 1.4.1's semantics ({@code Config.cpp}):
 * <ul>
 *   <li>{@code normalization} (optional): conversions run on the whole text before segmenting;</li>
 *   <li>{@code segmentation} (optional): {@code mmseg} over a dictionary; without it the text is one segment;</li>
 *   <li>{@code conversion_chain}: conversions run one after the other on each segment;</li>
 *   <li>a {@code dict} is a file ({@code text}, {@code ocd2}, {@code ocd}), an {@code inline} table of
 *       {@code entries}, or a {@code group} of {@code dicts} with a {@code match_policy} ({@code short_circuit},
 *       the default, or {@code union});</li>
 *   <li>a dictionary or group marked {@code "may_output_tofu": true} is left out of the conversions and the
 *       normalization unless tofu-risk dictionaries are included, but never out of the segmentation; a group left
 *       empty is left out, and so is a conversion whose dictionary is.</li>
 * </ul>
 * Stricter than OpenCC, which only warns: unknown fields and non-object chain entries are errors. Plugin
 * segmentations (such as jieba) are not supported.
 */
final class ConfigReader {
    private static final Set<String> ROOT_FIELDS = Set.of("name", "normalization", "segmentation",
            "conversion_chain");
    private static final Set<String> SEGMENTATION_FIELDS = Set.of("type", "dict");
    private static final Set<String> CONVERSION_FIELDS = Set.of("dict");
    private static final Set<String> FILE_FIELDS = Set.of("type", "file", "may_output_tofu");
    private static final Set<String> GROUP_FIELDS = Set.of("type", "match_policy", "dicts", "may_output_tofu");
    private static final Set<String> INLINE_FIELDS = Set.of("type", "entries");

    private final String location;
    private final DictionarySource source;
    private final OpenccLoader loader;
    private final boolean includeTofuRisk;

    /**
     * @param location how errors name the configuration
     * @param source   where its dictionary files are
     * @param loader   the cache compiled dictionaries are shared through
     */
    ConfigReader(String location, DictionarySource source, OpenccLoader loader, boolean includeTofuRisk) {
        this.location = location;
        this.source = source;
        this.loader = loader;
        this.includeTofuRisk = includeTofuRisk;
    }

    OpenccConverter read(byte[] json, String fallbackName) {
        Object root = ConfigJson.parse(json, location);
        if (!(root instanceof Map)) {
            throw error("", "the configuration must be a JSON object with a \"conversion_chain\"; see OpenCC's"
                    + " s2t.json for an example");
        }
        Map<String, @Nullable Object> doc = object(root, "");
        checkFields(doc, "", ROOT_FIELDS);
        String name = fallbackName;
        if (doc.containsKey("name")) {
            name = string(doc.get("name"), "name");
        }
        // the order of OpenCC's Config::NewFromString
        DictionaryTree segmentation = null;
        if (doc.containsKey("segmentation")) {
            segmentation = segmentation(doc.get("segmentation"));
        }
        if (!doc.containsKey("conversion_chain")) {
            throw error("conversion_chain", "missing; add \"conversion_chain\": [{\"dict\": {...}}]");
        }
        List<DictionaryTree> chain = chain(doc.get("conversion_chain"), "conversion_chain");
        List<DictionaryTree> normalization = List.of();
        if (doc.containsKey("normalization")) {
            normalization = chain(doc.get("normalization"), "normalization");
        }
        List<DictionaryTree> trees = new ArrayList<>();
        if (segmentation != null) {
            trees.add(segmentation);
        }
        trees.addAll(chain);
        trees.addAll(normalization);
        List<DictionaryMatcher> matchers = loader.matchers(trees);
        int next = 0;
        MaxMatchSegmentation segmenter = segmentation == null ? null : new MaxMatchSegmentation(matchers.get(next++));
        Conversion[] steps = new Conversion[chain.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = new Conversion(matchers.get(next++));
        }
        Conversion[] normalizing = new Conversion[normalization.size()];
        for (int i = 0; i < normalizing.length; i++) {
            normalizing[i] = new Conversion(matchers.get(next++));
        }
        return new OpenccConverter(name, normalizing, segmenter, steps);
    }

    private DictionaryTree segmentation(@Nullable Object node) {
        Map<String, @Nullable Object> seg = object(node, "segmentation");
        String type = string(required(seg, "type", "segmentation"), "segmentation.type");
        if (!type.equals("mmseg")) {
            throw error("segmentation.type", "segmentation \"" + type + "\" is not supported (OpenCC plugins are"
                    + " not); use \"mmseg\", or remove the segmentation to convert the text as one segment");
        }
        checkFields(seg, "segmentation", SEGMENTATION_FIELDS);
        // OpenCC parses the segmentation dictionary with tofu-risk dictionaries always included
        DictionaryTree tree = dict(required(seg, "dict", "segmentation"), "segmentation.dict", true);
        if (tree == null) {
            throw error("segmentation.dict", "the group has no dictionaries; add some to \"dicts\"");
        }
        return tree;
    }

    /** The dictionaries of a conversion chain; a conversion whose dictionary is left out is left out. */
    private List<DictionaryTree> chain(@Nullable Object node, String path) {
        List<@Nullable Object> steps = array(node, path);
        List<DictionaryTree> trees = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String stepPath = index(path, i);
            Map<String, @Nullable Object> step = object(steps.get(i), stepPath);
            checkFields(step, stepPath, CONVERSION_FIELDS);
            DictionaryTree tree = dict(required(step, "dict", stepPath), child(stepPath, "dict"), includeTofuRisk);
            if (tree != null) {
                trees.add(tree);
            }
        }
        return trees;
    }

    /** The dictionary at {@code path}, or {@code null} when tofu-risk filtering leaves it out. */
    private @Nullable DictionaryTree dict(@Nullable Object node, String path, boolean includeTofu) {
        Map<String, @Nullable Object> dict = object(node, path);
        String type = string(required(dict, "type", path), child(path, "type"));
        switch (type) {
            case "inline":
                if (dict.containsKey("may_output_tofu")) {
                    throw error(path + ".may_output_tofu", "not allowed on an inline dictionary; remove it");
                }
                checkFields(dict, path, INLINE_FIELDS);
                return new DictionaryTree.Single(inline(required(dict, "entries", path), path));
            case "group":
                checkFields(dict, path, GROUP_FIELDS);
                return group(dict, path, includeTofu);
            case "text":
            case "ocd2":
            case "ocd":
                checkFields(dict, path, FILE_FIELDS);
                if (mayOutputTofu(dict, path) && !includeTofu) {
                    return null;
                }
                return new DictionaryTree.Single(file(string(required(dict, "file", path), child(path, "file")),
                        child(path, "file")));
            default:
                throw error(path + ".type", "unknown dictionary type \"" + type + "\"; use \"ocd2\", \"text\","
                        + " \"ocd\", \"inline\" or \"group\"");
        }
    }

    /** The group at {@code path}, or {@code null} when tofu-risk filtering leaves it (or all of it) out. */
    private @Nullable DictionaryTree group(Map<String, @Nullable Object> dict, String path, boolean includeTofu) {
        if (mayOutputTofu(dict, path) && !includeTofu) {
            return null;
        }
        boolean union = false;
        if (dict.containsKey("match_policy")) {
            String policy = string(dict.get("match_policy"), child(path, "match_policy"));
            if (policy.equals("union")) {
                union = true;
            } else if (!policy.equals("short_circuit")) {
                throw error(path + ".match_policy", "unknown match policy \"" + policy
                        + "\"; use \"short_circuit\" (the first dictionary with a match wins) or \"union\""
                        + " (the longest match wins)");
            }
        }
        List<@Nullable Object> members = array(required(dict, "dicts", path), child(path, "dicts"));
        List<DictionaryTree> trees = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            DictionaryTree tree = dict(members.get(i), index(child(path, "dicts"), i), includeTofu);
            if (tree != null) {
                trees.add(tree);
            }
        }
        return trees.isEmpty() ? null : new DictionaryTree.Group(union, trees);
    }

    private boolean mayOutputTofu(Map<String, @Nullable Object> dict, String path) {
        Object value = dict.get("may_output_tofu");
        if (value == null && !dict.containsKey("may_output_tofu")) {
            return false;
        }
        if (!(value instanceof Boolean)) {
            throw error(path + ".may_output_tofu", "expected true or false, found " + describe(value));
        }
        return (Boolean) value;
    }

    private DictionaryTable file(String file, String path) {
        if (file.isEmpty()) {
            throw error(path, "empty file name; name a dictionary such as \"STPhrases.ocd2\"");
        }
        String textName = DictionarySource.textName(file);
        DictionarySource.Found found = source.find(textName);
        if (found == null) {
            String reads = textName.equals(file) ? ""
                    : " (for \"" + file + "\" zhpipe reads the text dictionary " + textName + ")";
            String fix = !textName.equals(file) && source.find(file) != null
                    ? "; convert it with: opencc_dict -i " + file + " -o " + textName + " -f "
                            + file.substring(file.lastIndexOf('.') + 1) + " -t text"
                    : "; put the file beside the configuration or fix the name";
            throw error(path, "no dictionary \"" + textName + "\" " + source.describe() + reads + fix);
        }
        return loader.table(found, textName);
    }

    private DictionaryTable inline(@Nullable Object node, String path) {
        Map<String, @Nullable Object> entries = object(node, child(path, "entries"));
        String[] keys = new String[entries.size()];
        String[] values = new String[entries.size()];
        int i = 0;
        for (Map.Entry<String, @Nullable Object> e : entries.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty()) {
                throw error(path + ".entries", "empty key; every key must be a non-empty string");
            }
            if (hasUnpairedSurrogate(key)) {
                throw error(path + ".entries." + key, "the key has an unpaired surrogate; use whole characters");
            }
            if (!(e.getValue() instanceof String) || ((String) e.getValue()).isEmpty()) {
                throw error(path + ".entries." + key, "the value must be a non-empty string, found "
                        + describe(e.getValue()));
            }
            keys[i] = key;
            values[i] = (String) e.getValue();
            i++;
        }
        return TextDictionaryParser.compile("inline at ".concat(path), location.concat(": ").concat(path), keys,
                values);
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code path.name}; String.concat, since + costs a bootstrap of ~20 ms on its first use in a JVM. */
    static String child(String path, String name) {
        return path.isEmpty() ? name : path.concat(".").concat(name);
    }

    /** {@code path[i]}. */
    static String index(String path, int i) {
        return path.concat("[").concat(Integer.toString(i)).concat("]");
    }

    private void checkFields(Map<String, @Nullable Object> object, String path, Set<String> allowed) {
        for (String field : object.keySet()) {
            if (!allowed.contains(field)) {
                List<String> sorted = new ArrayList<>(allowed);
                sorted.sort(null);
                throw error(path.isEmpty() ? field : path + "." + field, "unknown field; expected one of "
                        + String.join(", ", sorted));
            }
        }
    }

    /** The field's value, which is null when the JSON says {@code null}. */
    private @Nullable Object required(Map<String, @Nullable Object> object, String field, String path) {
        if (!object.containsKey(field)) {
            throw error(path.isEmpty() ? field : path + "." + field, "missing; add it");
        }
        return object.get(field);
    }

    @SuppressWarnings("unchecked")
    private Map<String, @Nullable Object> object(@Nullable Object node, String path) {
        if (!(node instanceof Map)) {
            throw error(path, "expected an object, found " + describe(node));
        }
        return (Map<String, @Nullable Object>) node;
    }

    @SuppressWarnings("unchecked")
    private List<@Nullable Object> array(@Nullable Object node, String path) {
        if (!(node instanceof List)) {
            throw error(path, "expected an array, found " + describe(node));
        }
        return (List<@Nullable Object>) node;
    }

    private String string(@Nullable Object node, String path) {
        if (!(node instanceof String)) {
            throw error(path, "expected a string, found " + describe(node));
        }
        return (String) node;
    }

    private static String describe(@Nullable Object node) {
        if (node == null) {
            return "null";
        }
        if (node instanceof Map) {
            return "an object";
        }
        if (node instanceof List) {
            return "an array";
        }
        if (node instanceof String) {
            return "the string \"" + node + "\"";
        }
        return node.toString();
    }

    private OpenccConfigException error(String path, String problem) {
        return new OpenccConfigException(location, 0, (path.isEmpty() ? "" : path + ": ") + problem);
    }
}

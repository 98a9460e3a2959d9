package org.zhpipe.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the core dictionary of HanLP portable-1.8.6 ({@code com.hankcs:hanlp:portable-1.8.6}, Apache-2.0) as
 * zhpipe's {@code dictionaries/hanlp/}. The portable jar holds the dictionary only as HanLP's binary caches
 * ({@code data/dictionary/CoreNatureDictionary.mini.txt.bin} and {@code ...ngram.mini.txt.table.bin}), so it is
 * loaded through HanLP's own loaders and written back as text:
 * <ul>
 *   <li>{@code core.txt}: one line per word, {@code word<TAB>frequency<TAB>tag}, the word list format that
 *       {@code org.zhpipe.segment.WordListParser} reads. The frequency is the sum of the word's nature frequencies
 *       (HanLP's {@code Attribute.frequency}), the tag its most frequent nature (on a tie the one HanLP lists
 *       first). HanLP's sentence sentinels {@code 始##始} and {@code 末##末} and any word with white space in it
 *       are left out.</li>
 *   <li>{@code core-bigrams.txt}: HanLP's word bigram table in HanLP's text format, {@code word1@word2 frequency},
 *       sentinels included (they are the sentence start and end contexts). Gzipped as
 *       {@code core-bigrams.txt.gz} instead when the text exceeds {@value #PLAIN_BIGRAM_LIMIT} bytes.</li>
 * </ul>
 * Both files are sorted ({@code core.txt} by word, the bigrams by first then second word, with
 * {@link String#compareTo}), UTF-8 with {@code \n} line ends and no header, so two runs write the same bytes.
 *
 * <p>How the words are recovered: HanLP's binary dictionary stores the double-array trie and the word attributes,
 * not the word strings. The trie uses the layout of HanLP's {@code DoubleArrayTrie} (after Darts, the double-array
 * of Aoe's "An Efficient Digital Search Algorithm by Using a Double-Array Structure"): from a state with base
 * {@code b}, character {@code c} leads to position {@code p = b + c + 1} when {@code check[p] == b}, and the state
 * ends word {@code id} when {@code check[b] == b} and {@code base[b] == -id - 1}. Walking every transition from the
 * root therefore yields every word with its id; each recovered word is checked against
 * {@link DoubleArrayTrie#exactMatchSearch(String)}. The bigram table ({@code CoreBiGramTableDictionary}'s
 * package-private {@code start} and {@code pair} arrays, read by reflection) is checked pair by pair against
 * {@link CoreBiGramTableDictionary#getBiFrequency(int, int)}.
 *
 * <p>Usage, from the project root after {@code mvn -o -q -B install -DskipTests -pl bench -am}:
 * <pre>{@code java -cp bench/target/benchmarks.jar org.zhpipe.bench.ExtractHanlpDictionary dictionaries/hanlp}</pre>
 * HanLP reads a {@code hanlp.properties} from the class path if there is one; the benchmarks jar has none, so the
 * dictionaries bundled in the portable jar are the ones loaded (the program prints their paths).
 */
public final class ExtractHanlpDictionary {
    /** HanLP's begin- and end-of-sentence pseudo words: entries of its dictionary, never words of a text. */
    static final Set<String> SENTINELS = Set.of("始##始", "末##末");
    /** Above this many bytes the bigram text is written gzipped. */
    static final long PLAIN_BIGRAM_LIMIT = 8_000_000;
    static final String WORDS_FILE = "core.txt";
    static final String BIGRAMS_FILE = "core-bigrams.txt";

    private ExtractHanlpDictionary() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        if (args.length != 1) {
            System.err.println("usage: java -cp bench/target/benchmarks.jar " + ExtractHanlpDictionary.class.getName()
                    + " OUTPUT_DIR   (e.g. dictionaries/hanlp)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);

        DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
        String[] words = wordsById(trie);
        System.out.printf("HanLP core dictionary %s: %,d words%n", HanLP.Config.CoreDictionaryPath, words.length);

        List<WordLine> lines = new ArrayList<>(words.length);
        List<String> dropped = new ArrayList<>();
        for (int id = 0; id < words.length; id++) {
            String word = words[id];
            if (SENTINELS.contains(word) || hasWhiteSpace(word)) {
                dropped.add(word);
            } else {
                lines.add(WordLine.of(word, trie.get(id)));
            }
        }
        lines.sort(Comparator.comparing(WordLine::word));
        Files.write(dir.resolve(WORDS_FILE), wordListText(lines));
        reportWords(lines, dropped);

        List<Bigram> bigrams = bigrams(words);
        bigrams.sort(Comparator.comparing(Bigram::first).thenComparing(Bigram::second));
        byte[] text = bigramText(bigrams);
        long total = bigrams.stream().mapToLong(Bigram::frequency).sum();
        Path written = writeBigrams(dir, text);
        System.out.printf("HanLP bigram table %s: %,d pairs, total frequency %,d; %,d bytes of text -> %s, %,d bytes%n",
                HanLP.Config.BiGramDictionaryPath, bigrams.size(), total, text.length, written,
                Files.size(written));
    }

    /** One line of {@code core.txt}. */
    record WordLine(String word, long frequency, String tag) {
        /** The word with its natures summed and its most frequent nature (the first listed on a tie). */
        static WordLine of(String word, CoreDictionary.Attribute attribute) {
            long sum = 0;
            int best = 0;
            for (int i = 0; i < attribute.nature.length; i++) {
                sum += attribute.frequency[i];
                if (attribute.frequency[i] > attribute.frequency[best]) {
                    best = i;
                }
            }
            return new WordLine(word, sum, attribute.nature[best].toString());
        }
    }

    /** One line of the bigram table. */
    record Bigram(String first, String second, int frequency) {
    }

    /**
     * The words of {@code trie} indexed by their ids, recovered by walking the double array (see the class
     * comment) and checked against {@link DoubleArrayTrie#exactMatchSearch(String)}.
     */
    static String[] wordsById(DoubleArrayTrie<?> trie) {
        String[] words = new TrieWalk(trie.getBase(), trie.getCheck(), trie.size()).words();
        for (int id = 0; id < words.length; id++) {
            if (words[id] == null) {
                throw new IllegalStateException("no word found for id " + id + " of " + words.length);
            }
            if (trie.exactMatchSearch(words[id]) != id) {
                throw new IllegalStateException("recovered \"" + words[id] + "\" for id " + id + " but HanLP "
                        + "gives id " + trie.exactMatchSearch(words[id]));
            }
            if (!isWellFormed(words[id])) {
                throw new IllegalStateException("word " + id + " has an unpaired surrogate");
            }
        }
        return words;
    }

    /** A depth-first walk over every transition of a HanLP double-array trie, collecting the words by id. */
    private static final class TrieWalk {
        private final int[] base;
        /** The positions p with {@code check[p] == b} are {@code children[childStart[b] .. childStart[b + 1])}. */
        private final int[] childStart;
        private final int[] children;
        private final String[] words;

        TrieWalk(int[] base, int[] check, int size) {
            this.base = base;
            this.words = new String[size];
            int n = Math.min(base.length, check.length);
            int maxState = 0;
            for (int p = 0; p < n; p++) {
                maxState = Math.max(maxState, check[p]);
            }
            // group the used cells (check > 0) by their parent state: a counting sort keyed by check[p]
            childStart = new int[maxState + 2];
            for (int p = 0; p < n; p++) {
                if (check[p] > 0) {
                    childStart[check[p] + 1]++;
                }
            }
            for (int b = 0; b <= maxState; b++) {
                childStart[b + 1] += childStart[b];
            }
            children = new int[childStart[maxState + 1]];
            int[] next = childStart.clone();
            for (int p = 0; p < n; p++) {
                if (check[p] > 0) {
                    children[next[check[p]]++] = p;
                }
            }
        }

        String[] words() {
            visit(base[0], new StringBuilder());
            return words;
        }

        private void visit(int state, StringBuilder prefix) {
            if (state + 1 >= childStart.length) {
                return; // no cell names this state as its parent
            }
            for (int i = childStart[state]; i < childStart[state + 1]; i++) {
                int p = children[i];
                if (p == state) {
                    int id = -base[p] - 1;
                    if (base[p] >= 0 || id >= words.length || words[id] != null) {
                        throw new IllegalStateException("unexpected word end at " + p + " after \"" + prefix + "\"");
                    }
                    words[id] = prefix.toString();
                } else if (base[p] > 0) {
                    prefix.append((char) (p - state - 1));
                    visit(base[p], prefix);
                    prefix.setLength(prefix.length() - 1);
                } else {
                    throw new IllegalStateException("transition to " + p + " without a state after \"" + prefix
                            + "\"");
                }
            }
        }
    }

    /**
     * HanLP's bigram table: for every pair of core word ids with a count, the pair and the count. Read from
     * {@code CoreBiGramTableDictionary}'s arrays (after HanLP has loaded them): the second-word ids and counts of
     * first word {@code a} are {@code pair[2i]}, {@code pair[2i + 1]} for {@code start[a] <= i < start[a + 1]}.
     */
    static List<Bigram> bigrams(String[] words) throws ReflectiveOperationException {
        CoreBiGramTableDictionary.getBiFrequency(0, 0); // runs the class initializer, which loads the table
        int[] start = (int[]) staticField("start");
        int[] pair = (int[]) staticField("pair");
        List<Bigram> bigrams = new ArrayList<>(pair.length / 2);
        for (int a = 0; a + 1 < start.length; a++) {
            for (int i = start[a]; i < start[a + 1]; i++) {
                int b = pair[2 * i];
                int frequency = pair[2 * i + 1];
                if (CoreBiGramTableDictionary.getBiFrequency(a, b) != frequency) {
                    throw new IllegalStateException("bigram " + a + "@" + b + " reads back as "
                            + CoreBiGramTableDictionary.getBiFrequency(a, b) + ", not " + frequency);
                }
                bigrams.add(new Bigram(words[a], words[b], frequency));
            }
        }
        return bigrams;
    }

    private static Object staticField(String name) throws ReflectiveOperationException {
        Field field = CoreBiGramTableDictionary.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }

    static byte[] wordListText(List<WordLine> lines) {
        StringBuilder text = new StringBuilder(lines.size() * 16);
        for (WordLine line : lines) {
            text.append(line.word()).append('\t').append(line.frequency()).append('\t').append(line.tag())
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bigramText(List<Bigram> bigrams) {
        StringBuilder text = new StringBuilder(bigrams.size() * 16);
        for (Bigram bigram : bigrams) {
            text.append(bigram.first()).append('@').append(bigram.second()).append(' ').append(bigram.frequency())
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the bigram text plain or, above {@link #PLAIN_BIGRAM_LIMIT}, gzipped, and deletes the other form so
     * that the directory never holds both. Java's {@link GZIPOutputStream} writes a fixed header (modification time
     * 0, no file name), so the same text and JDK give the same bytes.
     *
     * @return the file written
     */
    static Path writeBigrams(Path dir, byte[] text) throws IOException {
        Path plain = dir.resolve(BIGRAMS_FILE);
        Path gzipped = dir.resolve(BIGRAMS_FILE + ".gz");
        if (text.length <= PLAIN_BIGRAM_LIMIT) {
            Files.write(plain, text);
            Files.deleteIfExists(gzipped);
            return plain;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text);
        }
        Files.write(gzipped, bytes.toByteArray());
        Files.deleteIfExists(plain);
        return gzipped;
    }

    private static void reportWords(List<WordLine> lines, List<String> dropped) {
        long total = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        Map<String, Integer> wordsPerTag = new HashMap<>();
        for (WordLine line : lines) {
            total += line.frequency();
            min = Math.min(min, line.frequency());
            max = Math.max(max, line.frequency());
            wordsPerTag.merge(line.tag(), 1, Integer::sum);
        }
        System.out.printf("left out %d: %s%n", dropped.size(), dropped);
        System.out.printf("%s: %,d words, total frequency %,d, frequencies %,d to %,d%n", WORDS_FILE, lines.size(),
                total, min, max);
        StringBuilder tags = new StringBuilder();
        wordsPerTag.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> tags.append(tags.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(e.getValue()));
        System.out.printf("%d tags (words per tag): %s%n", wordsPerTag.size(), tags);
    }

    private static boolean hasWhiteSpace(String word) {
        return word.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    private static boolean isWellFormed(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < word.length()
                    && Character.isLowSurrogate(word.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

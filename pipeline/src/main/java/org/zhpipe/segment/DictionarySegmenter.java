package org.zhpipe.segment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.Segmenter;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;
import org.zhpipe.internal.trie.DoubleArrayTrie;

/**
 * The {@code segment} stage with a dictionary: cuts the text into {@link Atoms} (Han characters, whole Latin words,
 * numbers, URLs, e-mail addresses, punctuation, symbols; white space is never a token), puts them together into words
 * with {@link MaxMatch} or {@link UnigramViterbi}, and emits the words with offsets in the original input.
 *
 * <p>With {@code numberUnits}, a number in digits and a following 年, 月, 日, 万 or 亿 form one word ({@code 1998年},
 * {@code 12月}, {@code 30万}), as the People's Daily (PKU) and MSR standards segment them.
 *
 * <p>Types: a word of one atom has the atom's type; longer words are {@link TokenType#WORD}. Tags (with {@code pos}):
 * the dictionary's; for words it lacks, {@code m} for numbers, {@code eng} for Latin words, {@code w} for punctuation,
 * {@code x} for symbols, URLs, e-mail addresses and placeholders, {@code t} (time) or {@code m} for a number joined
 * with its unit, {@code nz} (other proper noun) for a word the HMM found, and {@code x} for an unknown single
 * character. A placeholder such as {@code <PHONE>} is one atom, so it is one token ({@link TokenType#PLACEHOLDER}).
 *
 * <p>Search mode also emits, after each word of three or more atoms, every dictionary word inside it of two or more
 * atoms, by start then length, each with its own offsets (for search indexing). Start offsets never go backwards, as
 * Lucene's token streams require (jieba emits the sub-words first).
 *
 * <p>Immutable and thread-safe; the dictionary and model are shared.
 */
public final class DictionarySegmenter implements Segmenter {
    private final WordDictionary dictionary;
    private final SegmentAlgorithm algorithm;
    private final @Nullable HmmModel hmm;
    private final boolean search;
    private final boolean pos;
    private final boolean numberUnits;

    /**
     * @param hmm         the unknown-word model for {@link SegmentAlgorithm#VITERBI}, or {@code null} for none
     * @param search      also emit the dictionary words inside long words
     * @param pos         tag tokens with parts of speech
     * @param numberUnits join digits with a following 年 月 日 万 亿 ({@link NumberUnits})
     */
    public DictionarySegmenter(WordDictionary dictionary, SegmentAlgorithm algorithm, @Nullable HmmModel hmm,
                               boolean search, boolean pos, boolean numberUnits) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        if (algorithm == SegmentAlgorithm.HANLP) {
            throw new IllegalArgumentException("HanLP segments with its own dictionary: use HanlpSegmenter");
        }
        this.hmm = hmm;
        this.search = search;
        this.pos = pos;
        this.numberUnits = numberUnits;
    }

    @Override
    public Tokens segment(Text text) {
        String s = text.current();
        if (s.isEmpty()) {
            return Tokens.empty();
        }
        Atoms atoms = new Atoms(s);
        if (atoms.count == 0) {
            return Tokens.empty();
        }
        Words words = switch (algorithm) {
            case FMM -> MaxMatch.forward(atoms, dictionary);
            case BMM -> MaxMatch.backward(atoms, dictionary);
            case BIMM -> MaxMatch.bidirectional(atoms, dictionary);
            default -> UnigramViterbi.segment(atoms, dictionary, hmm);
        };
        if (numberUnits) {
            NumberUnits.join(atoms, words);
        }
        Tokens.Builder out = Tokens.builder(words.count + (search ? words.count / 2 : 0));
        for (int i = 0; i < words.count; i++) {
            int first = words.start(i);
            int last = words.ends[i] - 1;
            add(text, atoms, first, last + 1, words.ids[i], out);
            if (search && last - first >= 2) {
                addSubWords(text, atoms, first, last + 1, out);
            }
        }
        return out.build();
    }

    private void add(Text text, Atoms atoms, int first, int end, int id, Tokens.Builder out) {
        int from = atoms.start[first];
        int to = atoms.end[end - 1];
        TokenType type = end - first == 1 ? atoms.type(first) : TokenType.WORD;
        String term = new String(atoms.chars, from, to - from);
        if (pos) {
            out.add(term, text.originalStart(from), text.originalEnd(to), type, tag(atoms, first, end, id, type));
        } else {
            out.add(term, text.originalStart(from), text.originalEnd(to), type);
        }
    }

    private String tag(Atoms atoms, int first, int end, int id, TokenType type) {
        if (id >= 0) {
            String tag = dictionary.tag(id);
            if (tag != null) {
                return tag;
            }
        }
        if (end - first > 1) {
            if (atoms.type[first] == TokenType.NUMBER.ordinal()) {
                // a number joined with its unit: 1998年 and 12月 are times, 30万 a numeral
                return "年月日".indexOf(atoms.chars[atoms.end[end - 1] - 1]) >= 0 ? "t" : "m";
            }
            return "nz";
        }
        return switch (type) {
            case NUMBER -> "m";
            case PUNCTUATION -> "w";
            case WORD -> atoms.isHanChar(first) ? "x" : "eng";
            default -> "x";
        };
    }

    /** The dictionary words of two or more atoms strictly inside atoms {@code [first, end)}. */
    private void addSubWords(Text text, Atoms atoms, int first, int end, Tokens.Builder out) {
        DoubleArrayTrie trie = dictionary.trie();
        char[] c = atoms.chars;
        int limit = atoms.end[end - 1];
        for (int k = first; k < end - 1; k++) {
            int p = atoms.start[k];
            int node = trie.rootChild(c[p]);
            while (node >= 0) {
                p++;
                int key = trie.keyIndex(node);
                int stop = key >= 0 ? atoms.endingAt[p] : 0;
                if (stop > k + 1 && stop - k < end - first) {
                    add(text, atoms, k, stop, key, out);
                }
                if (p >= limit) {
                    break;
                }
                node = trie.child(node, c[p]);
            }
        }
    }

    @Override
    public boolean producesTags() {
        return pos;
    }

    public WordDictionary dictionary() {
        return dictionary;
    }

    @Override
    public String toString() {
        return "DictionarySegmenter[" + algorithm.name().toLowerCase(java.util.Locale.ROOT)
                + (hmm != null && algorithm == SegmentAlgorithm.VITERBI ? "+hmm" : "") + (search ? ", search" : "")
                + "]";
    }
}

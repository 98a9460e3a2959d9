package org.zhpipe.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.stage.Segmenter;
import org.zhpipe.text.Placeholders;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/**
 * HanLP 1.8.6's standard segmenter as a zhpipe segmenter, for users who want HanLP's results (or to compare with
 * them): {@code HanLP.newSegment()}, the {@code ViterbiSegment} behind {@code HanLP.segment} and
 * {@code StandardTokenizer}, with offsets enabled and every other setting left at HanLP's default: the core and
 * custom dictionaries bundled in the portable jar, Chinese and transliterated person names recognised, place,
 * organisation and Japanese names not, no number–quantifier merging, no index mode, no HMM part-of-speech pass
 * ({@code enablePartOfSpeechTagging} is off, so a word's nature is its most frequent one in HanLP's dictionary,
 * exactly what {@code HanLP.segment} prints), and HanLP's char normalisation off. The terms are HanLP's, with three
 * corrections so that the {@link Segmenter} contract holds, and a fourth for placeholders:
 * <ul>
 *   <li>White space is never a token. HanLP emits runs of white space as terms of nature {@code w}; they are
 *       dropped. Because HanLP's {@code char[65536]} type table puts U+3000, U+00A0 and every surrogate in the
 *       same class as {@code ，}, it can also emit a term with white space inside ({@code 😀　😀}); such a term is
 *       split at the white space and each piece keeps the term's nature. Controls and U+200B count as white
 *       space; a piece made only of format characters or lone surrogates (a stray U+FEFF) is dropped.</li>
 *   <li>A term never starts inside a character: where HanLP's boundary would split a surrogate pair or separate a
 *       combining mark, variation selector, emoji modifier or zero-width joiner from what precedes it, the two
 *       terms are merged (HanLP keeps pairs together in practice; decomposed {@code e + U+0301} it does split).
 *       HanLP does group adjacent supplementary characters into one term ({@code 𠀀𠀁}, {@code 😀😀}); that is its
 *       segmentation and is kept.</li>
 *   <li>Types: a term of nature {@code m} or {@code mq} that starts with a decimal digit is a
 *       {@link TokenType#NUMBER} ({@code 3.14}, {@code 1,000}, {@code １２３}; HanLP splits {@code 50%} into
 *       {@code 50} and {@code %}, and Chinese numerals such as {@code 三千} stay words). Otherwise the type comes
 *       from the characters, not the nature, because HanLP tags every character its tables do not know as
 *       {@code w} (CJK Extension B, emoji) and {@code %} as {@code nx}: a term with a letter or a number character
 *       is a {@link TokenType#WORD}, one made only of punctuation (Unicode P*) is {@link TokenType#PUNCTUATION}
 *       (HanLP keeps runs such as {@code ://} as one term), anything else (emoji, {@code ++}) a
 *       {@link TokenType#SYMBOL}. No URL or e-mail types: HanLP splits those into pieces.</li>
 *   <li>A placeholder such as {@code <PHONE>} ({@link Placeholders}, what the {@code pii} stage writes) is one token
 *       of type {@link TokenType#PLACEHOLDER} (tag {@code x} with {@code pos}): the text is cut at placeholders and
 *       HanLP segments the runs between them, so it never splits one into {@code <}, {@code PHONE}, {@code >}.</li>
 * </ul>
 * With {@code pos} each token's tag is HanLP's nature ({@code Term.nature.toString()}: {@code n}, {@code vn},
 * {@code w} ...); without it there are no tags. The flag changes nothing else: terms, offsets and types are the same
 * either way. Token text is the current text of the token's span (equal to HanLP's term under the defaults), and
 * offsets are mapped to the original input through the text's alignment.
 *
 * <p><strong>Thread-safety.</strong> One HanLP {@link Segment} per instance, configured in the constructor and
 * never again, shared by all threads: HanLP documents its segmenting methods as thread-safe and its configuration
 * methods as not ({@code Segment}'s Javadoc: 分词器的分词方法是线程安全的，但配置方法则不保证; hankcs in
 * HanLP issue #732), and {@code ViterbiSegment.seg} keeps its word net and vertices on the call stack. The instance
 * is immutable and thread-safe; a test runs 8 threads against one instance.
 *
 * <p><strong>HanLP's global state.</strong> This class holds no static state, but HanLP does: its dictionaries are
 * static and loaded lazily, once per JVM, by HanLP's class initialisers (about 0.4 s and 30 MB). The constructor
 * segments a short sentence so that this load, and any failure of it, happens when the pipeline is built and not on
 * the first document. {@code HanLP.Config} reads {@code hanlp.properties} from the class path if one is there
 * (data root, dictionary paths, {@code Normalization}); without one the portable jar uses its bundled data. Code
 * elsewhere in the JVM that changes HanLP's global {@code CustomDictionary} changes this segmenter's results too.
 * HanLP writes no cache files from the portable jar and, under these defaults, prints nothing: its
 * {@code java.util.logging} logger {@code "HanLP"} sits at level WARNING and the "no hanlp.properties, portable
 * mode" notice is logged at INFO. To silence a misconfigured installation, set that logger's level;
 * {@code HanLP.Config.enableDebug(false)} does the same plus a global flag, so this class calls neither.
 *
 * <pre>{@code
 * Segmenter hanlp = new HanlpSegmenter(true);
 * Tokens t = hanlp.segment(Text.of("商品和服务"));   // 商品/n [0,2)  和/cc [2,3)  服务/vn [3,5)
 * }</pre>
 */
public final class HanlpSegmenter implements Segmenter {
    private static final String WARM_UP = "商品和服务";
    private static final int ZERO_WIDTH_SPACE = 0x200B;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    /** The tag of a placeholder token with {@code pos}: HanLP's nature for strings of symbols and letters. */
    private static final String PLACEHOLDER_TAG = "x";

    private final Segment segment;
    private final boolean pos;

    /**
     * Creates HanLP's standard segmenter and loads HanLP's dictionaries if this JVM has not yet done so.
     *
     * @param pos whether tokens carry HanLP's nature as their tag
     */
    public HanlpSegmenter(boolean pos) {
        this.pos = pos;
        this.segment = HanLP.newSegment().enableOffset(true);
        segment.seg(WARM_UP);
    }

    /** Whether tokens carry HanLP's nature as their tag. */
    public boolean pos() {
        return pos;
    }

    @Override
    public boolean producesTags() {
        return pos;
    }

    @Override
    public Tokens segment(Text text) {
        String s = text.current();
        if (s.isEmpty()) {
            return Tokens.empty();
        }
        Tokens.Builder out = Tokens.builder(s.length() / 2 + 1);
        int from = 0;
        for (int lt = s.indexOf('<'); lt >= 0; lt = s.indexOf('<', lt + 1)) {
            int end = Placeholders.end(s, lt);
            if (end > 0) {
                segmentRun(text, from, lt, out);
                out.add(s.substring(lt, end), text.originalStart(lt), text.originalEnd(end), TokenType.PLACEHOLDER,
                        pos ? PLACEHOLDER_TAG : null);
                from = end;
                lt = end - 1;
            }
        }
        segmentRun(text, from, s.length(), out);
        return out.build();
    }

    /** Segments the current text's chars {@code [from, to)} with HanLP, which sees only them. */
    private void segmentRun(Text text, int from, int to, Tokens.Builder out) {
        if (from == to) {
            return;
        }
        String s = text.current();
        List<Term> terms = segment.seg(from == 0 && to == s.length() ? s : s.substring(from, to));
        int spanStart = -1;
        int spanEnd = from;
        Nature spanNature = null;
        for (Term term : terms) {
            int start = from + term.offset;
            int end = start + term.length();
            if (start != spanEnd || end > to) {
                throw new IllegalStateException("HanLP term " + term + " at " + start + " does not follow the previous"
                        + " term, which ended at " + spanEnd + ", in a text of length " + s.length());
            }
            if (spanStart >= 0 && isAttached(s, start)) {
                spanEnd = end;
                continue;
            }
            if (spanStart >= 0) {
                emit(text, spanStart, spanEnd, spanNature, out);
            }
            spanStart = start;
            spanEnd = end;
            spanNature = term.nature;
        }
        if (spanEnd != to) {
            throw new IllegalStateException("HanLP's terms end at " + spanEnd + " in a run ending at " + to);
        }
        if (spanStart >= 0) {
            emit(text, spanStart, spanEnd, spanNature, out);
        }
    }

    /** Adds the pieces of the current span {@code [from, to)} between white space, skipping invisible ones. */
    private void emit(Text text, int from, int to, @Nullable Nature nature, Tokens.Builder out) {
        String s = text.current();
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            if (isSeparator(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int j = i;
            boolean visible = false;
            while (j < to) {
                cp = s.codePointAt(j);
                if (isSeparator(cp)) {
                    break;
                }
                int category = UCharacter.getType(cp);
                visible |= category != ECharacterCategory.FORMAT && category != ECharacterCategory.SURROGATE;
                j += Character.charCount(cp);
            }
            if (visible) {
                String tag = pos && nature != null ? nature.toString() : null;
                out.add(s.substring(i, j), text.originalStart(i), text.originalEnd(j), type(s, i, j, nature), tag);
            }
            i = j;
        }
    }

    /** White space, controls and U+200B: never part of a token. */
    private static boolean isSeparator(int cp) {
        return UCharacter.isUWhiteSpace(cp)
                || cp == ZERO_WIDTH_SPACE
                || UCharacter.getType(cp) == ECharacterCategory.CONTROL;
    }

    /**
     * True when the char at {@code i} cannot begin a token: the low half of a surrogate pair, a combining mark or
     * variation selector, an emoji modifier or tag, a zero-width joiner, or the character after one.
     */
    private static boolean isAttached(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        if (i > 0 && s.charAt(i - 1) == ZERO_WIDTH_JOINER) {
            return true;
        }
        int cp = s.codePointAt(i);
        if (cp < 0x300) {
            return false;
        }
        int category = UCharacter.getType(cp);
        return cp == ZERO_WIDTH_JOINER
                || category == ECharacterCategory.NON_SPACING_MARK
                || category == ECharacterCategory.ENCLOSING_MARK
                || category == ECharacterCategory.COMBINING_SPACING_MARK
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    /** The type of the token {@code s[from, to)} of HanLP nature {@code nature}; see the class comment. */
    private static TokenType type(String s, int from, int to, @Nullable Nature nature) {
        if ((nature == Nature.m || nature == Nature.mq) && UCharacter.isDigit(s.codePointAt(from))) {
            return TokenType.NUMBER;
        }
        boolean punctuation = true;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            int category = UCharacter.getType(cp);
            if (UCharacter.isLetter(cp) || category == ECharacterCategory.DECIMAL_DIGIT_NUMBER
                    || category == ECharacterCategory.LETTER_NUMBER || category == ECharacterCategory.OTHER_NUMBER) {
                return TokenType.WORD;
            }
            punctuation &= isPunctuation(category);
            i += Character.charCount(cp);
        }
        return punctuation ? TokenType.PUNCTUATION : TokenType.SYMBOL;
    }

    private static boolean isPunctuation(int category) {
        return category >= ECharacterCategory.DASH_PUNCTUATION && category <= ECharacterCategory.OTHER_PUNCTUATION
                || category == ECharacterCategory.INITIAL_PUNCTUATION
                || category == ECharacterCategory.FINAL_PUNCTUATION;
    }
}

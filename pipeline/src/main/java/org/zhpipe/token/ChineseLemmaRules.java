package org.zhpipe.token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhpipe.segment.WordDictionary;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/**
 * Rules that count variants of the same Chinese word as one. Chinese has no inflection, but a verb shows up as
 * 看, 看看, 看一看 and 看了看, and 吃饭 with or without 了. No toolkit ships such rules; these were written for zhpipe
 * from the descriptive grammar of reduplication and aspect (e.g. Li &amp; Thompson, <i>Mandarin Chinese: A Functional
 * Reference Grammar</i>, 1981, ch. 3 and 6). For simplified Chinese, on words (after {@code segment}):
 *
 * <ol>
 *   <li><b>Reduplication → base.</b> {@code AA} → A (看看 → 看), {@code ABAB} → AB (研究研究 → 研究), {@code AABB} → AB
 *       (高高兴兴 → 高兴), {@code A一A} → A (想一想 → 想), {@code A了A} → A (看了看 → 看). The pattern may be one token or
 *       several adjacent ones (想 + 一想, 研究 + 研究, or one character each after {@code tokenize}); a pattern never
 *       splits a token, and the longest one wins. The merged token covers the whole span. Conditions: the base is a
 *       verb ({@code A一A}, {@code A了A}) or a verb or adjective (the others); for {@code AABB} the base must be such
 *       a word of the dictionary (so 形形色色 and 家家户户 stay); and a reduplicated form the dictionary knows as a
 *       word of another class stays (妈妈 and 星星 are nouns, 常常 and 好好 adverbs, and {@code AA} status words
 *       such as 累累 and 茫茫 literary words of their own; {@code AABB} status words such as 高高兴兴 do
 *       collapse).</li>
 *   <li><b>Plural 们 of nouns.</b> A noun of two or more characters followed by 们, as one token or two, becomes the
 *       noun, covering both (同学们 → 同学). Pronouns (我们, 他们, 你们, 她们, 它们, 咱们) and lexicalised one-character
 *       nouns (人们, 哥们) stay.</li>
 *   <li><b>Aspect particles after a verb.</b> A token 了, 着 or 过 tagged as a particle ({@code u*}, or {@code y})
 *       that directly follows a verb is removed (吃饭了 → 吃饭, 吃了饭 → 吃 饭, 看着 → 看); 了 after an adjective or
 *       noun (天黑了, 学生了) stays.</li>
 * </ol>
 *
 * <p><b>Parts of speech.</b> A token's own tag when it has one ({@code segment} with {@code pos: true}); otherwise
 * the word's tag in HanLP's core dictionary (PKU style: {@code v*} verb, {@code a*} adjective, {@code n*} noun,
 * {@code z} status word, {@code u*} particle). For the dictionary segmenters that is the same tag {@code pos: true}
 * would have given, so every rule applies with or without it; a word the dictionary lacks (a new word the HMM found)
 * has no class then, and no rule that needs one fires on it. Tags do not depend on context, so 过 after a verb is
 * taken for the particle also where it is a complement (跑过河 → 跑 河).
 *
 * <p><b>Exceptions.</b> A token whose term, or a pattern whose text, is on the exception list is left alone: the
 * bundled list ({@link #bundledExceptions()}: kinship words such as 妈妈, lexicalised adverbs such as 往往, 谢谢, ...)
 * plus the caller's words.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChineseLemmaRules {
    private static final String EXCEPTIONS_RESOURCE = "/org/zhpipe/token/chinese-lemma-exceptions.txt";
    /** Reduplicated patterns are at most four characters long. */
    private static final int MAX_PATTERN = 4;

    private final WordDictionary dictionary;
    private final Set<String> exceptions;

    /**
     * @param dictionary the parts of speech of words whose tokens carry none (HanLP's core dictionary:
     *                   {@code WordDictionary.bundled("core")})
     * @param exceptions words and patterns left alone, usually {@link #bundledExceptions()} plus the user's
     */
    public ChineseLemmaRules(WordDictionary dictionary, Collection<String> exceptions) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.exceptions = Set.copyOf(new HashSet<>(exceptions));
    }

    /** The bundled exception list ({@code chinese-lemma-exceptions.txt} beside this class), read anew each call. */
    public static Set<String> bundledExceptions() {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = ChineseLemmaRules.class.getResourceAsStream(EXCEPTIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(EXCEPTIONS_RESOURCE + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                for (String word : (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** The words and patterns these rules leave alone. */
    public Set<String> exceptions() {
        return exceptions;
    }

    /**
     * Applies the rules. Tokens no rule changes get {@code replacements[i]} as their term when it is not
     * {@code null} (the English lemmas), else stay as they are.
     *
     * @param replacements  new terms aligned with {@code tokens}, or {@code null}
     * @param keepOriginal  record each changed token's previous form ({@link Tokens#original(int)})
     */
    public Tokens apply(Tokens tokens, @Nullable String @Nullable [] replacements, boolean keepOriginal) {
        int n = tokens.size();
        Tokens.Builder out = Tokens.builder(n);
        Window window = new Window();
        String prevTerm = null;
        String prevTag = null;
        int prevEnd = -1;
        int i = 0;
        while (i < n) {
            String term = tokens.term(i);
            if (!isHan(term)) {
                LemmatizeStage.emit(out, tokens, i, replacements == null ? null : replacements[i], keepOriginal);
                prevTerm = null;
                i++;
                continue;
            }
            int used = mayRepeat(tokens, i) ? reduplication(tokens, i, window) : 0;
            if (used == 0) {
                used = plural(tokens, i, window);
            }
            if (used > 0) {
                merge(out, tokens, i, used, window.base, keepOriginal);
                prevTerm = window.base;
                prevTag = tokens.tag(i);
                prevEnd = tokens.end(i + used - 1);
                i += used;
                continue;
            }
            if (prevTerm != null && isAspectParticle(tokens, i) && prevEnd == tokens.start(i)
                    && !exceptions.contains(term) && isVerb(prevTag != null ? prevTag : dictionaryTag(prevTerm))) {
                prevEnd = tokens.end(i); // dropped; the verb before it stays the previous token (看过了 → 看)
                i++;
                continue;
            }
            LemmatizeStage.emit(out, tokens, i, null, keepOriginal);
            prevTerm = term;
            prevTag = tokens.tag(i);
            prevEnd = tokens.end(i);
            i++;
        }
        return out.build();
    }

    /**
     * Whether the first code point of token {@code i} comes again as the second or third of the adjacent tokens from
     * {@code i} on: what every reduplication pattern needs, checked before any work.
     */
    private static boolean mayRepeat(Tokens tokens, int i) {
        String t = tokens.term(i);
        int first = t.codePointAt(0);
        int k = i;
        int p = Character.charCount(first);
        for (int seen = 0; seen < 2; seen++) {
            if (p >= t.length()) {
                k++;
                if (k >= tokens.size() || tokens.start(k) != tokens.end(k - 1) || tokens.term(k).isEmpty()) {
                    return false;
                }
                t = tokens.term(k);
                p = 0;
            }
            int c = t.codePointAt(p);
            if (c == first) {
                return true;
            }
            p += Character.charCount(c);
        }
        return false;
    }

    /**
     * A reduplication starting at token {@code i}: how many tokens it spans (0 for none), its base in
     * {@code window.base}.
     */
    private int reduplication(Tokens tokens, int i, Window w) {
        int count = 0;
        int tokenCount = 0;
        for (int k = i; k < tokens.size() && tokenCount < MAX_PATTERN; k++) {
            String t = tokens.term(k);
            if (k > i && (tokens.start(k) != tokens.end(k - 1) || !isHan(t))) {
                break;
            }
            int len = t.codePointCount(0, t.length());
            if (count + len > MAX_PATTERN) {
                break;
            }
            for (int p = 0; p < t.length(); ) {
                int c = t.codePointAt(p);
                w.cps[count++] = c;
                p += Character.charCount(c);
            }
            w.ends[tokenCount++] = count;
        }
        for (int b = tokenCount - 1; b >= 0; b--) {
            int used = b + 1;
            if (matches(tokens, i, used, w.ends[b], w)) {
                return used;
            }
        }
        return 0;
    }

    /** Whether the first {@code length} code points of the window, {@code used} tokens, are a reduplication. */
    private boolean matches(Tokens tokens, int i, int used, int length, Window w) {
        int[] c = w.cps;
        String base;
        boolean verbOnly = false;
        boolean lexicalCheck = true;
        boolean baseInDictionary = false;
        if (length == 2 && c[0] == c[1]) { // AA
            base = new String(c, 0, 1);
        } else if (length == 3 && c[0] == c[2] && c[1] != c[0] && (c[1] == '一' || c[1] == '了')) { // A一A, A了A
            base = new String(c, 0, 1);
            verbOnly = true;
            lexicalCheck = false;
        } else if (length == 4 && c[0] == c[2] && c[1] == c[3] && c[0] != c[1]) { // ABAB
            base = new String(c, 0, 2);
        } else if (length == 4 && c[0] == c[1] && c[2] == c[3] && c[0] != c[2]) { // AABB
            base = new String(new int[] {c[0], c[2]}, 0, 2);
            baseInDictionary = true;
        } else {
            return false;
        }
        String surface = new String(c, 0, length);
        if (exceptions.contains(surface) || exceptions.contains(base)) {
            return false;
        }
        for (int k = i; k < i + used; k++) {
            if (exceptions.contains(tokens.term(k))) {
                return false;
            }
        }
        String baseTag = !baseInDictionary && tokens.term(i).equals(base) ? tagOf(tokens, i) : dictionaryTag(base);
        if (!(isVerb(baseTag) || (!verbOnly && isAdjective(baseTag)))) {
            return false;
        }
        if (lexicalCheck) {
            // a form the dictionary (or the tagger) knows as a noun, adverb, ... is a word of its own: 妈妈, 常常;
            // status words (z) are AABB's class (高高兴兴), but an AA one is literary and lexicalised (累累, 茫茫)
            String surfaceTag = used == 1 ? tagOf(tokens, i) : dictionaryTag(surface);
            if (surfaceTag != null && !isVerb(surfaceTag) && !isAdjective(surfaceTag)
                    && !(baseInDictionary && surfaceTag.equals("z"))) {
                return false;
            }
        }
        w.base = base;
        return true;
    }

    /** A noun with plural 们 at token {@code i}: how many tokens (0 for none), the noun in {@code window.base}. */
    private int plural(Tokens tokens, int i, Window w) {
        String term = tokens.term(i);
        if (term.endsWith("们") && term.codePointCount(0, term.length()) >= 3) {
            String noun = term.substring(0, term.length() - 1);
            if (isNoun(dictionaryTag(noun)) && !exceptions.contains(noun) && !exceptions.contains(term)) {
                w.base = noun;
                return 1;
            }
        }
        if (i + 1 < tokens.size() && tokens.term(i + 1).equals("们") && term.codePointCount(0, term.length()) >= 2
                && tokens.start(i + 1) == tokens.end(i) && isNoun(tagOf(tokens, i))
                && !exceptions.contains(term) && !exceptions.contains(term + "们")) {
            w.base = term;
            return 2;
        }
        return 0;
    }

    private boolean isAspectParticle(Tokens tokens, int i) {
        String term = tokens.term(i);
        if (term.length() != 1 || "了着过".indexOf(term.charAt(0)) < 0) {
            return false;
        }
        String tag = tagOf(tokens, i);
        return tag != null && (tag.startsWith("u") || tag.equals("y"));
    }

    /** Tokens {@code [i, i + used)} become one token {@code base} covering their span. */
    private static void merge(Tokens.Builder out, Tokens tokens, int i, int used, String base, boolean keepOriginal) {
        String original = null;
        if (keepOriginal) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + used; k++) {
                sb.append(tokens.original(k) != null ? tokens.original(k) : tokens.term(k));
            }
            original = sb.toString();
        }
        out.add(base, tokens.start(i), tokens.end(i + used - 1), TokenType.WORD, tokens.tag(i), original);
    }

    private @Nullable String tagOf(Tokens tokens, int i) {
        String tag = tokens.tag(i);
        return tag != null ? tag : dictionaryTag(tokens.term(i));
    }

    private @Nullable String dictionaryTag(String word) {
        int id = dictionary.id(word);
        return id < 0 ? null : dictionary.tag(id);
    }

    private static boolean isVerb(@Nullable String tag) {
        return tag != null && tag.startsWith("v");
    }

    private static boolean isAdjective(@Nullable String tag) {
        return tag != null && tag.startsWith("a");
    }

    private static boolean isNoun(@Nullable String tag) {
        return tag != null && tag.startsWith("n");
    }

    /** Whether every code point of {@code s} is a Han character (and there is one). */
    static boolean isHan(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            char ch = s.charAt(i);
            if (ch >= '\u4E00' && ch <= '\u9FFC') { // CJK Unified Ideographs (Unicode 13): most Han text, no lookup
                i++;
                continue;
            }
            if (ch < '\u2E80' || (ch >= '\uFF00' && ch <= '\uFFEF')) { // nothing Han before the CJK radicals; forms
                return false;
            }
            if (ch >= '\u3000' && ch <= '\u303F') { // CJK punctuation, but for 々 〇 and the Suzhou numerals
                if (ch != '\u3005' && ch != '\u3007' && !(ch >= '\u3021' && ch <= '\u3029')
                        && !(ch >= '\u3038' && ch <= '\u303B')) {
                    return false;
                }
                i++;
                continue;
            }
            int c = s.codePointAt(i);
            if (!org.zhpipe.text.Scripts.isHan(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Scratch space of one {@link #apply} call: the code points of the next few tokens. */
    private static final class Window {
        final int[] cps = new int[MAX_PATTERN];
        final int[] ends = new int[MAX_PATTERN];
        /** The base form of the last match; set by every match found. */
        @Nullable String base;
    }
}

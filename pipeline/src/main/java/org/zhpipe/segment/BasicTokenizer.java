package org.zhpipe.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import org.zhpipe.stage.Segmenter;
import org.zhpipe.text.Placeholders;
import org.zhpipe.text.Text;
import org.zhpipe.text.TokenType;
import org.zhpipe.text.Tokens;

/**
 * A rule-based segmenter that needs no dictionary: the {@code tokenize} stage. It serves plain English, acts as a
 * fallback, and is the reference for offset handling.
 * <ul>
 *   <li>Han characters: one token each ({@link TokenType#WORD}).</li>
 *   <li>Words of other letters, with digits and marks, joined across a single {@code '} {@code ’} {@code -} or
 *       {@code _} between letters or digits: {@code don't}, {@code GPT-4}, {@code e_mail}, {@code 3D}.</li>
 *   <li>Numbers ({@link TokenType#NUMBER}): digits with {@code ,ddd} groups, one decimal part and an optional
 *       {@code %}, {@code ％} or {@code ‰}: {@code 3.14}, {@code 1,000}, {@code 50%}. {@code 2024年} → {@code 2024}, 年.</li>
 *   <li>Punctuation: one token per character ({@link TokenType#PUNCTUATION}).</li>
 *   <li>Symbols and emoji: one token per character with its modifiers, variation selectors and ZWJ sequence
 *       ({@link TokenType#SYMBOL}).</li>
 *   <li>URLs ({@code https://example.com/a?b=1}, {@code www.example.com}) and e-mail addresses: one token each
 *       ({@link TokenType#URL}, {@link TokenType#EMAIL}), without trailing sentence punctuation.</li>
 *   <li>Placeholders such as {@code <PHONE>} ({@link Placeholders}: {@code <}, upper-case ASCII letters, digits and
 *       {@code _}, {@code >}), as the {@code pii} stage writes them: one token each ({@link TokenType#PLACEHOLDER}),
 *       never {@code <}, {@code PHONE}, {@code >}.</li>
 *   <li>White space, control and format characters are never tokens.</li>
 * </ul>
 * Works in code points: a supplementary character (𠀀, 😀) is never split. Immutable and thread-safe.
 */
public final class BasicTokenizer implements Segmenter {

    /** Receives the tokens of {@link #scan}: a span of the scanned string and its type. */
    interface Sink {
        void token(int start, int end, TokenType type);
    }

    @Override
    public Tokens segment(Text text) {
        String s = text.current();
        Tokens.Builder out = Tokens.builder(s.length() / 2 + 1);
        scan(s, (start, end, type) ->
                out.add(s.substring(start, end), text.originalStart(start), text.originalEnd(end), type));
        return out.build();
    }

    /** Reports the tokens of {@code s} in order, as {@link #segment} makes them, without making strings. */
    static void scan(String s, Sink out) {
        for (int i = 0; i < s.length(); ) {
            i = next(s, i, out);
        }
    }

    /** Reports the token starting at {@code i} of {@code s}, if any, and returns where the next one may start. */
    static int next(String s, int i, Sink out) {
        int n = s.length();
        int cp = s.codePointAt(i);
        int end = i + Character.charCount(cp);
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            // the CJK Unified Ideographs block: all Han, by far the most common case
            end = extend(s, end);
            out.token(i, end, TokenType.WORD);
            return end;
        }
        if (cp == ' ') {
            return i + 1;
        }
        if (cp == '<') {
            int placeholder = Placeholders.end(s, i);
            if (placeholder > 0) {
                out.token(i, placeholder, TokenType.PLACEHOLDER);
                return placeholder;
            }
        }
        int category = UCharacter.getType(cp);
        TokenType type;
        int web;
        if (isSkipped(cp, category)) {
            return end;
        } else if (isPunctuation(category)) {
            type = TokenType.PUNCTUATION; // before the script lookup: Chinese punctuation is common
            end = extend(s, end);
        } else if ((category == ECharacterCategory.OTHER_LETTER || category == ECharacterCategory.LETTER_NUMBER
                || category == ECharacterCategory.MODIFIER_LETTER || category == ECharacterCategory.OTHER_SYMBOL)
                && isHan(cp)) {
            type = TokenType.WORD;
            end = extend(s, end);
        } else if (cp < 0x80 && (web = WebAddresses.end(s, i)) > 0) {
            type = WebAddresses.isUrl(s, i) ? TokenType.URL : TokenType.EMAIL;
            end = web;
        } else if (category == ECharacterCategory.DECIMAL_DIGIT_NUMBER) {
            int numberEnd = scanNumber(s, i);
            if (numberEnd < n && isWordChar(s.codePointAt(numberEnd)) && s.charAt(numberEnd - 1) != '%') {
                type = TokenType.WORD;
                end = scanWord(s, numberEnd);
            } else {
                type = TokenType.NUMBER;
                end = numberEnd;
            }
        } else if (isWordChar(cp)) {
            type = TokenType.WORD;
            end = scanWord(s, i);
        } else {
            type = TokenType.SYMBOL;
            end = extend(s, end);
        }
        out.token(i, end, type);
        return end;
    }

    /** Whether {@code c} may extend the character before it (a mark, selector, modifier or joiner may start here). */
    static boolean mayExtend(char c) {
        return c >= 0x300 && !(c >= 0x3400 && c <= 0x9FFF) && !(c >= 0xAC00 && c <= 0xD7A3);
    }

    private static boolean isSkipped(int cp, int category) {
        return UCharacter.isUWhiteSpace(cp)
                || category == ECharacterCategory.CONTROL
                || category == ECharacterCategory.FORMAT
                || category == ECharacterCategory.SPACE_SEPARATOR
                || category == ECharacterCategory.LINE_SEPARATOR
                || category == ECharacterCategory.PARAGRAPH_SEPARATOR
                || category == ECharacterCategory.UNASSIGNED
                || category == ECharacterCategory.SURROGATE
                || category == ECharacterCategory.PRIVATE_USE;
    }

    static boolean isHan(int cp) {
        return org.zhpipe.text.Scripts.isHan(cp);
    }

    private static boolean isPunctuation(int category) {
        return category >= ECharacterCategory.DASH_PUNCTUATION && category <= ECharacterCategory.OTHER_PUNCTUATION
                || category == ECharacterCategory.INITIAL_PUNCTUATION
                || category == ECharacterCategory.FINAL_PUNCTUATION;
    }

    private static boolean isMark(int category) {
        return category == ECharacterCategory.NON_SPACING_MARK
                || category == ECharacterCategory.ENCLOSING_MARK
                || category == ECharacterCategory.COMBINING_SPACING_MARK;
    }

    /** Letters (not Han), digits and marks: what words are made of. */
    private static boolean isWordChar(int cp) {
        int category = UCharacter.getType(cp);
        return (UCharacter.isLetter(cp) && !isHan(cp))
                || category == ECharacterCategory.DECIMAL_DIGIT_NUMBER
                || isMark(category);
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && UCharacter.getType(s.codePointAt(i)) == ECharacterCategory.DECIMAL_DIGIT_NUMBER;
    }

    private static int scanDigits(String s, int i) {
        while (isDigit(s, i)) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    /** End of the number starting at {@code start} (which is a digit). */
    private static int scanNumber(String s, int start) {
        int i = scanDigits(s, start);
        // thousands groups: exactly three digits after each comma
        while (i + 3 < s.length() + 0 && s.charAt(i) == ',' && isThreeDigits(s, i + 1)) {
            i += 4;
        }
        if (i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s, i + 1)) {
            i = scanDigits(s, i + 1);
        }
        if (i < s.length() && (s.charAt(i) == '%' || s.charAt(i) == '\uFF05' || s.charAt(i) == '\u2030')) {
            i++;
        }
        return i;
    }

    private static boolean isThreeDigits(String s, int i) {
        return i + 3 <= s.length()
                && isAsciiDigit(s.charAt(i)) && isAsciiDigit(s.charAt(i + 1)) && isAsciiDigit(s.charAt(i + 2))
                && !isDigit(s, i + 3);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** End of the word starting at {@code start}. */
    private static int scanWord(String s, int start) {
        int n = s.length();
        int i = start;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (isJoiner(cp) && i > start && i + 1 < n && isWordChar(s.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '_';
    }

    /** Extends a symbol or character with following marks, variation selectors, emoji modifiers and ZWJ sequences. */
    private static int extend(String s, int i) {
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (cp < 0x300 || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3)) {
                break; // no mark, selector, modifier or joiner: below U+0300, CJK ideographs, Hangul syllables
            }
            int category = UCharacter.getType(cp);
            if (isMark(category) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F)) {
                i += Character.charCount(cp);
            } else if (cp == 0x200D && i + 1 < n) {
                int next = s.codePointAt(i + 1);
                if (UCharacter.isUWhiteSpace(next)) {
                    break;
                }
                i += 1 + Character.charCount(next);
            } else {
                break;
            }
        }
        return i;
    }
}

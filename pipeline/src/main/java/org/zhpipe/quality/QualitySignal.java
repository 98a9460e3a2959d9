package org.zhpipe.quality;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The signals the {@code quality} stage measures, each with one definition that names its source. Text signals
 * need only the text; word signals need the tokens (the stage then stands after the segmenter), and use them as the
 * source's "words". "Characters" are code points; a share is 0 for an empty document. Where a definition follows a
 * published pipeline, it follows its code, quirks included (the source file is named; see also
 * {@code docs/quality-signals.md}).
 */
public enum QualitySignal {
    // ---- text: zhpipe's own general signals
    CHARS("chars", false, "code points of the text [zhpipe]"),
    HAN_SHARE("hanShare", false, "share of the characters in the Han script (ICU, Unicode 16) [zhpipe]"),
    LETTER_SHARE("letterShare", false, "share of letters (categories L*) that are not Han [zhpipe]"),
    DIGIT_SHARE("digitShare", false, "share of decimal digits (category Nd) [zhpipe]"),
    PUNCTUATION_SHARE("punctuationShare", false, "share of punctuation (categories P*) [zhpipe]"),
    SYMBOL_SHARE("symbolShare", false, "share of symbols (categories S*) [zhpipe]"),
    WHITESPACE_SHARE("whitespaceShare", false, "share of white space (Unicode White_Space) [zhpipe]"),
    TERMINAL_LINE_SHARE("terminalLineShare", false, "share of the non-blank lines (split at LF) that end, after "
            + "trailing white space and closing quotes or brackets, in 。！？!?….．｡‼⁇⁈⁉﹒﹖﹗ [zhpipe]"),
    // ---- text: data-juicer
    LINES("lines", false, "lines as Python's str.splitlines() splits them [data-juicer average_line_length_filter]"),
    MEAN_LINE_LENGTH("meanLineLength", false, "characters (line breaks included) / lines, 0 without lines "
            + "[data-juicer average_line_length_filter.py]"),
    MAX_LINE_LENGTH("maxLineLength", false, "the longest line's characters, 0 without lines "
            + "[data-juicer maximum_line_length_filter.py]"),
    ALNUM_SHARE("alnumShare", false, "share of letters and numbers (Python str.isalnum: categories L*, N*); Han "
            + "characters count [data-juicer alphanumeric_filter.py, tokenization false]"),
    CHAR_REPETITION("charRepetition", false, "of the character 10-grams of the raw text, the share of occurrences "
            + "of the ⌊√distinct⌋ most frequent repeated ones (at most as many as are repeated) "
            + "[data-juicer character_repetition_filter.py, rep_len 10]"),
    // ---- text: datatrove's Gopher repetition rules (gopher_repetition_filter.py)
    DUP_LINE_FRACTION("dupLineFraction", false, "lines = re.split(\"\\n+\", text); repeats of an earlier line / "
            + "lines [datatrove GopherRepetitionFilter]"),
    DUP_LINE_CHAR_FRACTION("dupLineCharFraction", false, "characters of the lines that repeat an earlier line / "
            + "characters [datatrove GopherRepetitionFilter]"),
    DUP_PARAGRAPH_FRACTION("dupParagraphFraction", false, "paragraphs = re.split(\"\\n{2,}\", text.strip()); "
            + "repeats of an earlier paragraph / paragraphs [datatrove GopherRepetitionFilter]"),
    DUP_PARAGRAPH_CHAR_FRACTION("dupParagraphCharFraction", false, "characters of the repeated paragraphs / "
            + "characters [datatrove GopherRepetitionFilter]"),
    CHAR_TOP2GRAM_FRACTION("charTop2gramFraction", false, "Gopher's top n-gram fraction over characters (each "
            + "non-white-space code point a word, n-grams without separator): n × count of the most frequent 2-gram "
            + "(the first seen on ties) / characters [datatrove find_top_duplicate]"),
    CHAR_TOP3GRAM_FRACTION("charTop3gramFraction", false, "as charTop2gramFraction, for 3-grams"),
    CHAR_TOP4GRAM_FRACTION("charTop4gramFraction", false, "as charTop2gramFraction, for 4-grams"),
    CHAR_DUP5GRAM_FRACTION("charDup5gramFraction", false, "Gopher's duplicated n-gram fraction over characters "
            + "(non-white-space code points): characters of 5-grams that repeat an earlier one, skipping past each "
            + "repeat / characters [datatrove find_all_duplicate]"),
    CHAR_DUP6GRAM_FRACTION("charDup6gramFraction", false, "as charDup5gramFraction, for 6-grams"),
    CHAR_DUP7GRAM_FRACTION("charDup7gramFraction", false, "as charDup5gramFraction, for 7-grams"),
    CHAR_DUP8GRAM_FRACTION("charDup8gramFraction", false, "as charDup5gramFraction, for 8-grams"),
    CHAR_DUP9GRAM_FRACTION("charDup9gramFraction", false, "as charDup5gramFraction, for 9-grams"),
    CHAR_DUP10GRAM_FRACTION("charDup10gramFraction", false, "as charDup5gramFraction, for 10-grams"),
    // ---- text: datatrove's FineWeb quality rules (fineweb_quality_filter.py)
    LINE_PUNCT_RATIO("linePunctRatio", false, "of the non-blank lines (split at LF, not stripped), the share "
            + "whose last character is datatrove's TERMINAL_PUNCTUATION (… and ” are not) "
            + "[datatrove FineWebQualityFilter]"),
    LINE_CHAR_DUP_RATIO("lineCharDupRatio", false, "characters of the non-blank lines that repeat an earlier one / "
            + "characters other than LF [datatrove FineWebQualityFilter]"),
    // ---- text: ChineseWebText (preprocess.py) and MNBVC
    CWT_HAN_SHARE("cwtHanShare", false, "share of the characters in U+4E00..U+9FA5 [ChineseWebText preprocess.py]"),
    CWT_MEAN_LINE_LENGTH("cwtMeanLineLength", false, "characters / (LF count + 1) [ChineseWebText preprocess.py]"),
    CWT_REPETITION("cwtRepetition", false, "on the stripped, lower-cased text without spaces, LF and TAB: the share "
            + "of its 13-grams (the last one left out, as the source does) that occur more than once "
            + "[ChineseWebText preprocess.py]"),
    UNIQUE_LINE_SHARE("uniqueLineShare", false, "distinct stripped non-empty lines (split at LF) / stripped non-empty "
            + "lines, 0 without any [MNBVC deduplication_mnbvc convert.py]"),
    // ---- words: zhpipe
    WORDS("words", true, "tokens [zhpipe]"),
    MEAN_WORD_LENGTH("meanWordLength", true, "mean code points per token [zhpipe]"),
    STOPWORD_SHARE("stopwordShare", true, "share of the tokens on the stopword lists (parameter stopwords) "
            + "[zhpipe]"),
    NON_ALPHA_WORD_SHARE("nonAlphaWordShare", true, "share of the tokens without a letter (no character of "
            + "categories L*) [zhpipe]"),
    FLAGGED_WORD_SHARE("flaggedWordShare", true, "share of the tokens on the flagged-word files (parameter "
            + "flaggedWords) [zhpipe]"),
    // ---- words: datatrove's Gopher quality and FineWeb rules with zhpipe's tokens as the words
    GOPHER_WORDS("gopherWords", true, "tokens with a character outside datatrove's PUNCTUATION_SET "
            + "[datatrove GopherQualityFilter]"),
    GOPHER_MEAN_WORD_LENGTH("gopherMeanWordLength", true, "mean code points of those tokens, 0 without any "
            + "[datatrove GopherQualityFilter]"),
    HASH_WORD_RATIO("hashWordRatio", true, "# in the text / tokens [datatrove GopherQualityFilter]"),
    ELLIPSIS_WORD_RATIO("ellipsisWordRatio", true, "(non-overlapping ... + …) in the text / tokens "
            + "[datatrove GopherQualityFilter]"),
    BULLET_LINE_RATIO("bulletLineRatio", true, "share of the str.splitlines() lines starting, after leading white "
            + "space, with • or - [datatrove GopherQualityFilter]"),
    ELLIPSIS_LINE_RATIO("ellipsisLineRatio", true, "share of the lines ending, before trailing white space, with "
            + "... or … [datatrove GopherQualityFilter]"),
    ALPHA_WORD_RATIO("alphaWordRatio", true, "share of the tokens with a letter (Python str.isalpha) "
            + "[datatrove GopherQualityFilter]"),
    STOPWORD_COUNT("stopwordCount", true, "tokens equal to one of the counted stop words (parameter "
            + "countedStopwords; FineWeb-2's 22 for cmn_Hani by default), every occurrence counted, as in the "
            + "datatrove FineWeb-2 was built with [datatrove GopherQualityFilter at 842775976]"),
    NEWLINE_WORD_RATIO("newlineWordRatio", true, "LF in the text / tokens [datatrove FineWebQualityFilter]"),
    WORD_TOP2GRAM_FRACTION("wordTop2gramFraction", true, "length of the most frequent token 2-gram joined with "
            + "spaces (the first seen on ties) × its count / characters [datatrove GopherRepetitionFilter]"),
    WORD_TOP3GRAM_FRACTION("wordTop3gramFraction", true, "as wordTop2gramFraction, for 3-grams"),
    WORD_TOP4GRAM_FRACTION("wordTop4gramFraction", true, "as wordTop2gramFraction, for 4-grams"),
    WORD_DUP5GRAM_FRACTION("wordDup5gramFraction", true, "characters of token 5-grams (joined without separator) "
            + "that repeat an earlier one, skipping past each repeat / characters "
            + "[datatrove GopherRepetitionFilter]"),
    WORD_DUP6GRAM_FRACTION("wordDup6gramFraction", true, "as wordDup5gramFraction, for 6-grams"),
    WORD_DUP7GRAM_FRACTION("wordDup7gramFraction", true, "as wordDup5gramFraction, for 7-grams"),
    WORD_DUP8GRAM_FRACTION("wordDup8gramFraction", true, "as wordDup5gramFraction, for 8-grams"),
    WORD_DUP9GRAM_FRACTION("wordDup9gramFraction", true, "as wordDup5gramFraction, for 9-grams"),
    WORD_DUP10GRAM_FRACTION("wordDup10gramFraction", true, "as wordDup5gramFraction, for 10-grams");

    private final String key;
    private final boolean words;
    private final String definition;

    QualitySignal(String key, boolean words, String definition) {
        this.key = key;
        this.words = words;
        this.definition = definition;
    }

    /** The signal's name in specs and output, e.g. {@code hanShare}. */
    public String key() {
        return key;
    }

    /** Whether it needs tokens. */
    public boolean needsWords() {
        return words;
    }

    /** Its definition and, in brackets, its source. */
    public String definition() {
        return definition;
    }

    /** The signal named {@code key}. */
    public static Optional<QualitySignal> named(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** Every signal's name. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(QualitySignal::key).toList();
    }

    @Override
    public String toString() {
        return key;
    }
}

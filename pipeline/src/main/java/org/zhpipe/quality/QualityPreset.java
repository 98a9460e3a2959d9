package org.zhpipe.quality;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of published corpus pipelines as {@code quality} bounds, each from the source file named here (the
 * definitions of the signals they bound are in {@link QualitySignal}). A document is kept when every signal lies
 * within its bounds, as in the sources (datatrove drops {@code value > max} and {@code value < min}; data-juicer
 * keeps {@code min <= value <= max}). Bounds are listed in the source's order, so the first rule a dropped document
 * breaks is the one the source reports. What a preset cannot reproduce is said in its description.
 */
public enum QualityPreset {
    /**
     * FineWeb-2's {@code cmn_Hani} filters: huggingface/fineweb-2 {@code configs/cmn_Hani.yml} (d0defb24, the
     * "paper version" of 2025-06-16) in the order of {@code fineweb-2-pipeline.py}: GopherRepetitionFilter,
     * FineWebQualityFilter, GopherQualityFilter (datatrove 842775976).
     */
    FINEWEB2("fineweb2", "FineWeb-2 cmn_Hani (configs/cmn_Hani.yml, paper version): Gopher repetition, FineWeb "
            + "quality and Gopher quality rules. Words are zhpipe's tokens where FineWeb-2 uses jieba 0.42.1 "
            + "through spaCy, so word-level values differ where the two segment differently; the language-score "
            + "rule (GlotLID >= 0.692) belongs to the lang stage, MinHash deduplication to dedup.") {
        @Override
        void bounds(Bounds b) {
            b.max("dupLineFraction", 0.287);
            b.max("wordTop2gramFraction", 0.256);
            b.max("wordTop3gramFraction", 0.201);
            b.max("wordTop4gramFraction", 0.171);
            b.max("wordDup5gramFraction", 0.198);
            b.max("wordDup6gramFraction", 0.182);
            b.max("wordDup7gramFraction", 0.167);
            b.max("wordDup8gramFraction", 0.154);
            b.max("wordDup9gramFraction", 0.14);
            b.max("wordDup10gramFraction", 0.127);
            b.min("linePunctRatio", 0.106);
            b.max("lineCharDupRatio", 0.1);
            b.max("newlineWordRatio", 0.178);
            b.min("gopherWords", 50);
            b.max("gopherWords", 100_000);
            b.min("gopherMeanWordLength", 1);
            b.max("gopherMeanWordLength", 5);
            b.max("hashWordRatio", 0.1);
            b.max("ellipsisWordRatio", 0.1);
            b.max("bulletLineRatio", 0.9);
            b.max("ellipsisLineRatio", 0.3);
            b.min("alphaWordRatio", 0.735);
            b.min("stopwordCount", 2);
        }
    },
    /**
     * data-juicer's one Chinese refinement recipe: modelscope/data-juicer
     * {@code configs/data_juicer_recipes/alpaca_cot/alpaca-cot-zh-refine.yaml} (e18292a9), its filters in order.
     */
    DATAJUICER_ZH("datajuicer_zh", "data-juicer's Chinese recipe (alpaca-cot-zh-refine.yaml): alphanumeric_filter "
            + "(min 0.10), character_repetition_filter (rep_len 10, max 0.6), text_length_filter (min 10). Its "
            + "flagged_words_filter needs data-juicer's SentencePiece model and word list, which are not "
            + "published with it, so it is left out; its two deduplicators are the dedup stage's job.") {
        @Override
        void bounds(Bounds b) {
            b.min("alnumShare", 0.10);
            b.max("charRepetition", 0.6);
            b.min("chars", 10);
        }
    },
    /** ChineseWebText's rule-based stage: CASIA-LM/ChineseWebText {@code preprocess.py} (aa459c4), in order. */
    CHINESEWEBTEXT("chinesewebtext", "ChineseWebText's preprocessing rules (preprocess.py): more than 200 "
            + "characters, mean line length >= 10, Han share (U+4E00..U+9FA5) >= 0.3, 13-gram repetition <= 0.5. "
            + "Its traditional-character rule (zhconv) is the script stage's job; its sensitive-word list has no "
            + "license, so that rule is left out (bound flaggedWordShare with your own list instead).") {
        @Override
        void bounds(Bounds b) {
            b.min("chars", 201);
            b.min("cwtMeanLineLength", 10);
            b.min("cwtHanShare", 0.3);
            b.max("cwtRepetition", 0.5);
        }
    },
    /**
     * MNBVC's one document check: esbatmop/MNBVC's deduplication_mnbvc {@code convert/convert.py} (a40939f) marks a
     * file whose share of distinct paragraphs is below 0.5 (its command line's default) for checking.
     */
    MNBVC("mnbvc", "MNBVC's paragraph check (deduplication_mnbvc convert.py): distinct non-empty lines / non-empty "
            + "lines >= 0.5. MNBVC marks such files for checking; zhpipe drops them.") {
        @Override
        void bounds(Bounds b) {
            b.min("uniqueLineShare", 0.5);
        }
    };

    /** FineWeb-2's stop words for cmn_Hani ({@code configs/cmn_Hani.yml}), which {@code stopwordCount} counts. */
    public static final List<String> FINEWEB2_STOPWORDS = List.of("的", "年", "在", "月", "是", "和", "日", "了", "於",
            "·", "為", "有", "被", "人", "中", "为", "他", "與", "後", "也", "而", "由");

    private final String key;
    private final String description;

    QualityPreset(String key, String description) {
        this.key = key;
        this.description = description;
    }

    abstract void bounds(Bounds bounds);

    /** The preset's name in specs. */
    public String key() {
        return key;
    }

    /** What it reproduces, from where, and what it leaves out. */
    public String description() {
        return description;
    }

    /** Its lower bounds, in the source's order. */
    public Map<String, Double> min() {
        Bounds b = new Bounds();
        bounds(b);
        return b.min;
    }

    /** Its upper bounds, in the source's order. */
    public Map<String, Double> max() {
        Bounds b = new Bounds();
        bounds(b);
        return b.max;
    }

    /** The rules in the source's order, as {@code minX}/{@code maxX} names. */
    public List<String> rules() {
        Bounds b = new Bounds();
        bounds(b);
        return List.copyOf(b.order);
    }

    /** The preset named {@code key}. */
    public static Optional<QualityPreset> named(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** Every preset's name. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(QualityPreset::key).toList();
    }

    /** Collects a preset's bounds in order. */
    static final class Bounds {
        final Map<String, Double> min = new LinkedHashMap<>();
        final Map<String, Double> max = new LinkedHashMap<>();
        final List<String> order = new java.util.ArrayList<>();

        void min(String signal, double value) {
            min.put(signal, value);
            order.add(QualityStage.ruleName("min", signal));
        }

        void max(String signal, double value) {
            max.put(signal, value);
            order.add(QualityStage.ruleName("max", signal));
        }
    }
}

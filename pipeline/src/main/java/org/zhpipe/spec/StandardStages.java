package org.zhpipe.spec;

import org.zhpipe.stage.type.StageType;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.NoParams;
import org.zhpipe.stage.type.Suggestions;
import org.zhpipe.resource.DataFileException;
import org.zhpipe.resource.DataFileRef;
import org.zhpipe.resource.ResourceCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhpipe.convert.ConvertStage;
import org.zhpipe.convert.OpenccLoader;
import org.zhpipe.normalize.FilterStage;
import org.zhpipe.normalize.HalfwidthStage;
import org.zhpipe.normalize.HtmlUnescapeStage;
import org.zhpipe.normalize.LowercaseStage;
import org.zhpipe.normalize.NfkcStage;
import org.zhpipe.normalize.TrailingStopStage;
import org.zhpipe.normalize.UnicodeFilterStage;
import org.zhpipe.normalize.WhitespaceStage;
import org.zhpipe.segment.BasicTokenizer;
import org.zhpipe.segment.DictionarySegmenter;
import org.zhpipe.segment.HanlpSegmenter;
import org.zhpipe.segment.HmmModel;
import org.zhpipe.segment.SegmentAlgorithm;
import org.zhpipe.segment.WordDictionary;
import org.zhpipe.segment.WordEntry;
import org.zhpipe.segment.WordListParser;
import org.zhpipe.stage.CodePointMapper;
import org.zhpipe.stage.Segmenter;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.TextStageSequence;
import org.zhpipe.text.TokenType;
import org.zhpipe.token.ChineseLemmaRules;
import org.zhpipe.token.EnglishLemmatizer;
import org.zhpipe.token.EnglishModels;
import org.zhpipe.token.LemmatizeStage;
import org.zhpipe.token.StopwordFilter;
import org.zhpipe.token.StopwordList;
import org.zhpipe.token.TokenFilter;

/** The stage types that ship with zhpipe, and how each builds its runtime stage. */
final class StandardStages {
    private StandardStages() {
    }

    static List<StageType<?>> all() {
        return List.of(
                HalfwidthStage.TYPE,
                LowercaseStage.TYPE,
                HtmlUnescapeStage.TYPE,
                WhitespaceStage.TYPE,
                StageType.withContext("convert", StageKind.TEXT,
                        "Traditional ↔ simplified and regional conversion exactly as OpenCC 1.4.1 does it.",
                        ConvertParams.DEFAULTS, "config",
                        StandardStages::convert),
                FilterStage.TYPE,
                StageType.withContext("segment", StageKind.SEGMENTER,
                        "Word segmentation: maximum matching, or unigram Viterbi with an HMM for unknown words "
                                + "(jieba's dictionary), or HanLP.",
                        SegmentParams.DEFAULTS, "algorithm",
                        StandardStages::segment),
                StageType.of("tokenize", StageKind.SEGMENTER,
                        "Rule-based segmenter: one token per Han character, words, numbers, punctuation, symbols.",
                        NoParams.DEFAULTS, null,
                        p -> new BasicTokenizer()),
                StageType.withContext("stopwords", StageKind.TOKEN,
                        "Drops the tokens on stopword lists (bundled zh, en, punct, or your own files); the rest keep "
                                + "their offsets.",
                        StopwordsParams.DEFAULTS, "lists",
                        StandardStages::stopwords),
                StageType.of("token_filter", StageKind.TOKEN,
                        "Drops punctuation, symbols, numbers, tokens by length, tag or regular expression; or "
                                + "replaces numbers, URLs and e-mail addresses with <NUM> <URL> <EMAIL>.",
                        TokenFilterParams.DEFAULTS, null,
                        StandardStages::tokenFilter),
                StageType.withResources("lemmatize", StageKind.TOKEN,
                        "English words to their lemma with OpenNLP (walking → walk); Chinese variants to one form by "
                                + "rules (看看 → 看, 同学们 → 同学, 吃了饭 → 吃 饭).",
                        LemmatizeParams.DEFAULTS, null,
                        StandardStages::lemmatize),
                StageType.withContext("bow", StageKind.FEATURE,
                        "Bag of words: term counts over a vocabulary learned by zhpipe fit (scikit-learn's "
                                + "CountVectorizer).",
                        BowParams.DEFAULTS, null,
                        FeatureStages::bow),
                StageType.withContext("tfidf", StageKind.FEATURE,
                        "TF-IDF weights over a vocabulary and document frequencies learned by zhpipe fit "
                                + "(scikit-learn's TfidfVectorizer).",
                        TfIdfParams.DEFAULTS, null,
                        FeatureStages::tfIdf),
                StageType.of("hashing_tf", StageKind.FEATURE,
                        "Term counts in 2^bits hashed buckets, no vocabulary, nothing to fit (scikit-learn's "
                                + "HashingVectorizer).",
                        HashingTfParams.DEFAULTS, "bits",
                        FeatureStages::hashingTf),
                StageType.withContext("keywords", StageKind.FEATURE,
                        "The top terms of each document by TF-IDF weight, with the offsets of their first "
                                + "occurrence (jieba's extract_tags; IDF from jieba or fitted on your corpus).",
                        KeywordsParams.DEFAULTS, "top",
                        FeatureStages::keywords));
    }

    private static ConvertStage convert(ConvertParams p, BuildContext context) {
        OpenccLoader loader = context.resources().get(OpenccLoader.class, OpenccLoader.class, OpenccLoader::new);
        String config = p.config();
        boolean path = config.contains("/") || config.contains("\\");
        // OpenCC's own spelling of a bundled configuration, s2t.json, is the bundled one too
        String bare = !path && config.endsWith(".json") ? config.substring(0, config.length() - 5) : config;
        try {
            DataFileRef ref = context.dataFile(OpenccLoader.bundledNames().contains(bare) ? bare : config,
                    OpenccLoader.bundledNames(), "OpenCC configuration");
            if (ref.isBundled()) {
                return new ConvertStage(loader.bundled(ref.bundled(), p.tofu()));
            }
            if (path || config.endsWith(".json") || java.nio.file.Files.exists(ref.file())) {
                return new ConvertStage(loader.fromFile(ref.file(), p.tofu(), context.policy()));
            }
        } catch (DataFileException e) {
            throw new InvalidParameterException("config", e.getMessage());
        }
        throw new InvalidParameterException("config", "unknown OpenCC configuration \"" + config + "\""
                + Suggestions.didYouMean(config, OpenccLoader.bundledNames()) + " Bundled: "
                + String.join(", ", OpenccLoader.bundledNames()) + "; or the path of an OpenCC configuration JSON");
    }

    private static Segmenter segment(SegmentParams p, BuildContext context) {
        if (p.algorithm() == SegmentAlgorithm.HANLP) {
            return new HanlpSegmenter(p.pos());
        }
        ResourceCache resources = context.resources();
        WordDictionary base;
        DataFileRef main;
        try {
            main = context.dataFile(p.dictionary(), WordDictionary.bundledNames(), "dictionary");
            base = resources.get(new DictionaryKey(main, List.of()), WordDictionary.class,
                    () -> main.isBundled() ? WordDictionary.bundled(main.bundled()) : WordDictionary.load(main.file()));
        } catch (DataFileException e) {
            throw new InvalidParameterException("dictionary", e.getMessage());
        }
        WordDictionary dictionary = base;
        if (!p.userDictionaries().isEmpty()) {
            try {
                List<Path> files = new ArrayList<>();
                for (String file : p.userDictionaries()) {
                    files.add(context.file(file, "user dictionary"));
                }
                dictionary = resources.get(new DictionaryKey(main, files),
                        WordDictionary.class, () -> {
                            WordListParser parser = new WordListParser(base.tags());
                            List<WordEntry> entries = new ArrayList<>();
                            for (Path file : files) {
                                entries.addAll(parser.parse(file));
                            }
                            return base.with(entries);
                        });
            } catch (DataFileException e) {
                throw new InvalidParameterException("userDictionaries", e.getMessage());
            }
        }
        HmmModel hmm = p.hmm() && p.algorithm() == SegmentAlgorithm.VITERBI
                ? resources.get(HmmModel.class, HmmModel.class, HmmModel::bundled) : null;
        return new DictionarySegmenter(dictionary, p.algorithm(), hmm, p.mode() == SegmentMode.SEARCH, p.pos(),
                p.numberUnits());
    }

    /** A loaded word list: the dictionary and the user dictionaries merged into it. */
    private record DictionaryKey(DataFileRef dictionary, List<Path> userDictionaries) {
    }

    private static LemmatizeStage lemmatize(LemmatizeParams p, ResourceCache resources) {
        EnglishLemmatizer english = p.english()
                ? new EnglishLemmatizer(resources.get(EnglishModels.class, EnglishModels.class, EnglishModels::bundled))
                : null;
        ChineseLemmaRules chinese = null;
        if (p.chinese()) {
            // the core dictionary's tags; the same loaded copy the default segment stage uses
            WordDictionary core = resources.get(new DictionaryKey(new DataFileRef("core", null), List.of()),
                    WordDictionary.class, () -> WordDictionary.bundled("core"));
            List<String> exceptions = new ArrayList<>(ChineseLemmaRules.bundledExceptions());
            exceptions.addAll(p.exceptions());
            chinese = new ChineseLemmaRules(core, exceptions);
        }
        return new LemmatizeStage(english, chinese, p.keepOriginal());
    }

    private static StopwordFilter stopwords(StopwordsParams p, BuildContext context) {
        ResourceCache resources = context.resources();
        StopwordList list = StopwordList.empty();
        for (String name : p.lists()) {
            list = list.union(resources.get(new StopwordKey(name, null), StopwordList.class,
                    () -> StopwordList.bundled(name)));
        }
        for (String value : p.files()) {
            try {
                Path file = context.file(value, "stopword file");
                list = list.union(resources.get(new StopwordKey(null, file), StopwordList.class,
                        () -> StopwordList.load(file)));
            } catch (DataFileException e) {
                throw new InvalidParameterException("files", e.getMessage());
            }
        }
        return new StopwordFilter(list.with(p.add()).without(p.remove()));
    }

    /** A loaded stopword list: bundled by name, or a file by path. */
    private record StopwordKey(String bundled, Path file) {
    }

    private static TokenFilter tokenFilter(TokenFilterParams p) {
        TokenFilter.Builder b = TokenFilter.builder()
                .minLength(p.minLength())
                .maxLength(p.maxLength())
                .dropTags(p.tags())
                .dropMatching(p.compiledPattern());
        if (p.punctuation()) {
            b.dropPunctuation();
        }
        if (p.symbols()) {
            b.dropSymbols();
        }
        if (p.numbers()) {
            b.dropNumbers();
        }
        for (String name : p.placeholders()) {
            b.placeholder(TokenType.valueOf(name.toUpperCase(java.util.Locale.ROOT)),
                    TokenFilterParams.PLACEHOLDERS.get(name));
        }
        return b.build();
    }
}

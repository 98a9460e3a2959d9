package org.zhpipe.segment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFileException;
import org.zhpipe.resource.DataFileRef;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.stage.Segmenter;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.Doc;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.stage.type.FittableParams;
import org.zhpipe.stage.type.StageType;

/**
 * The stage type {@code segment}: its parameters and its factory, which builds a {@link DictionarySegmenter} (maximum
 * matching or Viterbi over a {@link WordDictionary}, with jieba's {@link HmmModel}) or a {@link HanlpSegmenter}.
 * Dictionaries are loaded once per build and shared by the stages that name them.
 */
public final class SegmentStage {
    /** What the {@code segment} stage emits. */
    public enum SegmentMode {
        /** Each word once: the segmentation. */
        NORMAL,
        /** Also the dictionary words inside long words, for search indexing. */
        SEARCH
    }

    /**
     * Parameters of {@code segment}. Inline: {@code segment}, {@code segment:fmm}, {@code segment:viterbi;hmm=false},
     * {@code segment:viterbi;mode=search;pos=true}.
     */
    public record Params(
            @Doc("fmm, bmm, bimm (maximum matching), viterbi (unigram model + HMM for unknown words), or hanlp (HanLP "
                    + "1.8.6's standard segmenter)")
            SegmentAlgorithm algorithm,
            @Doc("viterbi: cut runs of single characters the dictionary cannot explain with the character HMM "
                    + "(names, new words)")
            boolean hmm,
            @Doc("normal: each word once; search: also the dictionary words inside long words, for search indexing")
            SegmentMode mode,
            @Doc("tag each token with its part of speech (the dictionary's tag, or a guess for unknown words)")
            boolean pos,
            @Doc("the word list: \"core\" (bundled, HanLP 1.8.6's core dictionary, 85k words), \"jieba\" (bundled, "
                    + "jieba 0.42.1's 349k words) or the path of a file in jieba's format (word frequency tag)")
            String dictionary,
            @Doc("paths of user dictionaries in jieba's format (word [frequency] [tag]; TAB-separated fields allow "
                    + "spaces in words); an entry without a frequency gets one that makes it win")
            List<String> userDictionaries,
            @Doc("join a number in digits with a following 年 月 日 万 亿 (1998年, 12月, 30万), as the PKU and MSR "
                    + "standards do; false leaves 1998 年")
            boolean numberUnits,
            @Doc("learn new words from the corpus with zhpipe fit: {} (off), or thresholds such as {\"minCount\": 5, "
                    + "\"minCohesion\": 3, \"minEntropy\": 1.5, \"maxLength\": 6, \"maxWords\": 2000, \"pruneAt\": "
                    + "4000000} (any left out take these defaults)")
            Map<String, Double> discover,
            @Doc("the discovered word list (written by zhpipe fit beside the fitted spec; reviewable TSV)")
            String model,
            @Doc("the number of documents the words were discovered in (written by zhpipe fit)")
            long modelDocuments,
            @Doc("the word list's SHA-256 (written by zhpipe fit; zhpipe rehash records an edited list's)")
            String modelSha256) implements FittableParams {
        public static final Params DEFAULTS = new Params(SegmentAlgorithm.VITERBI, true,
                SegmentMode.NORMAL, false, "core", List.of(), true, Map.of(), "", 0, "");

        public Params {
            discover = Map.copyOf(discover);
            try {
                DiscoverySettings.of(discover);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("discover", e.getMessage());
            }
            if (!discover.isEmpty() && algorithm == SegmentAlgorithm.HANLP) {
                throw new InvalidParameterException("discover", "HanLP's segmenter keeps its own dictionary, so it "
                        + "cannot learn words: use algorithm viterbi (the default), fmm, bmm or bimm");
            }
            if (!model.isEmpty() && algorithm == SegmentAlgorithm.HANLP) {
                throw new InvalidParameterException("model", "HanLP's segmenter keeps its own dictionary, so it "
                        + "cannot use a discovered word list: use algorithm viterbi (the default), fmm, bmm or bimm");
            }
            if (modelDocuments < 0) {
                throw new InvalidParameterException("modelDocuments", "must be 0 or more, not " + modelDocuments);
            }
        }

        /** The discovery settings, or {@code null} when the stage discovers nothing. */
        public @Nullable DiscoverySettings discoverySettings() {
            return discover.isEmpty() ? null : DiscoverySettings.of(discover);
        }

        @Override
        public Params withModel(String model, long documents, String sha256) {
            return new Params(algorithm, hmm, mode, pos, dictionary, userDictionaries, numberUnits, discover, model,
                    documents, sha256);
        }
    }

    /** The stage type {@code segment}. */
    public static final StageType<Params> TYPE = StageType.withContext("segment", StageKind.SEGMENTER,
            "Word segmentation: maximum matching, or unigram Viterbi with an HMM for unknown words "
                    + "(jieba's dictionary), or HanLP.",
            Params.DEFAULTS, "algorithm",
            SegmentStage::create);

    private SegmentStage() {
    }

    private static Segmenter create(Params p, BuildContext context) {
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
        Function<WordDictionary, DictionarySegmenter> segmenter = d -> new DictionarySegmenter(d, p.algorithm(), hmm,
                p.mode() == SegmentMode.SEARCH, p.pos(), p.numberUnits());
        if (!p.model().isEmpty()) {
            WordDictionary base2 = dictionary;
            try {
                Path file = context.file(p.model(), "discovered word list");
                dictionary = resources.get(new WordsKey(base2, file.toAbsolutePath().normalize(), p.modelSha256()),
                        WordDictionary.class, () -> base2.with(WordsFile.read(file, p.modelSha256())));
            } catch (DataFileException e) {
                throw new InvalidParameterException("model", e.getMessage());
            }
            return segmenter.apply(dictionary);
        }
        DiscoverySettings discover = p.discoverySettings();
        if (discover != null) {
            return new DiscoveringSegmenter(discover, dictionary, segmenter);
        }
        return segmenter.apply(dictionary);
    }

    /** A dictionary with a discovered word list added. */
    private record WordsKey(WordDictionary dictionary, Path file, String sha256) {
    }

    /**
     * The bundled dictionary {@code name} as {@code resources} holds it: the same loaded copy a {@code segment} stage
     * of this build that names it without user dictionaries uses.
     */
    public static WordDictionary bundledDictionary(String name, ResourceCache resources) {
        return resources.get(new DictionaryKey(new DataFileRef(name, null), List.of()), WordDictionary.class,
                () -> WordDictionary.bundled(name));
    }

    /** A loaded word list: the dictionary and the user dictionaries merged into it. */
    private record DictionaryKey(DataFileRef dictionary, List<Path> userDictionaries) {
    }
}

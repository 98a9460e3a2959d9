package org.zhpipe.spec;

import org.zhpipe.stage.type.BuildContext;
import org.zhpipe.stage.type.InvalidParameterException;
import org.zhpipe.resource.DataFileException;
import org.zhpipe.resource.DataFileRef;
import java.nio.file.Path;
import java.util.List;
import org.zhpipe.feature.HashingTf;
import org.zhpipe.feature.IdfTable;
import org.zhpipe.feature.KeywordEstimator;
import org.zhpipe.feature.KeywordExtractor;
import org.zhpipe.feature.TfIdfEstimator;
import org.zhpipe.feature.TfIdfModel;
import org.zhpipe.feature.VectorizerSettings;
import org.zhpipe.feature.Vocabulary;
import org.zhpipe.feature.VocabularyFile;
import org.zhpipe.stage.FitException;
import org.zhpipe.stage.Stage;

/**
 * How the feature stage types build their runtime stages: an estimator while unfitted, the model once the spec
 * names a fitted model file (loaded once per build and path, its checksum and document count checked).
 */
final class FeatureStages {
    private FeatureStages() {
    }

    static Stage bow(BowParams p, BuildContext context) {
        VectorizerSettings settings = VectorizerSettings.bagOfWords()
                .withNgrams(FeatureParams.ngrams(p.ngram()))
                .withMinDf(FeatureParams.dfBound(p.minDf(), "minDf"))
                .withMaxDf(FeatureParams.dfBound(p.maxDf(), "maxDf"))
                .withMaxFeatures(p.maxFeatures())
                .withVocabulary(p.vocabulary())
                .withBinary(p.binary())
                .withPruneAt(p.pruneAt());
        return vectorizer(settings, p.model(), p.modelDocuments(), p.modelSha256(), context);
    }

    static Stage tfIdf(TfIdfParams p, BuildContext context) {
        VectorizerSettings settings = VectorizerSettings.tfIdf()
                .withNgrams(FeatureParams.ngrams(p.ngram()))
                .withMinDf(FeatureParams.dfBound(p.minDf(), "minDf"))
                .withMaxDf(FeatureParams.dfBound(p.maxDf(), "maxDf"))
                .withMaxFeatures(p.maxFeatures())
                .withVocabulary(p.vocabulary())
                .withBinary(p.binary())
                .withSublinearTf(p.sublinearTf())
                .withUseIdf(p.useIdf())
                .withIdf(p.idf())
                .withSmoothIdf(p.smoothIdf())
                .withNorm(p.norm())
                .withPruneAt(p.pruneAt());
        return vectorizer(settings, p.model(), p.modelDocuments(), p.modelSha256(), context);
    }

    private static Stage vectorizer(VectorizerSettings settings, String model, long documents, String sha256,
                                    BuildContext context) {
        if (!model.isEmpty()) {
            try {
                return new TfIdfModel(settings, load(model, documents, sha256, context));
            } catch (FitException e) {
                throw new InvalidParameterException("model", e.getMessage());
            }
        }
        if (settings.needsFitting()) {
            return new TfIdfEstimator(settings);
        }
        // a fixed vocabulary and no idf: nothing to learn
        List<String> terms = settings.vocabulary();
        return new TfIdfModel(settings, new Vocabulary(terms, new long[terms.size()], 0, 0));
    }

    static Stage hashingTf(HashingTfParams p) {
        return new HashingTf(p.bits(), p.signed(), FeatureParams.ngrams(p.ngram()), p.binary(), p.norm());
    }

    static Stage keywords(KeywordsParams p, BuildContext context) {
        if (p.idfTable().equals(KeywordsParams.FIT)) {
            KeywordEstimator estimator = new KeywordEstimator(p.top(), p.minLength(), p.pruneAt());
            if (p.model().isEmpty()) {
                return estimator;
            }
            return estimator.extractor(load(p.model(), p.modelDocuments(), p.modelSha256(), context));
        }
        IdfTable table;
        try {
            DataFileRef ref = context.dataFile(p.idfTable(), IdfTable.bundledNames(), "IDF table");
            table = context.resources().get(ref, IdfTable.class,
                    () -> ref.isBundled() ? IdfTable.bundled(ref.bundled()) : IdfTable.load(ref.file()));
        } catch (DataFileException e) {
            throw new InvalidParameterException("idfTable", e.getMessage());
        }
        return new KeywordExtractor(table, p.top(), p.minLength(), null);
    }

    private static Vocabulary load(String model, long documents, String sha256, BuildContext context) {
        try {
            Path file = context.file(model, "fitted model");
            return context.resources().get(new ModelKey(file.toAbsolutePath().normalize(), sha256, documents),
                    Vocabulary.class, () -> VocabularyFile.read(file, sha256, documents));
        } catch (DataFileException e) {
            throw new InvalidParameterException("model", e.getMessage());
        }
    }

    /** A loaded model file. */
    private record ModelKey(Path file, String sha256, long documents) {
    }
}

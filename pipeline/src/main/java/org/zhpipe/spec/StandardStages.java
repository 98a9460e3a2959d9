package org.zhpipe.spec;

import java.util.List;
import org.zhpipe.convert.ConvertStage;
import org.zhpipe.normalize.FilterStage;
import org.zhpipe.normalize.HalfwidthStage;
import org.zhpipe.normalize.HtmlUnescapeStage;
import org.zhpipe.normalize.LowercaseStage;
import org.zhpipe.normalize.WhitespaceStage;
import org.zhpipe.segment.SegmentStage;
import org.zhpipe.segment.TokenizeStage;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.StageType;
import org.zhpipe.token.LemmatizeStage;
import org.zhpipe.token.StopwordsStage;
import org.zhpipe.token.TokenFilterStage;

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
                ConvertStage.TYPE,
                FilterStage.TYPE,
                SegmentStage.TYPE,
                TokenizeStage.TYPE,
                StopwordsStage.TYPE,
                TokenFilterStage.TYPE,
                LemmatizeStage.TYPE,
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
}

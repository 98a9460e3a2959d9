package org.zhpipe.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;

/**
 * Apache OpenNLP's pre-trained English part-of-speech tagger and lemmatizer, trained on the Universal Dependencies
 * English Web Treebank (UD tags: {@code NOUN}, {@code VERB}, {@code AUX}, ...). They come from the Maven Central
 * jars {@code org.apache.opennlp:opennlp-models-pos-en} and {@code opennlp-models-lemmatizer-en} (version 1.3.0,
 * Apache-2.0), which hold the model files at the root of the class path.
 *
 * <p>Immutable and thread-safe (OpenNLP's models are read-only; its taggers are not, see {@link EnglishLemmatizer}).
 * Loading takes about 0.2 s: load once and share; the spec's {@code ResourceCache} does.
 */
public final class EnglishModels {
    /**
     * The model files inside the model jars. Named by the jar version pinned in the build: a version bump that renames
     * them fails {@code EnglishLemmatizerTest} at once. (Each jar also has a {@code model.properties} naming its file,
     * but both jars put it at the same path, so in one merged jar only one survives.)
     */
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMATIZER_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final POSModel pos;
    private final LemmatizerModel lemmatizer;

    private EnglishModels(POSModel pos, LemmatizerModel lemmatizer) {
        this.pos = pos;
        this.lemmatizer = lemmatizer;
    }

    /** Loads both models from the class path. */
    public static EnglishModels bundled() {
        try (InputStream posIn = open(POS_MODEL); InputStream lemmaIn = open(LEMMATIZER_MODEL)) {
            return new EnglishModels(new POSModel(posIn), new LemmatizerModel(lemmaIn));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP's English models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = EnglishModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP's English model " + resource + " is not on the class path "
                    + "(org.apache.opennlp:opennlp-models-pos-en and opennlp-models-lemmatizer-en 1.3.0)");
        }
        return in;
    }

    POSModel pos() {
        return pos;
    }

    LemmatizerModel lemmatizer() {
        return lemmatizer;
    }
}

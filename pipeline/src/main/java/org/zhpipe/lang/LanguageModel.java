package org.zhpipe.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's language detector model {@code langdetect-183.bin} (103 languages, character 1- to 3-grams and a
 * maximum-entropy classifier, trained by the OpenNLP project on the Leipzig Corpora Collection), from the Maven
 * Central jar {@code org.apache.opennlp:opennlp-models-langdetect} 1.3.0 (Apache-2.0), which holds the file at the root
 * of the class path.
 *
 * <p>{@link #scores} gives each {@linkplain LanguageCodes label}'s probability: of the model's outcomes that share the
 * label, the most probable one's (not their sum: on a short text the distribution is nearly flat, and a sum would
 * favour the labels that have two outcomes, {@code fa}, {@code et}, {@code lv}, {@code pa}). Immutable and thread-safe: the model is read-only, and each call makes its own
 * {@link LanguageDetectorME} (OpenNLP's detectors are documented as not thread-safe; a new one costs two small
 * objects, against the tens of microseconds of a detection). Loading takes about a second and retains about 36 MB of
 * heap: load once and share; the spec's {@code ResourceCache} does.
 */
public final class LanguageModel {
    /** The model file inside the model jar (pinned with the jar's version by {@code LanguageModelTest}). */
    static final String MODEL = "/langdetect-183.bin";

    private final LanguageDetectorModel model;
    private final String[] labels;
    private final Map<String, Integer> labelOfOutcome;

    private LanguageModel(LanguageDetectorModel model) {
        this.model = model;
        this.labels = LanguageCodes.labels().toArray(String[]::new);
        List<String> order = Arrays.asList(labels);
        this.labelOfOutcome = new HashMap<>();
        for (String outcome : new LanguageDetectorME(model).getSupportedLanguages()) {
            labelOfOutcome.put(outcome, order.indexOf(LanguageCodes.labelOfOutcome(outcome)));
        }
    }

    /** Loads the model from the class path. */
    public static LanguageModel bundled() {
        try (InputStream in = LanguageModel.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP's language detector model " + MODEL + " is not on the class "
                        + "path (org.apache.opennlp:opennlp-models-langdetect 1.3.0)");
            }
            return new LanguageModel(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP's language detector model", e);
        }
    }

    /** The labels {@link #scores} uses, by index: ISO 639-1 codes where the language has one ({@code zh}, {@code en}). */
    public List<String> labels() {
        return List.of(labels);
    }

    /** The index of {@code label} in {@link #labels()}, or -1. */
    int indexOf(String label) {
        return Arrays.asList(labels).indexOf(label);
    }

    /**
     * The probability of each label for {@code text}, as OpenNLP's detector gives it (its outcomes' sum to 1), into
     * {@code out} (of {@link #labels()}' size). Short texts get flat distributions: the top probability is about 0.014
     * for 10 characters and 0.7 for 300 (see the README).
     */
    public void scores(CharSequence text, double[] out) {
        Arrays.fill(out, 0);
        for (Language language : new LanguageDetectorME(model).predictLanguages(text)) {
            int label = labelOfOutcome.get(language.getLang());
            out[label] = Math.max(out[label], language.getConfidence());
        }
    }
}

package org.zhpipe.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhpipe.feature.FittedModel;
import org.zhpipe.feature.Vocabulary;
import org.zhpipe.feature.VocabularyFile;
import org.zhpipe.output.OutputFile;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.FittableParams;

/**
 * Saves a fitted pipeline as a spec: the original spec with the fitted stage's parameters recording its model — a
 * vocabulary file next to the spec ({@code fitted.json} → {@code fitted.vocab.tsv}, see {@link VocabularyFile}), the
 * number of documents and the file's SHA-256 — so that {@code zhpipe run -s fitted.json} applies it. Both files are
 * written to hidden temporary files and moved into place, the vocabulary first, so a failed save leaves no
 * half-written file under either name.
 */
public final class FittedSpec {
    private FittedSpec() {
    }

    /**
     * Writes the fitted spec to {@code specFile} and its vocabulary beside it.
     *
     * @param spec   the spec the pipeline was built from
     * @param fitted {@code spec}'s pipeline after {@link Pipeline#fit}
     * @return the fitted spec as written, and its vocabulary
     */
    public static Saved write(Spec spec, Pipeline fitted, Path specFile) throws IOException {
        int at = featureIndex(spec);
        if (fitted.needsFitting() || fitted.featureStage().isEmpty()) {
            throw new IllegalArgumentException("the pipeline is not fitted: pass the pipeline that Pipeline.fit "
                    + "returned");
        }
        FittedModel model = fitted.featureStage().orElseThrow().stage() instanceof FittedModel.Source source
                ? source.fittedModel().orElse(null) : null;
        if (model == null) {
            throw new IllegalArgumentException("the feature stage \"" + fitted.featureStage().get().name()
                    + "\" has no fitted model to save");
        }
        Vocabulary vocabulary = model.vocabulary();
        java.util.function.IntToDoubleFunction idf = model.idf();
        Path folder = specFile.toAbsolutePath().getParent();
        Path vocabularyFile = vocabularyFile(specFile);
        OutputFile vocabularyOutput = OutputFile.openRegular(vocabularyFile, "the vocabulary");
        String sha256;
        try {
            sha256 = VocabularyFile.write(vocabularyOutput.stream(), vocabulary, idf);
            vocabularyOutput.commit();
        } catch (IOException | RuntimeException e) {
            vocabularyOutput.abort(e);
            throw e;
        }
        List<Spec.StageSpec> stages = new ArrayList<>(spec.stages());
        Spec.StageSpec original = stages.get(at);
        Record params = ((FittableParams) original.params()).withModel(vocabularyFile.getFileName().toString(),
                vocabulary.documents(), sha256);
        stages.set(at, new Spec.StageSpec(original.type(), params));
        Spec result = spec.withStages(stages).withBaseDirectory(folder);
        OutputFile specOutput = OutputFile.openRegular(specFile, "the fitted spec");
        try {
            specOutput.stream().write(result.toJson().getBytes(StandardCharsets.UTF_8));
            specOutput.commit();
        } catch (IOException | RuntimeException e) {
            specOutput.abort(e);
            throw e;
        }
        return new Saved(result, vocabulary, vocabularyFile);
    }

    /**
     * What {@link #write} saved.
     *
     * @param spec       the fitted spec, as written
     * @param vocabulary the vocabulary written beside it
     * @param model      the vocabulary file
     */
    public record Saved(Spec spec, Vocabulary vocabulary, Path model) {
    }

    /** Where {@link #write} puts the vocabulary of {@code specFile}: beside it, {@code fitted.json} → {@code
     * fitted.vocab.tsv}. */
    public static Path vocabularyFile(Path specFile) {
        Path absolute = specFile.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return absolute.resolveSibling(base + ".vocab.tsv");
    }

    private static int featureIndex(Spec spec) {
        for (int i = 0; i < spec.stages().size(); i++) {
            if (spec.stages().get(i).type().kind() == StageKind.FEATURE) {
                return i;
            }
        }
        throw new IllegalArgumentException("the spec has no feature stage");
    }
}

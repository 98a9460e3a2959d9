package org.zhpipe.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhpipe.feature.FittedModel;
import org.zhpipe.feature.Vocabulary;
import org.zhpipe.feature.VocabularyFile;
import org.zhpipe.segment.DiscoveredWord;
import org.zhpipe.segment.DiscoveringSegmenter;
import org.zhpipe.segment.WordsFile;
import org.jspecify.annotations.Nullable;
import org.zhpipe.output.OutputFile;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.StageKind;
import org.zhpipe.stage.type.FittableParams;

/**
 * Saves a fitted pipeline as a spec: the original spec with each fitted stage's parameters recording its model — a
 * file next to the spec (a feature stage's vocabulary, {@code fitted.json} → {@code fitted.vocab.tsv}, see {@link
 * VocabularyFile}; a {@code segment} stage's discovered words, {@code fitted.words.tsv}, see {@link WordsFile}), the
 * number of documents and the file's SHA-256 — so that {@code zhpipe run -s fitted.json} applies it. Every file is
 * written to a hidden temporary file and moved into place, the sidecars first, so a failed save leaves no
 * half-written file under any name.
 */
public final class FittedSpec {
    private FittedSpec() {
    }

    /**
     * Writes the fitted spec to {@code specFile} and, beside it, what each stage fitted in this run learned: a
     * feature stage's vocabulary ({@code fitted.vocab.tsv}), a {@code segment} stage's discovered words ({@code
     * fitted.words.tsv}).
     *
     * @param spec   the spec the pipeline was built from
     * @param fitted {@code spec}'s pipeline after {@link Pipeline#fit}, with nothing left to fit
     * @return the fitted spec as written, and the files beside it
     */
    public static Saved write(Spec spec, Pipeline fitted, Path specFile) throws IOException {
        if (fitted.needsFitting()) {
            throw new IllegalArgumentException("the pipeline is not fitted: pass the pipeline that Pipeline.fit "
                    + "returned");
        }
        Path folder = specFile.toAbsolutePath().getParent();
        List<Spec.StageSpec> stages = new ArrayList<>(spec.stages());
        Vocabulary vocabulary = null;
        Path vocabularyFile = null;
        List<DiscoveredWord> words = List.of();
        Path wordsFile = null;
        for (int i = 0; i < stages.size(); i++) {
            Spec.StageSpec original = stages.get(i);
            if (!(original.params() instanceof FittableParams params) || !params.model().isEmpty()) {
                continue;
            }
            Object stage = fitted.stages().get(i).stage();
            if (stage instanceof DiscoveringSegmenter.FittedSegmenter segmenter) {
                wordsFile = wordsFile(specFile);
                words = segmenter.words();
                String sha256 = writeFile(wordsFile, "the discovered words", out -> WordsFile.write(out,
                        segmenter.words()));
                stages.set(i, new Spec.StageSpec(original.type(), params.withModel(wordsFile.getFileName().toString(),
                        segmenter.documents(), sha256)));
            } else if (original.type().kind() == StageKind.FEATURE && stage instanceof FittedModel.Source source
                    && source.fittedModel().isPresent()) {
                FittedModel model = source.fittedModel().get();
                vocabulary = model.vocabulary();
                vocabularyFile = vocabularyFile(specFile);
                Vocabulary v = vocabulary;
                String sha256 = writeFile(vocabularyFile, "the vocabulary", out -> VocabularyFile.write(out, v,
                        model.idf()));
                stages.set(i, new Spec.StageSpec(original.type(), params.withModel(
                        vocabularyFile.getFileName().toString(), vocabulary.documents(), sha256)));
            }
        }
        if (vocabulary == null && wordsFile == null) {
            throw new IllegalArgumentException("the pipeline has no stage fitted from a corpus to save (a feature "
                    + "stage that learns, or segment with discover)");
        }
        Spec result = spec.withStages(stages).withBaseDirectory(folder);
        OutputFile specOutput = OutputFile.openRegular(specFile, "the fitted spec");
        try {
            specOutput.stream().write(result.toJson().getBytes(StandardCharsets.UTF_8));
            specOutput.commit();
        } catch (IOException | RuntimeException e) {
            specOutput.abort(e);
            throw e;
        }
        return new Saved(result, vocabulary, vocabularyFile, words, wordsFile);
    }

    /** Writes one sidecar through a temporary file; returns its SHA-256. */
    private static String writeFile(Path file, String what, Writer writer) throws IOException {
        OutputFile output = OutputFile.openRegular(file, what);
        try {
            String sha256 = writer.write(output.stream());
            output.commit();
            return sha256;
        } catch (IOException | RuntimeException e) {
            output.abort(e);
            throw e;
        }
    }

    @FunctionalInterface
    private interface Writer {
        String write(java.io.OutputStream out) throws IOException;
    }

    /**
     * What {@link #write} saved.
     *
     * @param spec       the fitted spec, as written
     * @param vocabulary the vocabulary written beside it, or {@code null} when no feature stage was fitted
     * @param model      the vocabulary file, or {@code null}
     * @param words      the discovered words written beside it (empty when no segmenter was fitted)
     * @param wordsFile  their file, or {@code null}
     */
    public record Saved(Spec spec, @Nullable Vocabulary vocabulary, @Nullable Path model, List<DiscoveredWord> words,
                        @Nullable Path wordsFile) {
    }

    /** Where {@link #write} puts the discovered words of {@code specFile}: {@code fitted.json} → {@code
     * fitted.words.tsv}. */
    public static Path wordsFile(Path specFile) {
        return sibling(specFile, ".words.tsv");
    }

    /** Where {@link #write} puts the vocabulary of {@code specFile}: beside it, {@code fitted.json} → {@code
     * fitted.vocab.tsv}. */
    public static Path vocabularyFile(Path specFile) {
        return sibling(specFile, ".vocab.tsv");
    }

    private static Path sibling(Path specFile, String suffix) {
        Path absolute = specFile.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return absolute.resolveSibling(base + suffix);
    }
}

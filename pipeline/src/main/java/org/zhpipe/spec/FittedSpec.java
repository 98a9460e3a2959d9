package org.zhpipe.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhpipe.feature.FittedModel;
import org.zhpipe.feature.Vocabulary;
import org.zhpipe.feature.VocabularyFile;
import org.zhpipe.segment.DiscoveredWord;
import org.zhpipe.segment.DiscoveringSegmenter;
import org.zhpipe.segment.WordsFile;
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
        writeSpec(result, specFile);
        return new Saved(result, vocabulary, vocabularyFile, words, wordsFile);
    }

    private static void writeSpec(Spec spec, Path specFile) throws IOException {
        writeFile(specFile, "the fitted spec", out -> {
            out.write(spec.toJson().getBytes(StandardCharsets.UTF_8));
            return "";
        });
    }

    /**
     * Records in a fitted spec the SHA-256 of each file it names (a reviewed word list, a vocabulary), after checking
     * that the spec builds with them; the spec file is rewritten only when a checksum changed.
     *
     * @return what was found for each file, in stage order
     * @throws SpecException when the spec names no fitted file, or does not build with the files as they are (a
     *     malformed line, a missing file), naming the file and line
     */
    public static List<Rehashed> rehash(Path specFile) throws IOException {
        Spec spec = Spec.read(specFile);
        List<Spec.StageSpec> stages = new ArrayList<>(spec.stages());
        List<Rehashed> found = new ArrayList<>();
        List<Path> files = spec.modelFiles();
        for (int i = 0, f = 0; i < stages.size(); i++) {
            Spec.StageSpec stage = stages.get(i);
            if (!(stage.params() instanceof FittableParams params) || params.model().isEmpty()) {
                continue;
            }
            Path file = files.get(f++);
            byte[] bytes;
            try {
                bytes = org.zhpipe.resource.DataFiles.read(file);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new SpecException(specFile.toString(), null, "stages[" + i + "].model", "the file " + file
                        + " is missing: keep it beside the fitted spec, or fit again");
            }
            String sha256 = WordsFile.sha256(bytes);
            boolean changed = !sha256.equalsIgnoreCase(params.modelSha256());
            if (changed) {
                stages.set(i, new Spec.StageSpec(stage.type(), params.withModel(params.model(),
                        params.modelDocuments(), sha256)));
            }
            found.add(new Rehashed(i, stage.type().name(), params.model(), sha256, changed));
        }
        if (found.isEmpty()) {
            throw new SpecException(specFile.toString(), null, "", "names no fitted file (a stage's model): rehash "
                    + "a spec that zhpipe fit wrote");
        }
        if (found.stream().anyMatch(Rehashed::changed)) {
            Spec result = spec.withStages(stages);
            result.build(); // the edited files must load before the spec says they are right
            writeSpec(result, specFile);
        }
        return List.copyOf(found);
    }

    /**
     * A file a fitted spec names, as {@link #rehash} found it.
     *
     * @param stage   the stage's index
     * @param type    the stage's type
     * @param model   the file as the spec names it
     * @param sha256  its SHA-256 now
     * @param changed whether that differs from what the spec recorded (and was recorded)
     */
    public record Rehashed(int stage, String type, String model, String sha256, boolean changed) {
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

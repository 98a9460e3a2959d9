package org.zhpipe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhpipe.feature.VocabularyFile;
import org.zhpipe.output.OutputFile;
import org.zhpipe.resource.DataFiles;
import org.zhpipe.segment.SegmentStage;
import org.zhpipe.segment.WordsFile;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.type.FittableParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/**
 * {@code zhpipe rehash}: after a reviewer edited a fitted spec's word list (or vocabulary), checks the file and
 * records its new SHA-256 in the spec, so that the spec runs with the edited file.
 */
@Command(name = "rehash", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Record in a fitted spec the SHA-256 of the files it names (the discovered words "
                + "FITTED.words.tsv, the vocabulary FITTED.vocab.tsv) after you reviewed and edited them. Each file "
                + "is read and checked first; the spec is rewritten only when a checksum changed.",
                "Example:",
                "  zhpipe fit -p 'segment:discover=minCount:3' -i samples/text/tech.txt -o fitted.json",
                "  (edit fitted.words.tsv: delete the lines of junk)",
                "  zhpipe rehash fitted.json"})
final class RehashCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    CommandSpec command;

    @Parameters(paramLabel = "FITTED.json", description = "The fitted spec.")
    Path specFile;

    @Override
    public Integer call() throws IOException {
        Spec spec = Spec.read(specFile);
        Path folder = specFile.toAbsolutePath().getParent();
        PrintWriter err = command.commandLine().getErr();
        List<Spec.StageSpec> stages = new ArrayList<>(spec.stages());
        boolean changed = false;
        int models = 0;
        for (int i = 0; i < stages.size(); i++) {
            Spec.StageSpec stage = stages.get(i);
            if (!(stage.params() instanceof FittableParams params) || params.model().isEmpty()) {
                continue;
            }
            models++;
            Path model = Path.of(params.model());
            Path file = model.isAbsolute() ? model : folder.resolve(model);
            if (stage.params() instanceof SegmentStage.Params) {
                WordsFile.read(file, "");
            } else {
                VocabularyFile.read(file, "", params.modelDocuments());
            }
            String sha256 = WordsFile.sha256(DataFiles.read(file));
            String where = "stages[" + i + "] " + stage.type().name() + ": " + params.model();
            if (sha256.equalsIgnoreCase(params.modelSha256())) {
                err.println("zhpipe: " + where + " is unchanged");
                continue;
            }
            stages.set(i, new Spec.StageSpec(stage.type(), params.withModel(params.model(), params.modelDocuments(),
                    sha256)));
            err.println("zhpipe: " + where + ": recorded its new SHA-256 " + sha256);
            changed = true;
        }
        if (models == 0) {
            throw new UsageException(specFile + " names no fitted file: rehash a spec that zhpipe fit wrote");
        }
        if (changed) {
            Spec result = spec.withStages(stages);
            OutputFile out = OutputFile.openRegular(specFile, "the fitted spec");
            try {
                out.stream().write(result.toJson().getBytes(StandardCharsets.UTF_8));
                out.commit();
            } catch (IOException | RuntimeException e) {
                out.abort(e);
                throw e;
            }
            result.build();
        }
        err.flush();
        return 0;
    }
}

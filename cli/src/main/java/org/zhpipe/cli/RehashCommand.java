package org.zhpipe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhpipe.spec.FittedSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/**
 * {@code zhpipe rehash}: after a reviewer edited a fitted spec's word list (or vocabulary), records its new SHA-256
 * in the spec ({@link FittedSpec#rehash}), so that the spec runs with the edited file.
 */
@Command(name = "rehash", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Record in a fitted spec the SHA-256 of the files it names (the discovered words "
                + "FITTED.words.tsv, the vocabulary FITTED.vocab.tsv) after you reviewed and edited them. The spec "
                + "must build with the files as they are; it is rewritten only when a checksum changed.",
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
        PrintWriter err = command.commandLine().getErr();
        for (FittedSpec.Rehashed file : FittedSpec.rehash(specFile)) {
            String where = "zhpipe: stages[" + file.stage() + "] " + file.type() + ": " + file.model();
            err.println(file.changed() ? where + ": recorded its new SHA-256 " + file.sha256()
                    : where + " is unchanged");
        }
        err.flush();
        return 0;
    }
}

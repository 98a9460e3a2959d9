package org.zhpipe.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code zhpipe eval}: the evaluations against gold data; each is a subcommand. */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalSegCommand.class, EvalEncodingCommand.class},
        description = "Evaluate against gold data. Subcommands: seg (word segmentation, SIGHAN bakeoff scoring), "
                + "encoding (encoding detection accuracy).")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("say what to evaluate, e.g. zhpipe eval seg --gold gold.utf8 -p tokenize "
                + "(see zhpipe eval seg --help)");
    }
}

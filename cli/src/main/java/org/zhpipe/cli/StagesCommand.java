package org.zhpipe.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhpipe.spec.StageParameter;
import org.zhpipe.spec.StageRegistry;
import org.zhpipe.stage.type.StageType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhpipe stages}: every stage type with its parameters, defaults and primary parameter. */
@Command(name = "stages", mixinStandardHelpOptions = true,
        description = "List the stage types, their parameters and defaults.")
final class StagesCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;

    @Parameters(arity = "0..*", paramLabel = "TYPE", description = "Show only these stage types.")
    List<String> only = List.of();

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        StageRegistry registry = StageRegistry.standard();
        for (String name : only) {
            if (registry.get(name).isEmpty()) {
                throw new UsageException("unknown stage type \"" + name + "\"; known types: "
                        + String.join(", ", registry.names()));
            }
        }
        boolean first = true;
        for (StageType<?> type : registry.types()) {
            if (!only.isEmpty() && !only.contains(type.name())) {
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            out.printf("%s  (%s)%n  %s%n", type.name(), type.kind().word(), type.description());
            if (type.primary() != null) {
                out.printf("  inline: %s:<%s>%n", type.name(), type.primary());
            }
            for (StageParameter p : StageParameter.of(type)) {
                out.printf("  %-18s %-14s default %-10s %s%n", p.name() + (p.primary() ? "*" : ""), p.type(),
                        p.defaultJson(), p.description());
            }
        }
        out.flush();
        return 0;
    }
}

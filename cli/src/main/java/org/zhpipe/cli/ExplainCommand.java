package org.zhpipe.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhpipe.stage.DocumentStage;
import org.zhpipe.stage.Drop;
import org.zhpipe.stage.Inspectable;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.text.Text;
import org.zhpipe.text.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhpipe explain}: the text after each stage, so a user sees what each stage did. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show the text (or tokens) after each stage; for convert stages also which dictionary entry "
                + "changed each segment (as OpenCC's --inspect)."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;

    @Mixin
    SpecOptions options;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text to explain.")
    List<String> texts;

    @Override
    public Integer call() {
        Pipeline pipeline = options.runnablePipeline("explain");
        PrintWriter out = command.commandLine().getOut();
        for (String text : texts) {
            out.println("input       " + text);
            int width = pipeline.stages().stream().mapToInt(s -> s.name().length()).max().orElse(0);
            int index = 0;
            Text before = Text.of(text);
            for (Pipeline.Step step : pipeline.trace(text)) {
                String label = String.format("%d %-" + Math.max(width, 9) + "s", index, step.name());
                if (pipeline.stages().get(index).stage() instanceof DocumentStage) {
                    out.println(label + " " + (step.drops().isEmpty() ? "kept" : "DROPPED"));
                    for (int i = 0; i < step.signals().size(); i++) {
                        double v = step.signals().value(i);
                        out.println("      " + step.signals().name(i) + " = "
                                + (v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : v));
                    }
                    for (Drop drop : step.drops()) {
                        out.println("      dropped by " + drop.rule() + ": " + drop.detail());
                    }
                    index++;
                    continue;
                }
                out.println(label + " " + (step.vector() != null ? step.vector().toString()
                        : step.tokens() == null ? step.text().current() : describe(step.tokens())));
                if (pipeline.stages().get(index).stage() instanceof Inspectable inspectable) {
                    for (String line : inspectable.inspect(before.current())) {
                        out.println("      " + line);
                    }
                }
                before = step.text();
                index++;
            }
        }
        out.flush();
        return 0;
    }

    private static String describe(Tokens tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(tokens.term(i)).append('[').append(tokens.start(i)).append(',').append(tokens.end(i)).append(')');
        }
        return sb.toString();
    }
}

package org.zhpipe.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.zhpipe.spec.SpecException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zhpipe} command. A thin adapter: every piece of logic lives in the library. Exit codes: 0 success,
 * 1 some records were rejected, 2 a usage, spec or input error (one line on stderr, no stack trace), 3 an internal
 * error (a bug: the stack trace is printed so it can be reported).
 */
@Command(name = "zhpipe", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Prepare Chinese and mixed Chinese/English text: normalize, convert, segment, filter, "
                + "vectorize.",
        subcommands = {RunCommand.class, FitCommand.class, ExplainCommand.class, StagesCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code: some records were rejected. */
    public static final int EXIT_REJECTED = 1;
    /** Exit code: the command, the spec or an input was wrong. */
    public static final int EXIT_USAGE = 2;
    /** Exit code: an internal error. */
    public static final int EXIT_INTERNAL = 3;

    public static void main(String[] args) {
        System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), System.console() != null));
    }

    /**
     * Runs the command; returns the exit code.
     *
     * @param terminal whether a person is at a terminal (progress bar, line-at-a-time standard input)
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = commandLine(outWriter, errWriter);
        RunCommand run = cli.getSubcommands().get("run").getCommand();
        run.streams = new RunCommand.Streams(in, out, terminal);
        FitCommand fit = cli.getSubcommands().get("fit").getCommand();
        fit.streams = run.streams;
        int code = cli.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            if (isUserError(e)) {
                w.println("zhpipe: error: " + e.getMessage());
                w.flush();
                return EXIT_USAGE;
            }
            w.println("zhpipe: internal error (please report it with the command you ran): " + e);
            e.printStackTrace(w);
            w.flush();
            return EXIT_INTERNAL;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("zhpipe: error: " + e.getMessage());
            w.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            w.flush();
            return EXIT_USAGE;
        });
        return cli;
    }

    private static boolean isUserError(Exception e) {
        return e instanceof SpecException || e instanceof UsageException
                || e instanceof org.zhpipe.stage.FitException || e instanceof org.zhpipe.stage.UnfittedStageException
                || e instanceof org.zhpipe.io.InputException || e instanceof java.io.IOException
                || e instanceof java.io.UncheckedIOException;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"zhpipe " + (v == null ? "(development build)" : v)};
        }
    }
}

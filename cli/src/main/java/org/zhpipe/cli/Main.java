package org.zhpipe.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.zhpipe.output.OutputException;
import org.zhpipe.spec.SpecException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zhpipe} command. A thin adapter: every piece of logic lives in the library. Exit codes: 0 success,
 * 1 some records were rejected, 2 a usage, spec, input or output error (one line on stderr, no stack trace), 3 an
 * internal error (a bug: the stack trace is printed so it can be reported), 4 out of memory (one line saying what to
 * do), 141 the reader of standard output went away (as {@code | head} does; nothing is printed, as Unix tools that
 * die of SIGPIPE: 128 + 13).
 */
@Command(name = "zhpipe", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Prepare Chinese and mixed Chinese/English text: normalize, convert, segment, filter, "
                + "vectorize.")
public final class Main {
    /**
     * The subcommands, in the order help lists them. Only the one a command line names is set up (picocli reads
     * each command's annotations when it is added, which is most of a one-shot run's start-up); help, a mistake or
     * no subcommand sets up all of them.
     */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("run", RunCommand::new);
        m.put("fit", FitCommand::new);
        m.put("words", WordsCommand::new);
        m.put("rehash", RehashCommand::new);
        m.put("dedup", DedupCommand::new);
        m.put("report", ReportCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("stages", StagesCommand::new);
        m.put("eval", EvalCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Exit code: some records were rejected. */
    public static final int EXIT_REJECTED = 1;
    /** Exit code: the command, the spec or an input was wrong. */
    public static final int EXIT_USAGE = 2;
    /** Exit code: an internal error. */
    public static final int EXIT_INTERNAL = 3;
    /** Exit code: the Java heap ran out. */
    public static final int EXIT_OUT_OF_MEMORY = 4;
    /** Exit code: standard output was closed by its reader (a broken pipe), as a process killed by SIGPIPE. */
    public static final int EXIT_BROKEN_PIPE = 141;

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
        WriteErrorRecorder stdout = new WriteErrorRecorder(out);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        String undecodable = Arguments.undecodable(args);
        if (undecodable != null) {
            errWriter.println("zhpipe: error: " + undecodable);
            return EXIT_USAGE;
        }
        CommandLine cli = commandLine(outWriter, errWriter, args.length == 0 ? null : args[0]);
        RunCommand.Streams streams = new RunCommand.Streams(in, stdout, terminal);
        for (CommandLine sub : cli.getSubcommands().values()) {
            Object command = sub.getCommand();
            if (command instanceof RunCommand c) {
                c.streams = streams;
            } else if (command instanceof FitCommand c) {
                c.streams = streams;
            } else if (command instanceof WordsCommand c) {
                c.streams = streams;
            } else if (command instanceof ReportCommand c) {
                c.streams = streams;
            }
        }
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            errWriter.println("zhpipe: error: out of memory (the Java heap is full): give Java more, e.g. "
                    + "ZHPIPE_OPTS=-Xmx8g, or use fewer workers (-j 1) or a lower --max-record-size");
            return EXIT_OUT_OF_MEMORY;
        }
        outWriter.flush();
        errWriter.flush();
        if (stdout.failure() != null && (code == 0 || code == EXIT_REJECTED)) {
            // a PrintWriter (one-shot output, explain, stages) hides write errors: they are reported here
            if (OutputException.isBrokenPipe(stdout.failure())) {
                return EXIT_BROKEN_PIPE;
            }
            errWriter.println("zhpipe: error: " + OutputException.of("standard output", stdout.failure())
                    .getMessage());
            return EXIT_USAGE;
        }
        return code;
    }

    /** The command line with every subcommand. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * The command line for arguments that start with {@code first}: only that subcommand when it names one, else
     * all (for help, a top-level option or a mistake, which lists them).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, @org.jspecify.annotations.Nullable String first) {
        CommandLine cli = new CommandLine(new Main());
        if (first != null && SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            cli.addSubcommand(first, SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            if (OutputException.isBrokenPipe(e)) {
                return EXIT_BROKEN_PIPE; // the reader went away, as with | head: end quietly
            }
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
                || e instanceof org.zhpipe.input.InputException || e instanceof java.io.IOException
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

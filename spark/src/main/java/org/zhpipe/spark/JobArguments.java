package org.zhpipe.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@link ZhpipeJob}'s command line: a command ({@code run}, {@code fit}, {@code dedup}) and its options, named as
 * {@code zhpipe}'s CLI names them. Every option takes a value; {@code -i} takes one or more. Immutable once parsed.
 */
final class JobArguments {
    static final String USAGE = "usage: zhpipe-spark run|fit|dedup -s SPEC -i INPUT... -o OUTPUT [options]";
    private static final Map<String, String> SHORT = Map.of("-s", "--spec", "-i", "--input", "-o", "--output");
    private static final Set<String> COMMON = Set.of("--spec", "--input", "--output", "--input-format", "--field");
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "run", Set.of("--format", "--rejects"),
            "fit", Set.of(),
            "dedup", Set.of("--removed", "--id-field", "--mode", "--threshold", "--verify", "--shingle",
                    "--permutations", "--seed", "--partners"));

    private final String command;
    private final Map<String, List<String>> values;

    private JobArguments(String command, Map<String, List<String>> values) {
        this.command = command;
        this.values = values;
    }

    /** @throws JobUsageException naming what is wrong */
    static JobArguments parse(String[] args) {
        if (args.length == 0 || !OPTIONS.containsKey(args[0])) {
            throw new JobUsageException((args.length == 0 ? "no command" : "unknown command \"" + args[0] + "\"")
                    + "; " + USAGE);
        }
        String command = args[0];
        Set<String> known = new TreeSet<>(COMMON);
        known.addAll(OPTIONS.get(command));
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String option = SHORT.getOrDefault(args[i], args[i]);
            if (!known.contains(option)) {
                throw new JobUsageException((option.startsWith("-") ? "unknown option " : "unexpected argument ")
                        + args[i] + " for " + command + "; its options are " + String.join(" ", known));
            }
            List<String> given = values.computeIfAbsent(option, o -> new ArrayList<>());
            if (!given.isEmpty() && !option.equals("--input")) {
                throw new JobUsageException(option + " is given twice");
            }
            int first = given.size();
            while (i + 1 < args.length && (given.size() == first || option.equals("--input"))
                    && !args[i + 1].startsWith("-")) {
                given.add(args[++i]);
            }
            if (given.size() == first) {
                throw new JobUsageException(option + " needs a value");
            }
        }
        for (String required : List.of("--spec", "--input", "--output")) {
            if (!values.containsKey(required)) {
                throw new JobUsageException(command + " needs " + required + "; " + USAGE);
            }
        }
        return new JobArguments(command, values);
    }

    String command() {
        return command;
    }

    List<String> inputs() {
        return values.get("--input");
    }

    /** The value of {@code option}, or {@code null} when it is not given. */
    @Nullable String get(String option) {
        List<String> given = values.get(option);
        return given == null ? null : given.get(0);
    }

    String get(String option, String otherwise) {
        String value = get(option);
        return value == null ? otherwise : value;
    }

    /** The value of a numeric option, or {@code otherwise}. */
    double number(String option, double otherwise) {
        String value = get(option);
        if (value == null) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new JobUsageException(option + " takes a number, not \"" + value + "\"");
        }
    }

    /** The value of an integer option, or {@code otherwise}. */
    long integer(String option, long otherwise) {
        String value = get(option);
        if (value == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new JobUsageException(option + " takes a whole number, not \"" + value + "\"");
        }
    }

    /** The value of an option that names one of {@code choices}, or {@code otherwise}. */
    String choice(String option, List<String> choices, String otherwise) {
        String value = get(option, otherwise);
        if (!choices.contains(value)) {
            throw new JobUsageException(option + " is one of " + String.join(", ", choices) + ", not \"" + value
                    + "\"");
        }
        return value;
    }
}

package org.zhpipe.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every fuzz target asserts about a parser of user bytes: it either returns, or throws one of its documented
 * user-error types with a message a person can act on. Any other throwable (a {@code NumberFormatException}, an
 * {@code ArrayIndexOutOfBoundsException}, an {@code IllegalStateException}) escapes unchanged, so Jazzer reports it as
 * a finding with its stack trace.
 */
public final class FuzzChecks {
    /**
     * Text that only a Java stack trace or a library's internals would put into a message: a qualified exception class
     * name, a stack frame, an identity hash, the JDK's own exception messages, Jackson's source descriptions.
     */
    private static final Pattern INTERNALS = Pattern.compile(String.join("|",
            // a qualified exception class name, as Throwable.toString() or a wrapped cause writes it
            "\\b(?:java|javax|sun|jdk|com\\.fasterxml|org\\.zhpipe)\\.[\\w.$]*(?:Exception|Error)\\b",
            // a stack frame
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)",
            // Object.toString() of a class without one
            "\\b(?:[\\w$]+\\.)+[A-Z][\\w$]*@[0-9a-f]{4,}\\b",
            // the JDK's own messages, passed on unchanged
            "For input string:", "out of bounds for length", "Cannot invoke \"",
            // Jackson's descriptions of its input and of Java types
            "\\[Source:", "through reference chain", "StreamReadConstraints"));

    private FuzzChecks() {
    }

    /** A call that may throw anything, as {@link Runnable} may not. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    /**
     * Runs {@code call} on {@code input}; if it throws one of {@code allowed} (or a subclass), checks the message and
     * returns the exception; otherwise rethrows what it threw. Returns {@code null} when the call returned normally.
     *
     * @param input what the parser was given, as text: a message may quote it, whatever it holds
     */
    @SafeVarargs
    public static Throwable expectOnly(String input, Call call, Class<? extends Throwable>... allowed)
            throws Exception {
        try {
            call.run();
            return null;
        } catch (Exception e) {
            for (Class<? extends Throwable> type : allowed) {
                if (type.isInstance(e)) {
                    assertUserMessage(e, input);
                    return e;
                }
            }
            throw e;
        }
    }

    /**
     * The message of a user error: present, not blank, free of Java internals, except what it quotes of
     * {@code input} (a fuzzer soon learns to write {@code [Source:} into a dictionary).
     */
    public static void assertUserMessage(Throwable e, String input) {
        String message = e.getMessage();
        assertNotNull(message, () -> "no message: " + e);
        assertFalse(message.isBlank(), () -> "blank message: " + e);
        Matcher m = INTERNALS.matcher(message);
        while (m.find()) {
            String found = m.group();
            assertTrue(quoted(found, input), () -> "the message shows Java internals (" + found + "): " + message);
        }
    }

    /**
     * Whether {@code found}, but perhaps its first or last char (a quote or colon the message puts around what it
     * quotes), is in {@code input}. A loop of char comparisons, not {@link String#contains}: Jazzer feeds the
     * arguments of {@code contains} to the fuzzer, which would then learn to write exactly what this check looks for.
     */
    private static boolean quoted(String found, String input) {
        return occurs(found, 0, found.length(), input) || occurs(found, 1, found.length(), input)
                || occurs(found, 0, found.length() - 1, input);
    }

    private static boolean occurs(String s, int from, int to, String input) {
        int n = to - from;
        for (int i = 0; i + n <= input.length(); i++) {
            int k = 0;
            while (k < n && input.charAt(i + k) == s.charAt(from + k)) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }
}

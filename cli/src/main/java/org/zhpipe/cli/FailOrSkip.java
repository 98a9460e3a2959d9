package org.zhpipe.cli;

import java.util.Locale;
import org.zhpipe.batch.OnError;
import picocli.CommandLine.Option;

/** The {@code --on-error fail|skip} option of the commands that write no unprocessed records (fit, words, dedup). */
final class FailOrSkip {
    @Option(names = "--on-error", paramLabel = "POLICY",
            description = "A bad record: fail (stop) or skip (report and leave out). Default: ${DEFAULT-VALUE}.")
    String value = "fail";

    /** The policy chosen. @throws UsageException for a value other than fail or skip */
    OnError policy() {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "fail" -> OnError.FAIL;
            case "skip" -> OnError.SKIP;
            default -> throw new UsageException("invalid value for --on-error: \"" + value + "\"; expected fail or "
                    + "skip");
        };
    }
}

package org.zhpipe.spark;

import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.Result;

/**
 * Runs a pipeline that uses every relocated library — Jackson (the spec), ICU4J (NFKC, case folding, the script
 * classes of {@code filter}), Commons Text ({@code html_unescape}), Commons Codec ({@code hashing_tf}) — and prints
 * what it gives: {@link JobJarIT} runs it on the job jar and compares with the same run on the plain class path.
 */
final class JobJarSmoke {
    static final String SPEC = "{\"zhpipe\": 1, \"stages\": [{\"type\": \"html_unescape\"}, "
            + "{\"type\": \"halfwidth\", \"nfkc\": true}, {\"type\": \"lowercase\", \"mode\": \"fold\"}, "
            + "{\"type\": \"convert\", \"config\": \"t2s\"}, "
            + "{\"type\": \"filter\", \"keep\": \"[[:Han:][:L:][:Nd:]\\\\u0020]\"}, {\"type\": \"segment\"}, "
            + "{\"type\": \"hashing_tf\", \"bits\": 8, \"hash\": \"spark\"}]}";
    static final String TEXT = "ＧＰＴ－４&amp;記憶體 ㎏ Straße 𠀀 😀";

    private JobJarSmoke() {
    }

    /** What the pipeline gives for {@link #TEXT}, on one line. */
    static String run() {
        Pipeline pipeline = Spec.parse(SPEC).build();
        Result result = pipeline.process(TEXT);
        return result.text().current() + " | " + result.tokens() + " | " + result.features();
    }

    public static void main(String[] args) {
        System.out.println(run());
    }
}

package org.zhpipe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The {@code lemmatize} stage from the command line: plain output and the JSONL "original" field. */
class LemmatizeCliTest {
    @Test
    void issueExamples() {
        assertEquals(new CliTest.Run(0, "my cat be walk on the carpet\n", ""),
                CliTest.run("run", "-p", "tokenize,lemmatize", "My cat is walking on the carpet"));
        assertEquals(new CliTest.Run(0, "run\neat\nchild\n", ""),
                CliTest.withStdin("running\nate\nchildren\n", "run", "-p", "tokenize,lemmatize"));
        assertEquals(new CliTest.Run(0, "我们 研究 这个 问题 ， 同学 想 吃 饭\n", ""),
                CliTest.run("run", "-p", "segment:viterbi,lemmatize", "我们研究研究这个问题，同学们想一想吃了饭"));
    }

    @Test
    void keepOriginalInJsonl() {
        CliTest.Run r = CliTest.run("run", "-p", "segment:pos=true,lemmatize:keepOriginal", "--format", "jsonl",
                "Cats walking 看看");
        assertEquals("{\"text\":\"Cats walking 看看\",\"tokens\":["
                + "{\"text\":\"cat\",\"original\":\"Cats\",\"start\":0,\"end\":4,\"tag\":\"eng\"},"
                + "{\"text\":\"walk\",\"original\":\"walking\",\"start\":5,\"end\":12,\"tag\":\"eng\"},"
                + "{\"text\":\"看\",\"original\":\"看看\",\"start\":13,\"end\":15,\"tag\":\"v\"}]}\n", r.out());
        assertEquals("", r.err());
        assertEquals(0, r.code());
    }

    @Test
    void withoutKeepOriginalThereIsNoOriginalField() {
        assertEquals("{\"text\":\"walking\",\"tokens\":[{\"text\":\"walk\",\"start\":0,\"end\":7}]}\n",
                CliTest.run("run", "-p", "tokenize,lemmatize", "--format", "jsonl", "walking").out());
    }
}

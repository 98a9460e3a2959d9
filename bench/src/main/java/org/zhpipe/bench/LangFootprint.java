package org.zhpipe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.zhpipe.lang.LanguageModel;

/**
 * Prints what the {@code lang} stage's model costs in a fresh JVM: the time to load it and score one text, and the
 * heap it retains, beside OpenNLP's model alone ({@code opennlp}, what {@code LanguageModel} holds besides its n-gram
 * table).
 * {@code java -cp bench/target/benchmarks.jar org.zhpipe.bench.LangFootprint [lang|opennlp]}
 */
public final class LangFootprint {
    private LangFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        RetainedHeap.print(args, "lang", name -> switch (name) {
            case "lang" -> {
                long start = System.nanoTime();
                LanguageModel model = LanguageModel.bundled();
                model.scores("今天天气很好", new double[model.labels().size()]);
                System.out.printf("lang: loaded and first text scored in %d ms%n",
                        (System.nanoTime() - start) / 1_000_000);
                yield model;
            }
            case "opennlp" -> {
                try (InputStream in = LangFootprint.class.getResourceAsStream("/langdetect-183.bin")) {
                    yield new LanguageDetectorModel(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            default -> throw new IllegalArgumentException("lang or opennlp, not " + name);
        });
    }
}

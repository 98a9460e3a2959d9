package org.zhpipe.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.AbstractAnalysisFactory;
import org.apache.lucene.util.ResourceLoader;
import org.jspecify.annotations.Nullable;
import org.zhpipe.resource.DataFiles;
import org.zhpipe.spec.Spec;
import org.zhpipe.spec.StageRegistry;
import org.zhpipe.stage.Pipeline;

/**
 * The arguments the zhpipe factories share, and the pipeline they name: {@code spec} (inline or JSON text) or
 * {@code specFile} (a JSON spec read through the {@link ResourceLoader}, in Solr from the core's configuration), and
 * {@code maxChars}. An inline spec is built when the factory is made, a spec file when it is informed, so a wrong
 * spec fails when the schema loads, never on a document. Relative data files in a spec file resolve against the
 * folder it was read from when a {@link ResourceFolderLocator} knows the loader's folder and the spec file is in it,
 * else against the working directory.
 */
final class FactorySpec {
    private final @Nullable String specFile;
    private final int maxChars;
    private final UnaryOperator<Pipeline> check;
    private @Nullable Pipeline pipeline;

    FactorySpec(AbstractAnalysisFactory factory, Map<String, String> args, UnaryOperator<Pipeline> check) {
        String spec = factory.get(args, "spec");
        this.specFile = factory.get(args, "specFile");
        this.maxChars = maxChars(factory.get(args, "maxChars"));
        this.check = check;
        if ((spec == null) == (specFile == null)) {
            throw new IllegalArgumentException("zhpipe: give either spec (inline or JSON) or specFile, not "
                    + (spec == null ? "neither" : "both"));
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("zhpipe: maxChars must be at least 1, not " + maxChars);
        }
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
        if (spec != null) {
            pipeline = check.apply(AnalysisSpecs.parse(spec).build());
        }
    }

    private static int maxChars(@Nullable String value) {
        if (value == null) {
            return FieldText.DEFAULT_MAX_CHARS;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("zhpipe: maxChars must be a whole number of chars, not \"" + value
                    + "\"", e);
        }
    }

    /** Reads {@code specFile}, if the factory names one, through {@code loader}. */
    void inform(ResourceLoader loader) throws IOException {
        if (specFile == null) {
            return;
        }
        String json;
        try (InputStream in = loader.openResource(specFile)) {
            json = new String(DataFiles.read(in, DataFiles.SPEC_LIMIT), StandardCharsets.UTF_8);
        }
        pipeline = check.apply(Spec.parse(json, specFile, StageRegistry.standard())
                .withBaseDirectory(specFolder(loader, specFile)).build());
    }

    /** The folder {@code specFile} was read from, when a locator knows the loader's folder and the file is in it. */
    static @Nullable Path specFolder(ResourceLoader loader, String specFile) {
        for (ResourceFolderLocator locator : ServiceLoader.load(ResourceFolderLocator.class,
                FactorySpec.class.getClassLoader())) {
            Path folder = locator.folder(loader);
            if (folder != null) {
                Path file = folder.resolve(specFile).toAbsolutePath().normalize();
                if (Files.isRegularFile(file)) {
                    return file.getParent();
                }
            }
        }
        return null;
    }

    Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            throw new IllegalStateException("zhpipe: specFile " + specFile + " is not read yet: the factory reads it "
                    + "in inform(ResourceLoader), which Solr calls when it loads the schema");
        }
        return p;
    }

    int maxChars() {
        return maxChars;
    }
}

package org.zhpipe.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.zhpipe.resource.ResourceCache;
import org.zhpipe.resource.ResourcePolicy;
import org.zhpipe.spec.Spec;
import org.zhpipe.stage.Pipeline;
import org.zhpipe.stage.type.FittableParams;

/**
 * What an executor needs to build a zhpipe {@link Pipeline}: a spec's JSON text and the data files it names relative
 * to its folder (a fitted model's vocabulary file), as bytes. This is what Spark ships to executors — never a built
 * stage: {@link #build()} makes a new pipeline from it on whichever JVM calls it. Data files the spec names by an
 * absolute path or as {@code bundled:} resources are read where the pipeline is built, as in the library.
 *
 * <p>Immutable (the file bytes are copied in and never handed out) and thread-safe.
 */
public final class PipelineSource implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String specJson;
    private final TreeMap<String, byte[]> files;
    private final DataFolder dataFolder;

    private PipelineSource(String specJson, Map<String, byte[]> files, DataFolder dataFolder) {
        this.specJson = specJson;
        this.dataFolder = dataFolder;
        this.files = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new IllegalArgumentException("a data file is named by a plain file name, not \"" + name + "\"");
            }
            this.files.put(name, bytes.clone());
        });
    }

    /** A spec with no data files of its own. */
    public static PipelineSource of(String specJson) {
        return new PipelineSource(specJson, Map.of(), DataFolder.WORKING_DIRECTORY);
    }

    /**
     * A spec and the data files it names by a plain file name (relative to the spec's folder).
     *
     * @param files file name → contents
     */
    public static PipelineSource of(String specJson, Map<String, byte[]> files) {
        return new PipelineSource(specJson, files, DataFolder.WORKING_DIRECTORY);
    }

    /** This source with its relative data-file paths leading to {@code folder}. */
    public PipelineSource withDataFolder(DataFolder folder) {
        return new PipelineSource(specJson, files, folder);
    }

    /** Where the spec's relative data-file paths lead. */
    public DataFolder dataFolder() {
        return dataFolder;
    }

    /** The spec's JSON text. */
    public String specJson() {
        return specJson;
    }

    /** The names of the data files carried with the spec, in order. */
    public java.util.Set<String> fileNames() {
        return java.util.Collections.unmodifiableSet(files.keySet());
    }

    /** A copy of the contents of the data file {@code name}. */
    public byte[] file(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("no data file \"" + name + "\"; carried: " + files.keySet());
        }
        return bytes.clone();
    }

    /**
     * Builds the pipeline: the spec is parsed and validated, its data files read (checksums checked). Relative paths
     * lead where the {@link #dataFolder()} says. The carried files are written to a new temporary folder, which the
     * models the spec names by those files' names are read from while the pipeline is built, and which is deleted
     * before this returns (built stages hold their data in memory).
     *
     * @throws org.zhpipe.spec.SpecException when the spec is not valid, or names a file the data folder does not allow
     */
    public Pipeline build() {
        Path root = dataFolder.root();
        ResourcePolicy policy = root == null ? ResourcePolicy.ANY : ResourcePolicy.under(root);
        if (files.isEmpty()) {
            return Spec.parse(specJson).withBaseDirectory(root).build(new ResourceCache(), policy);
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("zhpipe-spec");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the spec's data files", e);
        }
        Pipeline pipeline;
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
            Spec spec = Spec.parse(specJson);
            pipeline = root == null
                    ? spec.withBaseDirectory(folder).build()
                    : modelsIn(spec, folder).withBaseDirectory(root).build(new ResourceCache(),
                            ResourcePolicy.under(root, folder));
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot write the spec's data files to "
                    + folder, e);
            deleteQuietly(folder, failure);
            throw failure;
        } catch (RuntimeException e) {
            deleteQuietly(folder, e);
            throw e;
        }
        delete(folder);
        return pipeline;
    }

    /** {@code spec} with each model it names by a carried file's name read from that file in {@code folder}. */
    private Spec modelsIn(Spec spec, Path folder) {
        List<Spec.StageSpec> stages = new ArrayList<>();
        for (Spec.StageSpec stage : spec.stages()) {
            if (stage.params() instanceof FittableParams p && files.containsKey(p.model())) {
                stage = new Spec.StageSpec(stage.type(), p.withModel(folder.resolve(p.model()).toString(),
                        p.modelDocuments(), p.modelSha256()));
            }
            stages.add(stage);
        }
        return spec.withStages(stages);
    }

    /** Deletes {@code folder} after {@code failure}, to which a failure to delete is added. */
    private static void deleteQuietly(Path folder, RuntimeException failure) {
        try {
            delete(folder);
        } catch (UncheckedIOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary folder " + folder, e);
        }
    }
}

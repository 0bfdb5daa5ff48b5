package org.casenotes.releng.emfcodegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command-line entry point: regenerates the EMF Java code of every bundle that has
 * {@code model/*.genmodel} files. The single argument is the repository root.
 */
public final class GenerateModels {

    private GenerateModels() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateModels <repository root>");
            System.exit(2);
        }
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize().resolve("bundles");
        List<Path> modelBundles;
        try (Stream<Path> children = Files.list(bundles)) {
            modelBundles = children.filter(bundle -> !genModelsOf(bundle).isEmpty()).sorted().toList();
        }
        if (modelBundles.isEmpty()) {
            System.err.println("no bundles/*/model/*.genmodel under " + bundles);
            System.exit(1);
        }
        boolean failed = false;
        for (Path bundle : modelBundles) {
            failed |= !new BundleModelGeneration(bundle, genModelsOf(bundle)).run();
        }
        System.exit(failed ? 1 : 0);
    }

    static List<Path> genModelsOf(Path bundle) {
        Path modelDir = bundle.resolve("model");
        if (!Files.isDirectory(modelDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(modelDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".genmodel")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

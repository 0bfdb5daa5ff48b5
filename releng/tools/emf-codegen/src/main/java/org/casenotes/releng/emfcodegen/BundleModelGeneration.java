package org.casenotes.releng.emfcodegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the {@code src-gen/} folder of one bundle from its genmodels.
 * <p>
 * Each genmodel is first brought in line with its ecore (as the Eclipse "Reload" action does), so that a
 * class or feature added to the ecore needs no hand edit of the genmodel; the synchronised genmodel is saved
 * back. Code is generated into a staging folder and then replaces {@code src-gen/} as a whole, so that
 * classes removed from the model disappear and nothing the generator writes beside the code (plugin.xml,
 * build.properties) touches the hand-maintained bundle files.
 */
final class BundleModelGeneration {

    private final Path bundle;
    private final List<Path> genModels;

    BundleModelGeneration(Path bundle, List<Path> genModels) {
        this.bundle = bundle;
        this.genModels = genModels;
    }

    boolean run() throws IOException {
        String bundleName = bundle.getFileName().toString();
        Path staging = Files.createTempDirectory("emf-codegen-" + bundleName);
        try {
            EcorePlugin.getPlatformResourceMap().put(bundleName, URI.createFileURI(staging + "/"));
            boolean ok = true;
            for (Path genModelFile : genModels) {
                ok &= generate(genModelFile, bundleName);
            }
            if (ok) {
                replaceSourceFolder(staging.resolve("src-gen"), bundle.resolve("src-gen"));
            }
            return ok;
        } finally {
            deleteTree(staging);
        }
    }

    private static boolean generate(Path genModelFile, String bundleName) throws IOException {
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
        GenModel synced = synchronise((GenModel) resource.getContents().get(0));
        resource.getContents().set(0, synced);
        resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));

        String expectedDirectory = "/" + bundleName + "/src-gen";
        if (!expectedDirectory.equals(synced.getModelDirectory())) {
            System.err.println(genModelFile + ": modelDirectory must be " + expectedDirectory);
            return false;
        }
        Diagnostic validation = synced.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            report(genModelFile, validation);
            return false;
        }
        synced.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(synced);
        Diagnostic result = generator.generate(synced, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        if (result.getSeverity() >= Diagnostic.WARNING) {
            report(genModelFile, result);
        }
        System.out.println("generated " + genModelFile);
        return result.getSeverity() < Diagnostic.ERROR;
    }

    /** Rebuilds the genmodel from its ecore packages and carries over every setting of the stored one. */
    private static GenModel synchronise(GenModel stored) {
        List<EPackage> ePackages = stored.getGenPackages().stream().map(GenPackage::getEcorePackage).toList();
        GenModel synced = GenModelFactory.eINSTANCE.createGenModel();
        synced.initialize(ePackages);
        synced.getForeignModel().addAll(stored.getForeignModel());
        synced.setImporterID(stored.getImporterID());
        synced.reconcile(stored);
        return synced;
    }

    private static ResourceSet newResourceSet() {
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        return resourceSet;
    }

    private static void report(Path genModelFile, Diagnostic diagnostic) {
        System.err.println(genModelFile + ": " + diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            System.err.println("  " + child.getMessage());
        }
    }

    private static void replaceSourceFolder(Path generated, Path target) throws IOException {
        deleteTree(target);
        try (Stream<Path> files = Files.walk(generated)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(generated.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

package org.casenotes.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The exporters installed: every contribution to {@code org.casenotes.export.exporters}. The exporter classes are
 * made only when one is asked for by its format.
 */
public final class Exporters {

    /** The extension point's id. */
    public static final String EXTENSION_POINT = "org.casenotes.export.exporters";
    /** The format of the PDF exporter, this bundle's own. */
    public static final String PDF = "pdf";
    /** The format of the machine-readable JSON that accompanies a records request. */
    public static final String JSON = "json";

    private final List<Contribution> contributions;

    private Exporters(List<Contribution> contributions) {
        this.contributions = List.copyOf(contributions);
    }

    /** @return the exporters contributed to the registry */
    public static Exporters contributed(IExtensionRegistry registry) {
        List<Contribution> found = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if ("exporter".equals(element.getName())) {
                found.add(new Contribution(element.getAttribute("format"), element.getAttribute("name"),
                        () -> create(element)));
            }
        }
        return new Exporters(found);
    }

    /**
     * Exporters given directly, for harnesses and tools that run without the extension registry.
     *
     * @param exporters exporters by format, in the order {@link #formats()} lists them
     */
    public static Exporters of(java.util.Map<String, Supplier<Exporter>> exporters) {
        List<Contribution> given = new ArrayList<>();
        exporters.forEach((format, exporter) -> given.add(new Contribution(format, format, exporter)));
        return new Exporters(given);
    }

    /** @return the formats installed, e.g. {@code pdf}, {@code json} */
    public List<String> formats() {
        return contributions.stream().map(Contribution::format).toList();
    }

    /** @return the display name of a format, e.g. "PDF document" */
    public Optional<String> name(String format) {
        return find(format).map(Contribution::name);
    }

    /**
     * @param format a format, e.g. {@link #PDF}
     * @return its exporter
     * @throws ExportFailedException if no exporter of that format is installed or it cannot be made
     */
    public Exporter exporter(String format) {
        return find(format).orElseThrow(() -> new ExportFailedException(
                "No exporter for the format '" + format + "' is installed.")).exporter().get();
    }

    private static Exporter create(IConfigurationElement element) {
        try {
            return (Exporter) element.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            throw new ExportFailedException("The exporter for '" + element.getAttribute("format")
                    + "' could not be started: " + e.getMessage(), e);
        }
    }

    private Optional<Contribution> find(String format) {
        return contributions.stream().filter(c -> Objects.equals(c.format(), format)).findFirst();
    }

    private record Contribution(String format, String name, Supplier<Exporter> exporter) {
    }
}

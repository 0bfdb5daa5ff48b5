package org.casenotes.template.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.casenotes.template.library.TemplateSource;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

/** Reads the template folders plugins contribute to {@code org.casenotes.template.libraries}. */
public final class ContributedLibraries {

    /** Id of the extension point, as declared in this bundle's plugin.xml. */
    public static final String EXTENSION_POINT = "org.casenotes.template.libraries";

    private ContributedLibraries() {
    }

    /** @return the sources of all contributed libraries, named {@code bundle/path}; empty without a registry. */
    public static List<TemplateSource> sources() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<TemplateSource> sources = new ArrayList<>();
        for (IConfigurationElement library : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            Bundle bundle = ContributorFactoryOSGi.resolve(library.getContributor());
            String folder = library.getAttribute("folder");
            if (bundle == null || folder == null) {
                continue;
            }
            Enumeration<URL> entries = bundle.findEntries(folder, "*.ntpl", true);
            List<URL> urls = entries == null ? List.of() : Collections.list(entries);
            urls.stream().sorted(Comparator.comparing(URL::getPath))
                    .forEach(url -> sources.add(new TemplateSource(bundle.getSymbolicName() + url.getPath(), read(url))));
        }
        return sources;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read contributed template " + url, e);
        }
    }
}

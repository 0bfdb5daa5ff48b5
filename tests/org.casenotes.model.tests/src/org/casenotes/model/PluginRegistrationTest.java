package org.casenotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

/** Under OSGi the generated packages are registered through plugin.xml, before any of their classes is loaded. */
class PluginRegistrationTest {

    @Test
    void pluginXmlRegistersBothGeneratedPackages() {
        IConfigurationElement[] packages = RegistryFactory.getRegistry()
                .getConfigurationElementsFor("org.eclipse.emf.ecore.generated_package");
        Map<String, String> ours = Arrays.stream(packages)
                .filter(element -> element.getContributor().getName().equals("org.casenotes.model"))
                .collect(Collectors.toMap(element -> element.getAttribute("uri"), element -> element.getAttribute("class")));
        assertEquals(Map.of("http://casenotes.org/model/form/1.0", "org.casenotes.model.form.FormPackage",
                "http://casenotes.org/model/record/1.0", "org.casenotes.model.record.RecordPackage"), ours);
    }
}

package org.casenotes.template.tests;

import java.nio.file.Path;
import java.util.List;

import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/**
 * The standard library's sources as the product sees them: through the {@code org.casenotes.template.libraries}
 * extension point. Outside OSGi (a plain JVM) the folder named by {@code -Dcasenotes.std.templates} is used.
 */
final class StandardSources {

    private StandardSources() {
    }

    static TemplateLibrary library() {
        TemplateLibrary contributed = TemplateLibrary.contributed();
        if (!contributed.sources().isEmpty()) {
            return contributed;
        }
        String folder = System.getProperty("casenotes.std.templates");
        if (folder == null) {
            throw new IllegalStateException("No contributed template library and no -Dcasenotes.std.templates");
        }
        return TemplateLibrary.empty().withDirectory(Path.of(folder));
    }

    static List<TemplateSource> sources() {
        return library().sources();
    }
}

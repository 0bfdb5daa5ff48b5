package org.casenotes.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.osgi.framework.FrameworkUtil;

/**
 * The documents Help opens inside the product, each shown in its own view: Getting Started (the first note and the
 * first template, five steps each) and the template language reference, the same {@code docs/template-language.md}
 * the repository shows (copied into the bundle's {@code help-gen/} by the build, see the bundle's pom.xml).
 */
public enum HelpDocument {

    GETTING_STARTED("org.casenotes.ui.help.gettingStarted", "help/getting-started.md"),
    TEMPLATE_LANGUAGE("org.casenotes.ui.help.templateLanguage", "help-gen/template-language.md");

    private final String viewId;
    private final String path;

    HelpDocument(String viewId, String path) {
        this.viewId = viewId;
        this.path = path;
    }

    /** @return the id of the view that shows the document */
    public String viewId() {
        return viewId;
    }

    /** @return the document shown by the view {@code viewId}, if it shows one */
    static Optional<HelpDocument> ofView(String viewId) {
        return Arrays.stream(values()).filter(document -> document.viewId.equals(viewId)).findFirst();
    }

    /**
     * @return the document's Markdown as packaged in this bundle
     * @throws UncheckedIOException if the product was built without it
     */
    String markdown() {
        URL entry = FrameworkUtil.getBundle(HelpDocument.class).getEntry(path);
        if (entry == null) {
            throw new UncheckedIOException(new IOException(path + " is missing from the bundle org.casenotes.ui"));
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

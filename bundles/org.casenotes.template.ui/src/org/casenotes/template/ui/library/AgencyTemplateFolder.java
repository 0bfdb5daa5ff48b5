package org.casenotes.template.ui.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Where an agency's own templates live: one {@code .ntpl} file per template in a folder, by default
 * {@code <data folder>/templates/}, in the package {@code agency}. The installed libraries (the standard one among
 * them) are read-only beside it; an agency template may extend any of their templates. The versions published from
 * these working copies are kept beside the folder, in {@code published-templates/} (see {@link #publishing()}).
 */
public final class AgencyTemplateFolder {

    /** The package new agency templates are written in. */
    public static final String PACKAGE = "agency";

    private static final Pattern TEMPLATE_ID = Pattern.compile("[A-Z][A-Za-z0-9]*");

    private static final Map<Path, AgencyTemplateLibrary> PUBLISHING = new ConcurrentHashMap<>();

    private final Path folder;

    public AgencyTemplateFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** @return the folder {@code templates} in the running workbench's data folder (its instance location) */
    public static AgencyTemplateFolder inDataFolder() {
        Location data = Platform.getInstanceLocation();
        if (data == null || !data.isSet()) {
            throw new IllegalStateException("Casenotes has no data folder set");
        }
        try {
            return new AgencyTemplateFolder(Path.of(URIUtil.toURI(data.getURL())).resolve("templates"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The data folder " + data.getURL() + " is not a local folder", e);
        }
    }

    /** @return the installed libraries plus every template of this folder, as the designer and clinicians see them */
    public TemplateLibrary library() {
        TemplateLibrary installed = TemplateLibrary.contributed();
        return Files.isDirectory(folder) ? installed.withDirectory(folder) : installed;
    }

    /**
     * @return the agency library with publishing over this folder, its published versions in the sibling folder
     *         {@code published-templates}; one per folder in this workbench, so compiled versions are kept
     */
    public AgencyTemplateLibrary publishing() {
        Path normalized = folder.toAbsolutePath().normalize();
        return PUBLISHING.computeIfAbsent(normalized, key -> new AgencyTemplateLibrary(key,
                key.resolveSibling(AgencyTemplateLibrary.PUBLISHED_FOLDER), TemplateLibrary.contributed()));
    }

    /**
     * Writes a new template file and returns it.
     *
     * @param id    the template's id, e.g. {@code AgencySoapNote} (a capital letter, then letters and digits)
     * @param title what clinicians see when they pick it
     * @param base  the template it extends (its compiled form), or empty for a template of its own
     * @throws IllegalArgumentException when the id is not a template id or a file for it exists already
     */
    public Path create(String id, String title, Optional<FormDefinition> base) {
        if (!TEMPLATE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "A template id starts with a capital letter and has only letters and digits: " + id);
        }
        Path file = folder.resolve(id + ".ntpl");
        if (Files.exists(file)) {
            throw new IllegalArgumentException("There is already a template file " + file);
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(file, skeleton(id, title, base), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the new template " + file, e);
        }
        return file;
    }

    static String skeleton(String id, String title, Optional<FormDefinition> base) {
        String quotedTitle = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        if (base.isPresent()) {
            String qualified = base.get().getId();
            int dot = qualified.lastIndexOf('.');
            return "package " + PACKAGE + "\n\nimport " + qualified + "\n\ntemplate " + id + " " + quotedTitle
                    + " version 1 kind " + languageKind(base.get().getKind()) + " extends "
                    + qualified.substring(dot + 1) + " {\n\t// add sections and fields, or override inherited ones\n}\n";
        }
        return "package " + PACKAGE + "\n\ntemplate " + id + " " + quotedTitle + " version 1 kind progress {\n"
                + "\tsection main \"" + title.replace("\"", "'") + "\" {\n"
                + "\t\tfield summary \"Summary\" : longtext required\n\t}\n}\n";
    }

    /** @return the kind as the template language writes it: {@code TREATMENT_PLAN} is {@code treatmentPlan} */
    static String languageKind(FormKind kind) {
        String[] words = kind.getName().toLowerCase(Locale.ROOT).split("_");
        StringBuilder result = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            result.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return result.toString();
    }
}

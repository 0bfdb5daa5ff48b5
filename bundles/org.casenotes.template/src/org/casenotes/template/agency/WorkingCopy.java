package org.casenotes.template.agency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The editable file of one agency template: {@code <working folder>/<Name>.ntpl}, declaring the template
 * {@code Name}. Its version is the one the next publication will have.
 *
 * @param file       the file
 * @param templateId the qualified id, e.g. {@code agency.AgencySoap}
 * @param title      what clinicians will see
 * @param version    the version the file declares now
 */
public record WorkingCopy(Path file, String templateId, String title, int version) {

    /** @return the template's own name: the file name without {@code .ntpl} */
    public String name() {
        return nameOf(file);
    }

    /** @return the working copy in {@code file}, or empty when the file does not declare a template of its name */
    static Optional<WorkingCopy> read(Path file) {
        return TemplateHeader.of(text(file), nameOf(file))
                .map(header -> new WorkingCopy(file, header.templateId(), header.title(), header.version()));
    }

    static String nameOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".ntpl".length());
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + file, e);
        }
    }
}

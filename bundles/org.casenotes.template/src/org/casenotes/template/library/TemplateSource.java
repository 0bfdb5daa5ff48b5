package org.casenotes.template.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The text of one {@code .ntpl} file and the name diagnostics use for it.
 *
 * @param name a path-like name ending in {@code .ntpl}, unique within one load
 * @param text the file's content
 */
public record TemplateSource(String name, String text) {

    public TemplateSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /**
     * @return the source read from a UTF-8 file; bytes that are not UTF-8 are read as U+FFFD, which compiling
     *         reports as an error at their line
     */
    public static TemplateSource of(Path file) {
        try {
            return new TemplateSource(file.toAbsolutePath().normalize().toString(),
                    new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template file " + file, e);
        }
    }
}

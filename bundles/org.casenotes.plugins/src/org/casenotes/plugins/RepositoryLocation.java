package org.casenotes.plugins;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/** Turns what a user typed (a folder, or a URL) into the location of a p2 repository. */
final class RepositoryLocation {

    private RepositoryLocation() {
    }

    static URI of(String typed) throws PluginInstallException {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new PluginInstallException("Name a p2 repository: a folder, or a file:, http: or https: URL.");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) {
            try {
                URI uri = new URI(text);
                if (!"file".equals(uri.getScheme()) || Files.isDirectory(Path.of(uri))) {
                    return uri;
                }
                throw new PluginInstallException(text + " is not a folder.");
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new PluginInstallException(text + " is not a valid URL: " + e.getMessage());
            }
        }
        try {
            Path folder = Path.of(text).toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw new PluginInstallException(folder + " is not a folder. Name the folder of a p2 repository"
                        + " (the one holding content.jar or content.xml.xz), or its URL.");
            }
            return folder.toUri();
        } catch (InvalidPathException e) {
            throw new PluginInstallException(text + " is neither a folder nor a URL.");
        }
    }
}

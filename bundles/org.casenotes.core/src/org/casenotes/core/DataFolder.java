package org.casenotes.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a clinician's Casenotes data lives on this machine: the caseload store, drafts and workbench state.
 * <p>
 * The default is {@code ~/Casenotes}; the {@value #ENVIRONMENT_VARIABLE} environment variable or an explicit
 * path (the launcher's {@code --data DIR}) overrides it. {@link #prepare()} refuses paths that cannot hold the
 * data (a file, an unwritable folder) before anything is written, so nothing is created elsewhere by mistake.
 */
public final class DataFolder {

    /** Environment variable that overrides the default data directory. */
    public static final String ENVIRONMENT_VARIABLE = "CASENOTES_DATA";

    private static final String DEFAULT_FOLDER = "Casenotes";

    private final Path path;

    private DataFolder(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    /** A data directory at an explicit path. */
    public static DataFolder at(Path path) {
        return new DataFolder(path);
    }

    /**
     * The data directory chosen by the environment: {@value #ENVIRONMENT_VARIABLE} when set and not blank,
     * else {@code Casenotes} in the user's home.
     */
    public static DataFolder fromEnvironment(Map<String, String> environment, Path userHome) {
        String configured = environment.get(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new DataFolder(Path.of(configured));
        }
        return new DataFolder(userHome.resolve(DEFAULT_FOLDER));
    }

    public Path path() {
        return path;
    }

    /**
     * Makes sure the directory exists and is writable, creating it (and missing parents) if needed.
     *
     * @throws DataFolderException naming the path and the reason when it cannot be used
     */
    public Path prepare() throws DataFolderException {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new DataFolderException(path, "it is a file, not a folder");
        }
        Path existingAncestor = path;
        while (existingAncestor != null && !Files.exists(existingAncestor)) {
            existingAncestor = existingAncestor.getParent();
        }
        if (existingAncestor == null || !Files.isDirectory(existingAncestor)) {
            throw new DataFolderException(path, "its parent " + existingAncestor + " is not a folder");
        }
        if (!Files.isWritable(existingAncestor)) {
            throw new DataFolderException(path, existingAncestor + " is not writable");
        }
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new DataFolderException(path, e.getMessage());
        }
        return path;
    }

    @Override
    public String toString() {
        return path.toString();
    }
}

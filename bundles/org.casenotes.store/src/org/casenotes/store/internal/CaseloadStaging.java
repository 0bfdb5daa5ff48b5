package org.casenotes.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadWriteException;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.PrivateFiles;

/**
 * A caseload being built (created or restored) in a hidden sibling directory, renamed to its location only when
 * complete, so an interrupted build never leaves a half-made caseload where the user looks. The staging folder is
 * private from the start (0700), so nothing the build writes is ever readable by others.
 */
public final class CaseloadStaging {

    private final Path location;
    private final CaseloadFolderLayout directory;

    private CaseloadStaging(Path location, Path staging) {
        this.location = location;
        this.directory = new CaseloadFolderLayout(staging);
    }

    /**
     * @param location where the caseload will go
     * @return a fresh, empty staging directory for it
     * @throws CaseloadStoreException if something is already at the location
     */
    public static CaseloadStaging forTarget(Path location) {
        CaseloadFolderLayout target = new CaseloadFolderLayout(location);
        if (!target.isFree()) {
            throw new CaseloadStoreException("Cannot put a caseload at " + target.location()
                    + ": something is already there.");
        }
        Path staging = target.location().resolveSibling("." + target.location().getFileName() + ".staging");
        deleteRecursively(staging);
        try {
            PrivateFiles.createDirectories(staging);
        } catch (IOException e) {
            Path parent = staging.getParent();
            if (parent != null && Files.exists(parent) && !Files.isWritable(parent)) {
                throw new CaseloadWriteException("Cannot put a caseload at " + target.location() + ": the folder "
                        + parent + " cannot be written (it is read-only, or not yours to change). Choose another"
                        + " folder.", e);
            }
            throw new CaseloadStoreException("Cannot create " + staging + ": " + e.getMessage(), e);
        }
        return new CaseloadStaging(target.location(), staging);
    }

    /** @return the staging directory, laid out as a caseload */
    public CaseloadFolderLayout directory() {
        return directory;
    }

    /** Renames the completed staging directory to the location (the database must be closed). */
    public void complete() {
        try {
            Files.deleteIfExists(location);
            PrivateFiles.createDirectories(location.getParent());
            Files.move(directory.location(), location, StandardCopyOption.ATOMIC_MOVE);
            CaseloadFolderLayout.syncDirectory(location.getParent());
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot move the caseload into " + location + ": " + e.getMessage(), e);
        }
    }

    /** Removes the staging directory after a failure. */
    public void abandon() {
        deleteRecursively(directory.location());
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot clear " + directory + ": " + e.getMessage(), e);
        }
    }
}

package org.casenotes.store.internal.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files the store writes are readable by their owner only (folders 0700, files 0600), whatever the
 * process's umask: the contents are encrypted, but the header's salt and key check would invite offline guessing by
 * other local users, and an unreadable folder also hides the engine's own files. Permissions are given at creation
 * where Java can ({@link #createDirectories}, {@link #createFile}) and set explicitly afterwards where another
 * writer (the database engine) created the file. On file systems without POSIX permissions nothing is changed.
 */
public final class PrivateFiles {

    /** Owner read, write, search. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    /** Owner read and write. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /**
     * Creates a folder and any missing parents; the folders created here are private (parents that already exist
     * keep their permissions: they are the user's).
     *
     * @param folder the folder
     * @return the folder
     * @throws IOException on failure
     */
    public static Path createDirectories(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            if (isPosix(parent)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
                restrict(absolute);
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
        return absolute;
    }

    /**
     * Creates an empty private file (it must not exist).
     *
     * @param file the file
     * @return the file
     * @throws IOException on failure, or if it exists
     */
    public static Path createFile(Path file) throws IOException {
        if (isPosix(file.toAbsolutePath().getParent())) {
            Files.createFile(file, privateFile());
            restrict(file);
        } else {
            Files.createFile(file);
        }
        return file;
    }

    /**
     * Opens a new private file for writing, replacing whatever was there.
     *
     * @param file the file
     * @return the stream
     * @throws IOException on failure
     */
    public static OutputStream newOutputStream(Path file) throws IOException {
        Files.deleteIfExists(file);
        createFile(file);
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Makes a folder and everything in it private (files 0600, folders 0700), for files another writer created.
     *
     * @param root a folder or a file
     * @throws IOException on failure
     */
    public static void restrictAll(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            restrict(path);
        }
    }

    /**
     * Makes one file or folder private.
     *
     * @param path the file or folder (symbolic links are left alone)
     * @throws IOException on failure
     */
    public static void restrict(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null || Files.isSymbolicLink(path)) {
            return;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE;
        if (!view.readAttributes().permissions().equals(wanted)) {
            view.setPermissions(wanted);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> privateFile() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }

    private static boolean isPosix(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null
                && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}

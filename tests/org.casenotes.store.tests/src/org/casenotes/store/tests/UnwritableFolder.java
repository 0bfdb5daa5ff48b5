package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes a folder and its files read-only for the test's own process, and writable again when closed. As an
 * ordinary user that is what permission bits do. Tests run as root in the project's containers, where permission
 * bits stop nothing, so as root the folder and its files are marked immutable ({@code chattr +i}), which stops root
 * too; where that is not possible (no {@code chattr}, a file system without the flag) the test is skipped, saying
 * why.
 */
final class UnwritableFolder implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path folder;
    private final Map<Path, Set<PosixFilePermission>> permissions = new TreeMap<>();
    private boolean immutable;

    private UnwritableFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * @param folder a folder of files (no subfolders)
     * @return the folder made read-only; close to make it writable again
     */
    static UnwritableFolder of(Path folder) {
        UnwritableFolder readOnly = new UnwritableFolder(folder);
        readOnly.lock();
        return readOnly;
    }

    private void lock() {
        List<Path> paths = paths();
        if (ROOT) {
            List<String> command = new ArrayList<>(List.of("chattr", "+i"));
            paths.forEach(path -> command.add(path.toString()));
            assumeTrue(run(command), "running as root, and chattr +i (which stops root) does not work here");
            immutable = true;
            assumeTrue(!Files.isWritable(folder), "chattr +i did not make " + folder + " read-only");
            return;
        }
        try {
            for (Path path : paths) {
                permissions.put(path, Files.getPosixFilePermissions(path));
                Files.setPosixFilePermissions(path, Files.isDirectory(path)
                        ? Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE)
                        : Set.of(PosixFilePermission.OWNER_READ));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> paths() {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> paths = new ArrayList<>(files.sorted().toList());
            paths.add(folder);
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the folder and its files writable again. */
    @Override
    public void close() {
        if (immutable) {
            List<String> command = new ArrayList<>(List.of("chattr", "-i"));
            paths().forEach(path -> command.add(path.toString()));
            if (!run(command)) {
                throw new IllegalStateException("chattr -i failed on " + folder);
            }
            immutable = false;
            return;
        }
        try {
            for (var entry : permissions.entrySet()) {
                Files.setPosixFilePermissions(entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        permissions.clear();
    }

    static boolean run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

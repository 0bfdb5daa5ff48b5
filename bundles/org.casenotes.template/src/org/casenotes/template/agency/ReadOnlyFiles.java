package org.casenotes.template.agency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Marks files read-only for everyone (POSIX permissions where the file system has them, else the DOS flag). */
final class ReadOnlyFiles {

    private static final Set<PosixFilePermission> READ_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private ReadOnlyFiles() {
    }

    static void makeReadOnly(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, READ_ONLY);
        } else if (!file.toFile().setWritable(false, false)) {
            throw new IOException("Cannot make " + file + " read-only");
        }
    }

    static void makeWritable(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(READ_ONLY);
            permissions.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(file, permissions);
        } else if (!file.toFile().setWritable(true, true)) {
            throw new IOException("Cannot make " + file + " writable");
        }
    }

    /** @return whether nobody may write {@code file} according to its permissions */
    static boolean isReadOnly(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        }
        return !file.toFile().canWrite();
    }
}

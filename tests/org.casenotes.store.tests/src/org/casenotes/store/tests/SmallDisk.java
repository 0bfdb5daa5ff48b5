package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A real, small disk for a test: a tmpfs of a few megabytes mounted on a folder, which the test fills up with a
 * ballast file to leave exactly the free space it wants. Mounting needs root with the right to mount (the project's
 * containers have it); elsewhere the test is skipped, saying why. Unmounted when closed.
 */
final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private final Path ballast;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.ballast = mountPoint.resolve("ballast");
    }

    /**
     * @param mountPoint an empty folder
     * @param megabytes  the disk's size
     * @return the disk, mounted
     */
    static SmallDisk mount(Path mountPoint, int megabytes) {
        assumeTrue(UnwritableFolder.run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs",
                mountPoint.toString())), "cannot mount a small tmpfs here (needs root with the right to mount)");
        return new SmallDisk(mountPoint);
    }

    /** @return the disk's root folder */
    Path root() {
        return mountPoint;
    }

    /** @return the disk's free space in bytes */
    long free() {
        return mountPoint.toFile().getUsableSpace();
    }

    /**
     * Grows the ballast file until the disk has {@code bytes} free (to the page).
     *
     * @param bytes the free space to leave
     */
    void leaveFree(long bytes) {
        try (FileChannel channel = FileChannel.open(ballast, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer page = ByteBuffer.allocate(4096);
            while (free() > bytes) {
                page.clear();
                page.limit((int) Math.min(page.capacity(), free() - bytes));
                channel.write(page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the ballast: the disk has room again. */
    void makeRoom() {
        try {
            Files.deleteIfExists(ballast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!UnwritableFolder.run(List.of("umount", mountPoint.toString()))) {
            throw new IllegalStateException("could not unmount the small disk at " + mountPoint);
        }
    }
}

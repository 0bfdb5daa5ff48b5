package org.casenotes.store.internal.layout;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadWriteException;
import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.NotACaseloadException;
import org.casenotes.store.internal.h2.EngineFailures;

/**
 * The on-disk layout of an embedded caseload: one directory holding {@value #HEADER_FILE} (plaintext header, no
 * client data) and the encrypted database file {@value #DATABASE_FILE}. The engine writes nothing else there (its
 * trace file is switched off; its temporary files go to the system temporary directory, encrypted). The folder is
 * 0700 and its files 0600 ({@link PrivateFiles}).
 */
public final class CaseloadFolderLayout {

    /** The header file's name. */
    public static final String HEADER_FILE = "caseload.header";
    /** The database file's name (the engine adds the {@code .mv.db} suffix to {@link #DATABASE_BASE}). */
    public static final String DATABASE_FILE = "caseload.mv.db";
    private static final String DATABASE_BASE = "caseload";
    /**
     * The free space a save needs on the caseload's disk before it starts. The engine cannot be trusted with another
     * statement once a write of its file has failed (it may never return), so a save that would find the disk full
     * is better refused before it begins: the store then stays open and the clinician saves again after freeing
     * space. A save of a client or a note needs a few kilobytes; the rest is room for the engine's own upkeep.
     */
    public static final long SAVE_RESERVE_BYTES = 4L << 20;
    /**
     * The free space the small writes that are not saves need (the audit entries of reads, autosaved drafts): less
     * than a save, so that a clinician can still open records, and back the caseload up to another disk, when the
     * disk is nearly full.
     */
    public static final long QUIET_WRITE_RESERVE_BYTES = 1L << 20;

    private final Path location;

    public CaseloadFolderLayout(Path location) {
        this.location = location.toAbsolutePath().normalize();
    }

    /** @return the caseload directory */
    public Path location() {
        return location;
    }

    /** @return the encrypted database file */
    public Path databaseFile() {
        return location.resolve(DATABASE_FILE);
    }

    /** @return the path the engine is given (database file without suffix) */
    public Path databaseBase() {
        return location.resolve(DATABASE_BASE);
    }

    /**
     * Reads and checks the header of an existing caseload.
     *
     * @return the header
     * @throws NotACaseloadException if the location is missing, is a plain file, or has no caseload header
     * @throws CorruptCaseloadException if the header or the database file is damaged or missing
     */
    public CaseloadHeader readHeader() {
        if (!Files.exists(location)) {
            throw new NotACaseloadException("There is no caseload at " + location + ".");
        }
        if (!Files.isDirectory(location)) {
            throw new NotACaseloadException(location + " is a file, not a caseload folder.");
        }
        Path header = location.resolve(HEADER_FILE);
        if (!Files.isRegularFile(header)) {
            throw new NotACaseloadException(location + " is not a caseload folder (no " + HEADER_FILE + ").");
        }
        CaseloadHeader parsed;
        try {
            parsed = CaseloadHeader.decode(Files.readAllBytes(header));
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot read the caseload header: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(databaseFile())) {
            throw new CorruptCaseloadException("The caseload at " + location + " has lost its database file.");
        }
        return parsed;
    }

    /**
     * Refuses to open a caseload for work whose folder or files cannot be written: the engine would otherwise open it
     * read-only without saying so, and the first save would fail. Checked with the operating system's own test
     * ({@code access}), which knows read-only disks, files marked immutable and missing permissions.
     *
     * @throws CaseloadWriteException if the folder, its header or its database file cannot be written
     */
    public void requireWritable() {
        for (Path path : new Path[] {location, location.resolve(HEADER_FILE), databaseFile()}) {
            if (!Files.isWritable(path)) {
                throw new CaseloadWriteException("Cannot open the caseload at " + location + " for work: "
                        + EngineFailures.NOT_WRITABLE + ". Nothing in it was changed. Copy the folder to a place you"
                        + " can write to and open it there, or have it made writable.", null);
            }
        }
    }

    /**
     * Refuses a write that could find the caseload's disk full (see {@link #SAVE_RESERVE_BYTES}).
     *
     * @param doing   what is refused, as a phrase ("save the change to the caseload")
     * @param reserve the free space the write needs, {@link #SAVE_RESERVE_BYTES} or
     *                {@link #QUIET_WRITE_RESERVE_BYTES}
     * @throws CaseloadWriteException if the disk has less free space than that
     */
    public void requireRoom(String doing, long reserve) {
        long free = location.toFile().getUsableSpace();
        if (free < reserve) {
            throw new CaseloadWriteException("Cannot " + doing + ": the disk holding the caseload is full ("
                    + megabytes(free) + " free; Casenotes needs " + megabytes(reserve) + " so that no save is cut off"
                    + " midway)." + EngineFailures.NOTHING_LOST + " Free some space on that disk and try again.", null);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** @return true if nothing is at the location yet or it is an empty directory */
    public boolean isFree() {
        if (!Files.exists(location)) {
            return true;
        }
        if (!Files.isDirectory(location)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(location)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Creates the directory and writes the header durably (temporary file, fsync, atomic rename, fsync of the
     * directory), so a crash leaves either no header or a complete one.
     *
     * @param header the header to write
     */
    public void writeHeader(CaseloadHeader header) {
        try {
            PrivateFiles.createDirectories(location);
            Path temporary = location.resolve(HEADER_FILE + ".tmp");
            Files.deleteIfExists(temporary);
            PrivateFiles.createFile(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(header.encode()));
                channel.force(true);
            }
            Files.move(temporary, location.resolve(HEADER_FILE), StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(location);
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot write the caseload header: " + e.getMessage(), e);
        }
    }

    /**
     * Overwrites one of the header's two anchor places in place (see {@link AnchorSlots}). The header on disk must
     * already be in the current format.
     *
     * @param index  0 or 1
     * @param anchor the anchor to put there
     * @param force  true to force it to disk before returning (an fdatasync); false to leave that to the operating
     *               system, which writes it within seconds and keeps it across a crash of the process (not of the
     *               machine)
     */
    public void writeAnchor(int index, AuditAnchor anchor, boolean force) {
        try (FileChannel channel = FileChannel.open(location.resolve(HEADER_FILE), StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(CaseloadHeader.encodeSlot(anchor));
            long position = CaseloadHeader.slotOffset(index);
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
            if (force) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot record the audit trail's end in the caseload header: "
                    + e.getMessage(), e);
        }
    }

    /** Forces the header file's content to disk (after anchor moves that were not forced). */
    public void forceHeader() {
        try (FileChannel channel = FileChannel.open(location.resolve(HEADER_FILE), StandardOpenOption.WRITE)) {
            channel.force(false);
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot record the audit trail's end in the caseload header: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Makes the caseload folder and every file in it private (see {@link PrivateFiles}), for caseloads written
     * before the store did so and for the files the database engine creates itself.
     */
    public void restrictPermissions() {
        try {
            PrivateFiles.restrictAll(location);
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot make the caseload at " + location + " private to its owner: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Forces a directory's entries (renames, new files) to disk where the platform allows it.
     *
     * @param directory the directory
     */
    public static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; their rename is durable on its own.
        }
    }
}

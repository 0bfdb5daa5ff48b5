package org.casenotes.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file an export writes, written first to a temporary file beside it and moved into place only when complete: a
 * failure half-way (a full disk, a cancelled export, an exporter's bug) leaves no partial file, and an existing file
 * is replaced only by a whole one. Call {@link #commit()} when the content is complete and {@link #close()} always.
 */
public final class ExportFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private OutputStream out;
    private boolean committed;

    private ExportFile(Path target, Path temporary, OutputStream out) {
        this.target = target;
        this.temporary = temporary;
        this.out = out;
    }

    /**
     * @param target the file to write
     * @return a file open for writing
     * @throws ExportFailedException if its folder does not exist or cannot be written
     */
    public static ExportFile create(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportFailedException("Cannot write " + target + ": the folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(absolute)) {
            throw new ExportFailedException("Cannot write " + target + ": it is a folder.");
        }
        try {
            Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            return new ExportFile(absolute, temporary, new BufferedOutputStream(Files.newOutputStream(temporary)));
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** @return the stream to write the content to */
    public OutputStream stream() {
        return out;
    }

    /** @return the file this writes */
    public Path target() {
        return target;
    }

    /** Closes the content and moves it into place. */
    public void commit() {
        try {
            out.close();
            out = null;
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Removes the temporary file unless the content was committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // the content is being thrown away
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more can be done; the file is named .part and hidden
        }
    }

    /**
     * @param target the file being written
     * @param e      why writing failed
     * @return the failure in words for the user
     */
    public static ExportFailedException failure(Path target, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "the folder does not exist";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            why = fs.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new ExportFailedException("Cannot write " + target + ": " + why + ". Nothing was exported.", e);
    }
}

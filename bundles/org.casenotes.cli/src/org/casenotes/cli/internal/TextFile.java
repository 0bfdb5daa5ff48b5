package org.casenotes.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The text of a file named on the command line, read only if it is a text file: its type is checked before it is
 * opened (a device or a named pipe is refused, so a pipe without a writer cannot hang the command), at most a limit
 * of bytes is read (memory stays bounded whatever the file), and a NUL byte in its first block marks a binary. Bytes
 * that are not UTF-8 are read as U+FFFD, and where the first one was is kept for a message.
 *
 * @param text             the file's text
 * @param undecodableBytes how many bytes were not UTF-8
 * @param firstUndecodable where the first of them is in {@code text}, or null when there is none
 */
record TextFile(String text, int undecodableBytes, TextPosition firstUndecodable) {

    /** Bytes looked at for a NUL, as {@code grep} and {@code git} do to tell a binary. */
    private static final int FIRST_BLOCK = 8192;

    private static final long MEGABYTE = 1 << 20;

    /** File type bits of {@code st_mode}; Linux and other Unix systems share them. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    /**
     * @param limitBytes the largest file read
     * @throws InputRefusedException when the file is missing, unreadable, not a regular file, larger than the limit
     *                               or binary, with the reason in words
     */
    static TextFile read(Path file, long limitBytes) throws InputRefusedException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new InputRefusedException(reasonOf(e));
        }
        if (attributes.isDirectory()) {
            throw new InputRefusedException("it is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new InputRefusedException(kindOf(file));
        }
        if (attributes.size() > limitBytes) {
            throw new InputRefusedException("it is " + megabytes(attributes.size()) + ", above the limit of "
                    + megabytes(limitBytes) + " per file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limitBytes + 1));
        } catch (IOException e) {
            throw new InputRefusedException(reasonOf(e));
        }
        if (bytes.length > limitBytes) {
            throw new InputRefusedException("it is larger than the limit of " + megabytes(limitBytes) + " per file");
        }
        for (int i = 0; i < Math.min(bytes.length, FIRST_BLOCK); i++) {
            if (bytes[i] == 0) {
                throw new InputRefusedException("it is a binary file, not text");
            }
        }
        return decode(bytes);
    }

    private static TextFile decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more characters than bytes
        int undecodable = 0;
        int firstOffset = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (firstOffset < 0) {
                firstOffset = out.position();
            }
            undecodable += result.length();
            out.put('\uFFFD');
            in.position(in.position() + result.length());
        }
        String text = out.flip().toString();
        return new TextFile(text, undecodable, firstOffset < 0 ? null : new LineIndex(text).position(firstOffset));
    }

    /** @return what a file that is neither a folder nor a regular file is, as a reason not to read it */
    private static String kindOf(Path file) {
        int type;
        try {
            type = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            type = 0;
        }
        return switch (type) {
            case FIFO -> "it is a named pipe (FIFO), not a text file";
            case CHARACTER_DEVICE, BLOCK_DEVICE -> "it is a device, not a text file";
            case SOCKET -> "it is a socket, not a text file";
            default -> "it is not a regular file";
        };
    }

    /** @return why a file could not be read, in words: "no such file", "permission denied", ... */
    static String reasonOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String megabytes(long bytes) {
        return bytes >= 10 * MEGABYTE || bytes % MEGABYTE == 0 ? bytes / MEGABYTE + " MB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MEGABYTE);
    }
}

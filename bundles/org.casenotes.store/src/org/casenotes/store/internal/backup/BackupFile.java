package org.casenotes.store.internal.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.NotACaseloadException;
import org.casenotes.store.UnsupportedFormatException;
import org.casenotes.store.internal.layout.PrivateFiles;

/**
 * The single-file backup of a caseload. The database bytes are the engine's encrypted file as is, so the backup is
 * encrypted under the caseload's passphrase and nothing is ever decrypted to make it. It carries the caseload header,
 * and with it the audit anchor, so a restored log is checked against the end it had when backed up. Written 0600.
 *
 * <pre>
 * "CASENOTES-BACKUP" (16 bytes) | backup format (int) | header length (int) | caseload header
 * | encrypted database bytes ... | SHA-256 of everything before (32 bytes)
 * </pre>
 */
public final class BackupFile {

    /** The backup format this code writes and the newest it reads. */
    public static final int CURRENT_FORMAT = 1;
    private static final byte[] MAGIC = "CASENOTES-BACKUP".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST_LENGTH = 32;
    private static final int MAX_HEADER_LENGTH = 4096;

    private BackupFile() {
    }

    /**
     * Writes a backup durably (temporary file, fsync, atomic rename).
     *
     * @param target   the backup file to write (replaced if present)
     * @param header   the caseload header bytes
     * @param database the encrypted database bytes
     */
    public static void write(Path target, byte[] header, InputStream database) {
        Path temporary = target.resolveSibling(target.getFileName() + ".partial");
        MessageDigest sha256 = sha256();
        try {
            try (OutputStream file = PrivateFiles.newOutputStream(temporary);
                    DataOutputStream out = new DataOutputStream(
                            new DigestOutputStream(new BufferedOutputStream(file), sha256))) {
                out.write(MAGIC);
                out.writeInt(CURRENT_FORMAT);
                out.writeInt(header.length);
                out.write(header);
                database.transferTo(out);
                out.flush();
                file.write(sha256.digest());
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks a backup's magic, format and checksum, then unpacks it.
     *
     * @param backup       the backup file
     * @param databaseFile where to write the encrypted database bytes
     * @return the caseload header bytes found in it
     * @throws NotACaseloadException      if it is not a Casenotes backup
     * @throws UnsupportedFormatException if it is from a newer version
     * @throws CorruptCaseloadException   if it is truncated or altered
     */
    public static byte[] unpack(Path backup, Path databaseFile) {
        try {
            long size = Files.size(backup);
            MessageDigest sha256 = sha256();
            try (InputStream file = new BufferedInputStream(Files.newInputStream(backup));
                    DataInputStream in = new DataInputStream(new DigestInputStream(file, sha256))) {
                byte[] magic = new byte[MAGIC.length];
                if (size < MAGIC.length || in.read(magic) != MAGIC.length || !Arrays.equals(magic, MAGIC)) {
                    throw new NotACaseloadException(backup + " is not a Casenotes backup.");
                }
                int format = in.readInt();
                if (format > CURRENT_FORMAT) {
                    throw new UnsupportedFormatException(format, CURRENT_FORMAT);
                }
                int headerLength = in.readInt();
                long databaseLength = size - MAGIC.length - 8L - headerLength - DIGEST_LENGTH;
                if (headerLength < 0 || headerLength > MAX_HEADER_LENGTH || databaseLength < 0) {
                    throw new CorruptCaseloadException("The backup " + backup + " is truncated or damaged.");
                }
                byte[] header = in.readNBytes(headerLength);
                try (OutputStream out = PrivateFiles.newOutputStream(databaseFile)) {
                    copy(in, out, databaseLength);
                }
                byte[] expected = sha256.digest();
                byte[] recorded = file.readNBytes(DIGEST_LENGTH);
                if (!MessageDigest.isEqual(expected, recorded)) {
                    throw new CorruptCaseloadException("The backup " + backup
                            + " is damaged (checksum mismatch); it cannot be restored.");
                }
                return header;
            }
        } catch (EOFException e) {
            throw new CorruptCaseloadException("The backup " + backup + " is truncated.", e);
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot read the backup " + backup + ": " + e.getMessage(), e);
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException();
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

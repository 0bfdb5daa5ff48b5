package org.casenotes.store.internal.layout;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.NotACaseloadException;
import org.casenotes.store.UnsupportedFormatException;

/**
 * The caseload's small plaintext header: magic, store format version, key-derivation parameters and the key check.
 * It holds no client data. Reading it first lets the store refuse foreign files, newer formats and wrong
 * passphrases before the database engine touches anything.
 *
 * <pre>
 * offset size
 *   0     16  magic "CASENOTES-STORE\n"
 *  16      4  format version (big-endian int)
 *  20      4  PBKDF2 iterations
 *  24     16  salt
 *  40     32  key check (HMAC of a label under the derived key)
 *  72      4  CRC-32 of bytes 0..71
 * </pre>
 * A newer format may append fields after the CRC; the version check comes before the CRC check so that such a
 * header is reported as "newer", not "corrupt".
 *
 * @param formatVersion the store format version
 * @param iterations    the PBKDF2 iteration count
 * @param salt          the key-derivation salt
 * @param keyCheck      the key-check value
 */
public record CaseloadHeader(int formatVersion, int iterations, byte[] salt, byte[] keyCheck) {

    /** The store format this code writes and the newest it reads. */
    public static final int CURRENT_FORMAT = 1;
    static final byte[] MAGIC = "CASENOTES-STORE\n".getBytes(StandardCharsets.US_ASCII);
    static final int SALT_LENGTH = 16;
    static final int KEY_CHECK_LENGTH = 32;
    static final int LENGTH = MAGIC.length + 4 + 4 + SALT_LENGTH + KEY_CHECK_LENGTH + 4;

    public CaseloadHeader {
        salt = salt.clone();
        keyCheck = keyCheck.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] keyCheck() {
        return keyCheck.clone();
    }

    /** @return the header's bytes */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(LENGTH);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(formatVersion);
            out.writeInt(iterations);
            out.write(salt);
            out.write(keyCheck);
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new IllegalStateException("in-memory stream", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Parses a header, checking in order: magic, version, length, CRC.
     *
     * @param bytes the header file's content
     * @return the header
     * @throws NotACaseloadException       if the magic is missing
     * @throws UnsupportedFormatException  if the version is newer than {@link #CURRENT_FORMAT}
     * @throws CorruptCaseloadException    if the header is truncated or its checksum fails
     */
    public static CaseloadHeader decode(byte[] bytes) {
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new NotACaseloadException("This is not a Casenotes caseload (no caseload header found).");
        }
        if (bytes.length < MAGIC.length + 4) {
            throw new CorruptCaseloadException("The caseload header is truncated.");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(MAGIC.length);
        int version = in.getInt();
        if (version > CURRENT_FORMAT) {
            throw new UnsupportedFormatException(version, CURRENT_FORMAT);
        }
        if (version < 1 || bytes.length != LENGTH) {
            throw new CorruptCaseloadException("The caseload header is damaged (unexpected length or version).");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, LENGTH - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, LENGTH - 4, 4).getInt()) {
            throw new CorruptCaseloadException("The caseload header is damaged (checksum mismatch).");
        }
        int iterations = in.getInt();
        byte[] salt = new byte[SALT_LENGTH];
        in.get(salt);
        byte[] keyCheck = new byte[KEY_CHECK_LENGTH];
        in.get(keyCheck);
        return new CaseloadHeader(version, iterations, salt, keyCheck);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseloadHeader h && h.formatVersion == formatVersion && h.iterations == iterations
                && Arrays.equals(h.salt, salt) && Arrays.equals(h.keyCheck, keyCheck);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(salt) + formatVersion;
    }

    @Override
    public String toString() {
        return "CaseloadHeader[format " + formatVersion + ", " + iterations + " iterations]";
    }
}

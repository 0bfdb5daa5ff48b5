package org.casenotes.store.internal.layout;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.CRC32;

import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.NotACaseloadException;
import org.casenotes.store.UnsupportedFormatException;

/**
 * The caseload's small plaintext header: magic, store format version, key-derivation parameters, the key check and
 * the {@link AuditAnchor audit anchor}. It holds no client data. Reading it first lets the store refuse foreign
 * files, newer formats and wrong passphrases before the database engine touches anything.
 *
 * <pre>
 * offset size
 *   0     16  magic "CASENOTES-STORE\n"
 *  16      4  format version (big-endian int)
 *  20      4  PBKDF2 iterations
 *  24     16  salt
 *  40     32  key check (HMAC of a label under the derived key)
 *  72      4  CRC-32 of bytes 0..71
 *  76     72  audit anchor, first place: sequence (8), entry hash (32), MAC (32)     (format 2 and later)
 * 148     72  audit anchor, second place                                              (format 2 and later)
 * </pre>
 * The anchor places are not covered by the CRC: each is authenticated by its own MAC, and each is rewritten in place
 * (see {@link AnchorSlots}) while the fixed part never changes after creation.
 * </pre>
 * A newer format may append fields after the CRC; the version check comes before the CRC check so that such a
 * header is reported as "newer", not "corrupt". Format 1 headers (the fixed part alone) are read with no anchor and
 * rewritten whole as format 2 the first time an anchor is written.
 *
 * @param formatVersion the store format version
 * @param iterations    the PBKDF2 iteration count
 * @param salt          the key-derivation salt
 * @param keyCheck      the key-check value
 * @param anchors       the audit anchor's two places
 */
public record CaseloadHeader(int formatVersion, int iterations, byte[] salt, byte[] keyCheck, AnchorSlots anchors) {

    /** The store format this code writes and the newest it reads. */
    public static final int CURRENT_FORMAT = 2;
    static final byte[] MAGIC = "CASENOTES-STORE\n".getBytes(StandardCharsets.US_ASCII);
    static final int SALT_LENGTH = 16;
    static final int KEY_CHECK_LENGTH = 32;
    static final int FIXED_LENGTH = MAGIC.length + 4 + 4 + SALT_LENGTH + KEY_CHECK_LENGTH + 4;
    static final int HASH_LENGTH = 32;
    static final int MAC_LENGTH = 32;
    /** The length of one anchor place. */
    public static final int SLOT_LENGTH = 8 + HASH_LENGTH + MAC_LENGTH;
    static final int LENGTH = FIXED_LENGTH + 2 * SLOT_LENGTH;

    public CaseloadHeader {
        salt = salt.clone();
        keyCheck = keyCheck.clone();
        Objects.requireNonNull(anchors, "anchors");
    }

    /** A header of a new caseload, anchoring nothing yet. */
    public CaseloadHeader(int formatVersion, int iterations, byte[] salt, byte[] keyCheck) {
        this(formatVersion, iterations, salt, keyCheck, AnchorSlots.NONE);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] keyCheck() {
        return keyCheck.clone();
    }

    /**
     * @param newAnchors the anchor places to keep
     * @return this header in the current format with those places
     */
    public CaseloadHeader withAnchors(AnchorSlots newAnchors) {
        return new CaseloadHeader(CURRENT_FORMAT, iterations, salt, keyCheck, newAnchors);
    }

    /**
     * @param index 0 or 1
     * @return where that anchor place starts in the header file
     */
    public static int slotOffset(int index) {
        return FIXED_LENGTH + index * SLOT_LENGTH;
    }

    /**
     * @param anchor an anchor
     * @return its bytes as kept in an anchor place
     */
    public static byte[] encodeSlot(AuditAnchor anchor) {
        return ByteBuffer.allocate(SLOT_LENGTH).putLong(anchor.sequence()).put(HexFormat.of().parseHex(anchor.hash()))
                .put(Arrays.copyOf(anchor.mac(), MAC_LENGTH)).array();
    }

    private static AuditAnchor decodeSlot(ByteBuffer in) {
        long sequence = in.getLong();
        byte[] hash = new byte[HASH_LENGTH];
        in.get(hash);
        byte[] mac = new byte[MAC_LENGTH];
        in.get(mac);
        return sequence > 0 ? new AuditAnchor(sequence, HexFormat.of().formatHex(hash), mac) : AuditAnchor.NONE;
    }

    /** @return the header's bytes, always in the {@link #CURRENT_FORMAT current format} */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(LENGTH);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(CURRENT_FORMAT);
            out.writeInt(iterations);
            out.write(salt);
            out.write(keyCheck);
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
            out.write(encodeSlot(anchors.first()));
            out.write(encodeSlot(anchors.second()));
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
        int length = version == 1 ? FIXED_LENGTH : LENGTH;
        if (version < 1 || bytes.length != length) {
            throw new CorruptCaseloadException("The caseload header is damaged (unexpected length or version).");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, FIXED_LENGTH - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, FIXED_LENGTH - 4, 4).getInt()) {
            throw new CorruptCaseloadException("The caseload header is damaged (checksum mismatch).");
        }
        int iterations = in.getInt();
        byte[] salt = new byte[SALT_LENGTH];
        in.get(salt);
        byte[] keyCheck = new byte[KEY_CHECK_LENGTH];
        in.get(keyCheck);
        AnchorSlots anchors = AnchorSlots.NONE;
        if (version >= 2) {
            in.position(FIXED_LENGTH);
            anchors = new AnchorSlots(decodeSlot(in), decodeSlot(in));
        }
        return new CaseloadHeader(version, iterations, salt, keyCheck, anchors);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseloadHeader h && h.formatVersion == formatVersion && h.iterations == iterations
                && Arrays.equals(h.salt, salt) && Arrays.equals(h.keyCheck, keyCheck) && h.anchors.equals(anchors);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(salt) + formatVersion;
    }

    @Override
    public String toString() {
        return "CaseloadHeader[format " + formatVersion + ", " + iterations + " iterations, " + anchors + "]";
    }
}

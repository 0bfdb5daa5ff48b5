package org.casenotes.store.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.casenotes.store.internal.layout.AuditAnchor;

/**
 * Authenticates the {@link AuditAnchor} kept in the plaintext header with HMAC-SHA256 under a sub-key of the
 * caseload key: someone who can write the files but does not know the passphrase cannot move the anchor to match a
 * log they shortened (they cannot shorten the encrypted log either; the seal matters for those who can, see
 * {@code AuditAnchorCheck}).
 */
public final class AnchorSeal implements AutoCloseable {

    private final byte[] key;

    private AnchorSeal(byte[] key) {
        this.key = key;
    }

    /**
     * @param caseloadKey the unlocked caseload's key (still owned by the caller)
     * @return the seal
     */
    public static AnchorSeal of(CaseloadKey caseloadKey) {
        return new AnchorSeal(caseloadKey.anchorKey());
    }

    /**
     * @param sequence the last audit entry's sequence number
     * @param hash     its hash (hex)
     * @return the anchor, sealed
     */
    public AuditAnchor seal(long sequence, String hash) {
        return new AuditAnchor(sequence, hash, mac(sequence, hash));
    }

    /**
     * @param anchor an anchor read from the header
     * @return true if this caseload's key sealed it (constant-time comparison)
     */
    public boolean isAuthentic(AuditAnchor anchor) {
        return MessageDigest.isEqual(mac(anchor.sequence(), anchor.hash()), anchor.mac());
    }

    private byte[] mac(long sequence, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(ByteBuffer.allocate(8).putLong(sequence).array());
            return mac.doFinal(hash.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Wipes the key from memory. */
    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }
}

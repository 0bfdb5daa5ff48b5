package org.casenotes.store.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets derived from the user's passphrase: PBKDF2-HMAC-SHA256 with a per-caseload salt gives a master key, and
 * HMAC-SHA256 of the master key over fixed labels gives independent sub-keys for the database file cipher, the
 * database user, the key-check value kept in the header and the seal of the audit anchor. The passphrase itself is never stored or kept.
 */
public final class CaseloadKey implements AutoCloseable {

    private static final int MASTER_KEY_BITS = 256;

    private final byte[] master;

    private CaseloadKey(byte[] master) {
        this.master = master;
    }

    /**
     * Derives the key. The caller keeps ownership of {@code passphrase} and should wipe it.
     *
     * @param passphrase the user's passphrase
     * @param salt       the caseload's random salt
     * @param iterations PBKDF2 iteration count (from the header)
     * @return the derived key
     */
    public static CaseloadKey derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, MASTER_KEY_BITS);
        try {
            return new CaseloadKey(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** @return the value stored in the header that proves a passphrase right without opening the database */
    public byte[] keyCheck() {
        return subKey("casenotes key check v1");
    }

    /** @return true if {@code storedKeyCheck} was made with this key (constant-time comparison) */
    public boolean matches(byte[] storedKeyCheck) {
        return MessageDigest.isEqual(keyCheck(), storedKeyCheck);
    }

    /** @return the database file password (hex, high entropy; the engine's own key stretching is then moot) */
    public char[] fileCipherPassword() {
        return HexFormat.of().formatHex(subKey("casenotes h2 file cipher v1")).toCharArray();
    }

    /** @return the database user password */
    public char[] databaseUserPassword() {
        return HexFormat.of().formatHex(subKey("casenotes h2 user v1")).toCharArray();
    }

    /** @return the key that authenticates the audit anchor kept in the header (see {@link AnchorSeal}) */
    byte[] anchorKey() {
        return subKey("casenotes audit anchor v1");
    }

    /**
     * @return the AES-256 key of drafts an agency server's workbench keeps on the computer while the server cannot
     *         be reached (derived from the account's password, see {@code org.casenotes.store.server.KeptDrafts})
     */
    public byte[] keptDraftKey() {
        return subKey("casenotes kept draft v1");
    }

    private byte[] subKey(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Wipes the master key from memory. */
    @Override
    public void close() {
        Arrays.fill(master, (byte) 0);
    }
}

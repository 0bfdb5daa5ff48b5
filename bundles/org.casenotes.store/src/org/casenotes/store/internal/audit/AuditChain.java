package org.casenotes.store.internal.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.casenotes.store.AuditEntry;

/**
 * The hash that links an audit entry to its predecessor: SHA-256 over, in order, the sequence number (8 bytes,
 * big-endian), the time in epoch milliseconds (8 bytes), then actor, action name, kind name, object id, detail,
 * content digest ({@code ""} if none) and previous hash, each as a 4-byte big-endian length followed by its UTF-8
 * bytes. Length prefixes make the encoding unambiguous (no two field lists encode alike).
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * @param entry an entry (its own {@code hash} is ignored)
     * @return the hash the entry should carry
     */
    public static String hashOf(AuditEntry entry) {
        MessageDigest sha256 = sha256();
        sha256.update(ByteBuffer.allocate(16).putLong(entry.sequence()).putLong(entry.at().toEpochMilli()).array());
        for (String field : new String[] {entry.actor(), entry.action().name(), entry.kind().name(),
            entry.objectId(), entry.detail(), entry.contentDigest() == null ? "" : entry.contentDigest(),
            entry.previousHash()}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha256.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * @param content stored bytes
     * @return their hex SHA-256, as kept in {@link AuditEntry#contentDigest()}
     */
    public static String digestOf(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

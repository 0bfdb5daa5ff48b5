package org.casenotes.store.internal.layout;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The end of the audit log as last recorded outside the log: the sequence number and hash of the newest entry the
 * header vouches for, with a MAC under the caseload key. Kept in the {@link CaseloadHeader} (and so in every
 * backup), it lets verification notice entries cut from the end of the log, which the hash chain alone cannot.
 *
 * @param sequence the anchored entry's sequence number ({@code 0}: nothing anchored yet, as in headers written
 *                 before anchoring existed)
 * @param hash     the anchored entry's hash (hex, 64 characters)
 * @param mac      HMAC-SHA256 of sequence and hash under the caseload's anchor key (empty when nothing is anchored)
 */
public record AuditAnchor(long sequence, String hash, byte[] mac) {

    /** No anchor: a header from before anchoring existed. */
    public static final AuditAnchor NONE = new AuditAnchor(0, "0".repeat(64), new byte[0]);

    public AuditAnchor {
        Objects.requireNonNull(hash, "hash");
        HexFormat.of().parseHex(hash);
        mac = mac.clone();
    }

    /** @return true if the header anchors an entry */
    public boolean isPresent() {
        return sequence > 0;
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditAnchor a && a.sequence == sequence && a.hash.equals(hash)
                && Arrays.equals(a.mac, mac);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + hash.hashCode();
    }

    @Override
    public String toString() {
        return "AuditAnchor[#" + sequence + "]";
    }
}

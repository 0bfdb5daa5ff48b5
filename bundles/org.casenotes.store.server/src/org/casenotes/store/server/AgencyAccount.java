package org.casenotes.store.server;

import java.util.Objects;
import java.util.Optional;

/**
 * An account of an agency server as its own session reads it: the user id every note and audit entry names, the role
 * the server enforces, the supervisor who reviews and co-signs its notes, and the name and credentials its
 * signatures carry (the server's record of who signs, the same on every workbench).
 *
 * @param userId       the login
 * @param role         its role
 * @param supervisorId its supervisor's user id; null if none is assigned
 * @param displayName  the name on its signatures (the user id when the agency gave none)
 * @param credentials  the credentials on its signatures, e.g. LCSW; blank if none are recorded
 */
public record AgencyAccount(String userId, Role role, String supervisorId, String displayName, String credentials) {

    public AgencyAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? userId : displayName.strip();
        credentials = credentials == null ? "" : credentials.strip();
    }

    /**
     * An account whose name on signatures is its user id, without credentials.
     *
     * @param userId       the login
     * @param role         its role
     * @param supervisorId its supervisor's user id, or null
     */
    public AgencyAccount(String userId, Role role, String supervisorId) {
        this(userId, role, supervisorId, userId, "");
    }

    /** @return the supervisor's user id, if one is assigned */
    public Optional<String> supervisor() {
        return Optional.ofNullable(supervisorId);
    }
}

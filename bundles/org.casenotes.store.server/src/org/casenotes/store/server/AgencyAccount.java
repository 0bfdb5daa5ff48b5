package org.casenotes.store.server;

import java.util.Objects;
import java.util.Optional;

/**
 * An account of an agency server as its own session reads it: the user id every note and audit entry names, the role
 * the server enforces, and the supervisor who reviews and co-signs its notes.
 *
 * @param userId       the login
 * @param role         its role
 * @param supervisorId its supervisor's user id; null if none is assigned
 */
public record AgencyAccount(String userId, Role role, String supervisorId) {

    public AgencyAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    /** @return the supervisor's user id, if one is assigned */
    public Optional<String> supervisor() {
        return Optional.ofNullable(supervisorId);
    }
}

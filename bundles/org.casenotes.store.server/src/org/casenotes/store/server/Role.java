package org.casenotes.store.server;

/**
 * What an account of an agency server may do, enforced by the server's row-level security, not by the workbench.
 * Each is a PostgreSQL group role its logins belong to.
 */
public enum Role {

    /** Their own clients and the clients assigned to them, with those clients' notes. */
    CLINICIAN("casenotes_clinician"),

    /** As a clinician, plus the clients and notes of the clinicians they supervise. */
    SUPERVISOR("casenotes_supervisor"),

    /** Accounts, client assignments and agency settings; never a client's record or notes. */
    ADMINISTRATOR("casenotes_administrator");

    private final String groupRole;

    Role(String groupRole) {
        this.groupRole = groupRole;
    }

    /** @return the PostgreSQL group role */
    public String groupRole() {
        return groupRole;
    }

    /** @return the role as the {@code account} table records it */
    public String recorded() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.casenotes.ui.caseload;

import java.util.Objects;

/**
 * An agency server this workbench has opened: its address and the account used, never the password.
 *
 * @param url    the server's JDBC URL
 * @param userId the account's user id
 */
public record KnownAgencyServer(String url, String userId) {

    public KnownAgencyServer {
        url = clean(Objects.requireNonNull(url, "url"));
        userId = clean(Objects.requireNonNull(userId, "userId"));
    }

    /** @return what the session is called where it shows, e.g. "jrivera on jdbc:postgresql://db.agency/casenotes" */
    public String name() {
        return userId + " on " + url;
    }

    /** Tabs and line breaks separate the remembered entries, so they cannot be part of a value. */
    private static String clean(String value) {
        return value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}

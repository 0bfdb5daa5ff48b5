package org.casenotes.store.internal.records;

/**
 * A client as stored: the queried columns and the serialized record.
 *
 * @param id          client id
 * @param displayName name shown in lists
 * @param sortName    name lists are sorted by (family name first, lower case)
 * @param searchText  lower-case text searched by {@code searchClients} (names, id)
 * @param status      status literal
 * @param content     the serialized client
 */
public record ClientRow(String id, String displayName, String sortName, String searchText, String status,
        byte[] content) {
}

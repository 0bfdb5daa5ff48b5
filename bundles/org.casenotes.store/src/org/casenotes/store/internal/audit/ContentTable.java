package org.casenotes.store.internal.audit;

import org.casenotes.store.RecordKind;

/**
 * A table whose rows' {@code content} the audit log seals: each write records the SHA-256 of the content in its
 * audit entry, and verification compares the stored content with the latest recorded digest.
 *
 * @param kind         the kind of record in the table (the audit entries' kind)
 * @param table        the table (or view) name; it has columns {@code id} and {@code content}, or {@code id} and
 *                     {@code digest} when {@code digestStored}
 * @param digestStored true if the table offers the content's SHA-256 (hex) instead of the content, as an agency
 *                     server's views do, so that verification needs no right to read the records themselves
 */
public record ContentTable(RecordKind kind, String table, boolean digestStored) {

    /**
     * A table with the content itself.
     *
     * @param kind  the kind of record
     * @param table the table name
     */
    public ContentTable(RecordKind kind, String table) {
        this(kind, table, false);
    }
}

package org.casenotes.store.internal.audit;

import org.casenotes.store.RecordKind;

/**
 * A table whose rows' {@code content} the audit log seals: each write records the SHA-256 of the content in its
 * audit entry, and verification compares the stored content with the latest recorded digest.
 *
 * @param kind  the kind of record in the table (the audit entries' kind)
 * @param table the table name; it has columns {@code id} and {@code content}
 */
public record ContentTable(RecordKind kind, String table) {
}

package org.casenotes.store.internal;

import java.util.List;

import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.AuditLog;
import org.casenotes.store.RecordKind;
import org.casenotes.store.VerificationReport;

/** The {@link AuditLog} of a {@link RecordSession}. */
final class SessionAuditLog implements AuditLog {

    private final RecordSession session;

    SessionAuditLog(RecordSession session) {
        this.session = session;
    }

    @Override
    public AuditEntry record(AuditAction action, RecordKind kind, String objectId, String detail) {
        return session.write(c -> session.audit().append(c, session.actor(), action, kind, objectId,
                detail == null ? "" : detail, null));
    }

    @Override
    public List<AuditEntry> entries(long fromSequence, int max) {
        return session.read(c -> session.audit().entries(c, fromSequence, max));
    }

    @Override
    public List<AuditEntry> entriesFor(RecordKind kind, String objectId) {
        return session.read(c -> session.audit().entriesFor(c, kind, objectId));
    }

    @Override
    public long size() {
        return session.read(session.audit()::size);
    }

    @Override
    public VerificationReport verify() {
        return session.verifyAuditTrail();
    }
}

package org.casenotes.store.server;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.casenotes.store.AuditAction;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.server.internal.ServerSession;
import org.casenotes.store.server.internal.SupervisionQueries;
import org.casenotes.store.server.internal.TemplateShelf;

/**
 * One account signed in to an agency server: its {@link CaseloadStore} (the same contract as a caseload folder's),
 * and what only an agency has: the account itself, the notes its supervisees wait on it for, and the templates the
 * agency published for every clinician. Everything here goes through the session's one connection, so the server's
 * row-level security decides what it sees. Closing the store ends the session.
 */
public final class AgencySession {

    private final String url;
    private final ServerSession session;
    private final CaseloadStore store;
    private final AgencyAccount account;
    private final Clock clock;

    AgencySession(String url, ServerSession session, CaseloadStore store, AgencyAccount account, Clock clock) {
        this.url = url;
        this.session = session;
        this.store = store;
        this.account = account;
        this.clock = clock;
    }

    /** @return the server's JDBC URL */
    public String url() {
        return url;
    }

    /** @return the account's caseload store, unlocked when signed in */
    public CaseloadStore store() {
        return store;
    }

    /** @return the account signed in, with its role and supervisor as the server records them */
    public AgencyAccount account() {
        return account;
    }

    /**
     * @return the notes the account's supervisees submitted for review or signed, oldest first (empty for an account
     *         that supervises nobody)
     * @throws org.casenotes.store.CaseloadLockedException while the store is locked
     */
    public List<NoteInReview> reviewQueue() {
        return session.readAgency(SupervisionQueries::reviewQueue);
    }

    /** @return the newest published version of each agency template, by template id */
    public List<PublishedTemplate> publishedTemplates() {
        return session.readAgency(TemplateShelf::newest);
    }

    /** @return every published version of every agency template, by template id and version */
    public List<PublishedTemplate> allPublishedTemplates() {
        return session.readAgency(TemplateShelf::all);
    }

    /**
     * Publishes a version of an agency template for every clinician of the agency, recorded in the audit log. Only
     * administrators may (the server refuses others); a version is published once and never changed.
     *
     * @param templateId the template's id
     * @param version    the version
     * @param title      its title
     * @param source     its template-language text
     * @throws CaseloadStoreException if the version is published already, or the account may not publish
     */
    public void publish(String templateId, int version, String title, String source) {
        Objects.requireNonNull(source, "source");
        try {
            session.write(c -> {
                TemplateShelf.publish(c, templateId, version, title, source, clock);
                session.audit().append(c, account.userId(), AuditAction.CHANGE, RecordKind.CASELOAD, "",
                        "template " + templateId + " version " + version + " published", null);
                return null;
            });
        } catch (CaseloadStoreException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                throw new CaseloadStoreException("Version " + version + " of the template " + templateId
                        + " is published on the agency server already; a published version never changes.", e);
            }
            throw e;
        }
    }
}

package org.casenotes.store.server;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.store.AuditAction;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.model.record.Note;
import org.casenotes.store.NoteChangedElsewhereException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.SignedNoteChangeException;
import org.casenotes.store.internal.SessionCaseloadStore;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.casenotes.store.server.internal.ServerSession;
import org.casenotes.store.server.internal.SupervisionQueries;
import org.casenotes.store.server.internal.TemplateShelf;

/**
 * One account signed in to an agency server: its {@link CaseloadStore} (the same contract as a caseload folder's),
 * and what only an agency has: the account itself, the notes its supervisees wait on it for, and the templates the
 * agency published for every clinician. Everything here goes through the session's one connection, so the server's
 * row-level security decides what it sees. Closing the store ends the session.
 *
 * <p>While the server cannot be reached, the drafts being edited can be {@linkplain #keepOffline kept on this
 * computer}, encrypted under the account's password ({@link KeptDrafts}), and {@linkplain #saveKeptDrafts saved}
 * when it can be reached again, through the store's optimistic locking.
 */
public final class AgencySession {

    private final String url;
    private final ServerSession session;
    private final CaseloadStore store;
    private final AgencyAccount account;
    private final Clock clock;
    private final KeptDrafts kept;

    AgencySession(String url, ServerSession session, CaseloadStore store, AgencyAccount account, Clock clock,
            KeptDrafts kept) {
        this.url = url;
        this.session = session;
        this.store = store;
        this.account = account;
        this.clock = clock;
        this.kept = kept;
    }

    /**
     * @return the drafts kept on this computer while the server could not be reached; empty when the session was
     *         signed in without a folder for them
     */
    public Optional<KeptDrafts> keptDrafts() {
        return Optional.ofNullable(kept);
    }

    /**
     * Checks that the server answers (logging in again if the connection was lost with it).
     *
     * @return whether it does
     */
    public boolean isReachable() {
        try {
            session.checkReachable();
            return true;
        } catch (ServerUnreachableException e) {
            return false;
        }
    }

    /**
     * Keeps a draft that could not be saved on this computer, encrypted, with the version of the note it was written
     * over, until {@link #saveKeptDrafts()} saves it.
     *
     * @param draft the note as the clinician has it
     * @throws IllegalStateException  if the session has no folder for kept drafts
     * @throws CaseloadStoreException if it cannot be written
     */
    public void keepOffline(Note draft) {
        if (kept == null) {
            throw new IllegalStateException("This session keeps no drafts on this computer.");
        }
        kept.keep(draft, base().seenVersion(draft.getId()).orElse(null));
    }

    /**
     * Saves each draft kept on this computer to the server, oldest first, through the store's optimistic locking
     * against the version each was written over; deletes the kept copy of each that reached the server (saved, or
     * refused because someone else changed the note meanwhile: then the store keeps it as the note's working copy to
     * merge, as for any such save). A draft whose note was signed meanwhile is not saved and stays kept until it is
     * {@linkplain KeptDrafts#discard discarded}.
     *
     * @return what became of each kept draft (empty if none was kept)
     * @throws ServerUnreachableException if the server still cannot be reached (what is kept stays kept)
     */
    public List<KeptDraftSave> saveKeptDrafts() {
        if (kept == null) {
            return List.of();
        }
        List<KeptDraft> drafts = kept.all();
        if (drafts.isEmpty()) {
            return List.of();
        }
        session.checkReachable();
        List<KeptDraftSave> saves = new ArrayList<>();
        for (KeptDraft draft : drafts) {
            saves.add(saveKept(draft));
        }
        return saves;
    }

    private KeptDraftSave saveKept(KeptDraft kept) {
        Note draft = kept.draft();
        String id = draft.getId();
        Optional<Note> current = store.loadNote(id);
        if (current.isPresent() && EcoreUtil.equals(current.get(), draft)) {
            // the save that seemed to fail had reached the server before it went away
            this.kept.discard(id);
            return new KeptDraftSave(draft, KeptDraftSave.Outcome.SAVED, "");
        }
        if (current.isPresent() && current.get().getSignature() != null) {
            // signed on another computer meanwhile: a signed note does not change, and it has no working copy
            return new KeptDraftSave(draft, KeptDraftSave.Outcome.SIGNED_MEANWHILE, "note " + id + " was signed on "
                    + current.get().getSignature().getSignedAt() + " by " + current.get().getSignature().getSignerName());
        }
        kept.base().ifPresent(base -> base().assumeSeen(id, base));
        try {
            store.saveNote(draft);
            this.kept.discard(id);
            return new KeptDraftSave(draft, KeptDraftSave.Outcome.SAVED, "");
        } catch (NoteChangedElsewhereException e) {
            boolean toMerge = store.autosavedDraft(id).filter(copy -> EcoreUtil.equals(copy, draft)).isPresent();
            if (toMerge) {
                this.kept.discard(id);
            }
            return new KeptDraftSave(draft, toMerge ? KeptDraftSave.Outcome.TO_MERGE : KeptDraftSave.Outcome.NOT_SAVED,
                    e.getMessage());
        } catch (SignedNoteChangeException e) {
            return new KeptDraftSave(draft, KeptDraftSave.Outcome.SIGNED_MEANWHILE, e.getMessage());
        }
    }

    private SessionCaseloadStore base() {
        return (SessionCaseloadStore) store;
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

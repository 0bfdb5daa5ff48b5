package org.casenotes.ui.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningRefusedException;
import org.casenotes.core.record.SignedNoteRecord;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.FindingWords;
import org.casenotes.ui.preferences.ClinicianProfile;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Signs a saved note as the clinician of the profile: refuses while the rules report errors or carried values await
 * review (and lists them), lists the warnings and the signature line to confirm, asks for the late-entry reason when
 * the agency's window has closed, then signs a copy through the note lifecycle and stores it together with what
 * it changes in the client's record (measure results, plan version, episode; one transaction, see
 * {@link SignedNoteRecord}). The note passed in is never changed, so a failed save leaves the editor as it was.
 */
public final class NoteSigning {

    private final CaseloadStore store;
    private final WorkbenchRules rules;
    private final ClinicianProfile profile;
    private final SigningPrompts prompts;

    public NoteSigning(CaseloadStore store, WorkbenchRules rules, ClinicianProfile profile, SigningPrompts prompts) {
        this.store = store;
        this.rules = rules;
        this.profile = profile;
        this.prompts = prompts;
    }

    /** @return what blocks signing {@code note} now, in words: the rules' errors and carried values awaiting review */
    public List<String> blockers(Note note, FormDefinition form, Client client) {
        return blocking(note, form, client).stream().map(SigningBlocker::text).toList();
    }

    /** @return what blocks signing {@code note} now, each with its field: see {@link #blockers} */
    public List<SigningBlocker> blocking(Note note, FormDefinition form, Client client) {
        List<SigningBlocker> blockers = new ArrayList<>();
        for (Finding finding : rules.check(note, form, client)) {
            if (finding.severity() == Severity.ERROR) {
                blockers.add(new SigningBlocker(FindingWords.sentence(form, finding), finding.fieldId()));
            }
        }
        for (String path : rules.lifecycle(client).carriedAwaitingReview(note)) {
            blockers.add(new SigningBlocker(FindingWords.fieldLabel(form, path)
                    + ": carried forward from the previous note; review it before signing.", path));
        }
        return blockers;
    }

    /** @return the signed note as stored, or empty if signing was refused or not confirmed */
    public Optional<Note> sign(Note note, FormDefinition form) {
        Client client = store.loadClient(note.getClientId()).orElse(null);
        List<SigningBlocker> blockers = blocking(note, form, client);
        if (!blockers.isEmpty()) {
            prompts.showBlocking(blockers);
            return Optional.empty();
        }
        List<String> warnings = rules.check(note, form, client).stream()
                .filter(finding -> finding.severity() == Severity.WARNING)
                .map(finding -> FindingWords.sentence(form, finding)).toList();
        if (!prompts.confirmSignature(profile.signatureLine(), warnings)) {
            return Optional.empty();
        }
        NoteLifecycle lifecycle = rules.lifecycle(client);
        String lateReason = null;
        if (lifecycle.wouldBeLate(note, form)) {
            Optional<String> reason = prompts.lateEntryReason(lifecycle.signingDeadline(note, form));
            if (reason.isEmpty() || reason.get().isBlank()) {
                return Optional.empty();
            }
            lateReason = reason.get();
        }
        Note signed = EcoreUtil.copy(note);
        try {
            lifecycle.sign(signed, form, profile.toClinician(), lateReason);
        } catch (SigningRefusedException e) {
            prompts.showBlocked(e.reasons());
            return Optional.empty();
        }
        boolean recordChanged = client != null
                && new SignedNoteRecord(() -> UUID.randomUUID().toString()).applyTo(client, signed, form);
        if (recordChanged) {
            store.saveNoteWithClient(signed, client);
        } else {
            store.saveNote(signed);
        }
        return Optional.of(signed);
    }

}

package org.casenotes.store.internal.records;

import java.util.List;

import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.AuditAction;
import org.casenotes.store.SignedNoteChangeException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Decides what a note save is (for the audit log) and refuses saves that would change a signed note. Once signed,
 * a note may only gain addenda, review comments and a co-signature; its content, signature and earlier addenda
 * stay exactly as stored. This repeats the lifecycle's rule at the last point before the disk, so no caller can
 * bypass it.
 */
public final class NoteChanges {

    private NoteChanges() {
    }

    /**
     * @param stored   the note as stored, or null if new
     * @param incoming the note to store
     * @return the audit action describing the save
     * @throws SignedNoteChangeException if the save would change a signed note
     */
    public static AuditAction classify(Note stored, Note incoming) {
        if (stored == null || !isSealed(stored.getStatus())) {
            return switch (incoming.getStatus()) {
            case SIGNED -> AuditAction.SIGN;
            case COSIGNED -> AuditAction.COSIGN;
            case SUBMITTED -> AuditAction.SUBMIT;
            case RETURNED -> AuditAction.RETURN;
            case DRAFT -> stored == null ? AuditAction.CREATE : AuditAction.CHANGE;
            };
        }
        String id = incoming.getId();
        if (!isSealed(incoming.getStatus())) {
            throw new SignedNoteChangeException("Note " + id + " is signed and cannot return to "
                    + incoming.getStatus().getLiteral() + ".");
        }
        if (!EcoreUtil.equals(sealedPart(stored), sealedPart(incoming))) {
            throw new SignedNoteChangeException("Note " + id
                    + " is signed: its content and signature cannot change. Add an addendum instead.");
        }
        if (!startsWith(stored.getAddenda(), incoming.getAddenda())) {
            throw new SignedNoteChangeException("Note " + id + " is signed: addenda can be added, never changed.");
        }
        if (!startsWith(stored.getReviewComments(), incoming.getReviewComments())) {
            throw new SignedNoteChangeException("Note " + id + " is signed: review comments cannot be changed.");
        }
        if (stored.getCosignature() != null && !EcoreUtil.equals(stored.getCosignature(), incoming.getCosignature())) {
            throw new SignedNoteChangeException("Note " + id + " is co-signed: the co-signature cannot change.");
        }
        if (incoming.getAddenda().size() > stored.getAddenda().size()) {
            return AuditAction.ADDENDUM;
        }
        return stored.getStatus() == NoteStatus.SIGNED && incoming.getStatus() == NoteStatus.COSIGNED
                ? AuditAction.COSIGN
                : AuditAction.CHANGE;
    }

    /** @return true for statuses whose content is sealed */
    public static boolean isSealed(NoteStatus status) {
        return status == NoteStatus.SIGNED || status == NoteStatus.COSIGNED;
    }

    private static Note sealedPart(Note note) {
        Note copy = EcoreUtil.copy(note);
        copy.getAddenda().clear();
        copy.getReviewComments().clear();
        copy.setCosignature(null);
        copy.setStatus(NoteStatus.SIGNED);
        return copy;
    }

    private static boolean startsWith(List<? extends EObject> before, List<? extends EObject> after) {
        return after.size() >= before.size() && EcoreUtil.equals(before, after.subList(0, before.size()));
    }
}

package org.casenotes.core.record;

import java.util.Objects;
import java.util.function.Supplier;

import org.casenotes.core.measures.SignedNoteMeasures;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;

/**
 * Everything signing a note changes in its client's record besides the note itself: the measure results of its
 * answered instruments ({@link SignedNoteMeasures}), the treatment-plan version a signed plan or plan-review note
 * makes ({@link SignedNotePlan}), and the episode of care an intake or discharge note opens or closes. Each
 * consequence is applied once: a note signed again (co-signature, addendum) changes nothing more.
 *
 * <p>Callers save the note and the client in one transaction ({@code CaseloadStore.saveNoteWithClient}) when
 * {@link #applyTo} reports a change, else the note alone.
 */
public final class SignedNoteRecord {

    private final Supplier<String> ids;

    /** @param ids source of ids for the records a note creates */
    public SignedNoteRecord(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * @param client the note's client; gains what the note adds
     * @param note   the note, signed or co-signed
     * @param form   the form the note was written on
     * @return whether the client's record changed (and must be saved with the note)
     */
    public boolean applyTo(Client client, Note note, FormDefinition form) {
        boolean changed = !new SignedNoteMeasures(ids).addTo(client, note, form).isEmpty();
        changed |= new EpisodeNotes(ids).applyTo(client, note, form);
        changed |= new SignedNotePlan(ids).addTo(client, note, form).isPresent();
        return changed;
    }
}

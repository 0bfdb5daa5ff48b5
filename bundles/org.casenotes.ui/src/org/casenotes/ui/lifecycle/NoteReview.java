package org.casenotes.ui.lifecycle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.ReviewRemark;
import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.preferences.ClinicianProfile;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The steps after writing that do not sign as author: submit to the supervisor, return with comments, co-sign, add
 * an addendum. Each works on a copy of the note, stores it and returns it; the lifecycle refuses what the note's
 * state or the clinician's role does not allow ({@link org.casenotes.core.lifecycle.LifecycleException}).
 */
public final class NoteReview {

    private static final Pattern ROW_PATH = Pattern.compile("([^.\\[]+)\\[(\\d+)]\\.(.+)");

    private final CaseloadStore store;
    private final WorkbenchRules rules;
    private final ClinicianProfile profile;

    public NoteReview(CaseloadStore store, WorkbenchRules rules, ClinicianProfile profile) {
        this.store = store;
        this.rules = rules;
        this.profile = profile;
    }

    /** @return the note as stored after the author submitted it for review */
    public Note submit(Note note) {
        return change(note, (lifecycle, copy) -> lifecycle.submitForReview(copy, profile.toClinician()));
    }

    /** @return the note as stored after the supervisor returned it with {@code comment} */
    public Note returnForRevision(Note note, String comment) {
        return change(note, (lifecycle, copy) -> lifecycle.returnForRevision(copy, profile.toClinician(),
                List.of(ReviewRemark.general(comment))));
    }

    /** @return the note as stored after the supervisor co-signed it */
    public Note cosign(Note note) {
        return change(note, (lifecycle, copy) -> lifecycle.cosign(copy, profile.toClinician()));
    }

    /** @return the note as stored with an addendum by the profile's clinician */
    public Note addAddendum(Note note, String reason, String text) {
        return change(note, (lifecycle, copy) -> lifecycle.addAddendum(copy, profile.toClinician(), reason, text));
    }

    /**
     * @param paths carried values the clinician confirmed, as {@link NoteLifecycle#carriedAwaitingReview} names
     *              them ("field" or "group[row].field")
     * @return the note as stored with those values marked reviewed
     */
    public Note markCarriedReviewed(Note note, FormDefinition form, List<String> paths) {
        return change(note, (lifecycle, copy) -> {
            ValueEditor values = lifecycle.edit(copy, form);
            for (String path : paths) {
                Matcher row = ROW_PATH.matcher(path);
                if (row.matches()) {
                    values.row(row.group(1), Integer.parseInt(row.group(2))).markReviewed(row.group(3));
                } else {
                    values.markReviewed(path);
                }
            }
        });
    }

    private Note change(Note note, LifecycleStep step) {
        Client client = store.loadClient(note.getClientId()).orElse(null);
        Note copy = EcoreUtil.copy(note);
        step.apply(rules.lifecycle(client), copy);
        store.saveNote(copy);
        return copy;
    }

    @FunctionalInterface
    private interface LifecycleStep {
        void apply(NoteLifecycle lifecycle, Note copy);
    }
}

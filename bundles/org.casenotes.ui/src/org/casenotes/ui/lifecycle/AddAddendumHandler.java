package org.casenotes.ui.lifecycle;

import java.util.Optional;

import org.casenotes.core.lifecycle.AddendumWording;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.NoteEditorInput;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Adds an addendum (author, time, reason, text) to the signed note in the active editor. */
public final class AddAddendumHandler extends ActiveNoteHandler {

    public AddAddendumHandler() {
        super("Add Addendum");
    }

    @Override
    Optional<Note> step(Shell shell, CaseloadStore store, NoteEditorInput input) {
        WorkbenchRules rules = Workplace.rules();
        AddendumDialog dialog = new AddendumDialog(shell, Workplace.profile().signatureLine(),
                new AddendumWording(rules.engine()), rules.agency().ruleSettings());
        if (dialog.open() != Window.OK) {
            return Optional.empty();
        }
        return Optional.of(new NoteReview(store, rules, Workplace.profile())
                .addAddendum(input.note(), dialog.reason(), dialog.text()));
    }
}

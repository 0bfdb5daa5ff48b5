package org.casenotes.ui.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.NoteEditorInput;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * Lists the values the active draft carried forward from the previous note and still awaiting review; those the
 * clinician ticks are confirmed (values they edit are reviewed by editing them).
 */
public final class ReviewCarriedValuesHandler extends ActiveNoteHandler {

    public ReviewCarriedValuesHandler() {
        super("Review Carried Values");
    }

    @Override
    Optional<Note> step(Shell shell, CaseloadStore store, NoteEditorInput input) {
        List<String> awaiting = Workplace.rules().lifecycle(null).carriedAwaitingReview(input.note());
        if (awaiting.isEmpty()) {
            MessageDialog.openInformation(shell, "Review Carried Values", "No carried value awaits review.");
            return Optional.empty();
        }
        ListSelectionDialog dialog = ListSelectionDialog.of(awaiting).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider())
                .message("Tick the values carried forward from the previous note that are still true today:")
                .title("Review Carried Values").create(shell);
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return Optional.empty();
        }
        List<String> reviewed = Arrays.stream(dialog.getResult()).map(String.class::cast).toList();
        return Optional.of(new NoteReview(store, Workplace.rules(), Workplace.profile())
                .markCarriedReviewed(input.note(), input.form(), reviewed));
    }
}

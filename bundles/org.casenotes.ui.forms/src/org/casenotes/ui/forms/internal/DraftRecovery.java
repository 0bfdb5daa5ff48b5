package org.casenotes.ui.forms.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.casenotes.model.record.Note;
import org.casenotes.ui.forms.DraftKeeper;
import org.casenotes.ui.forms.DraftRecoveryPrompt;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Shell;

/**
 * Offers the working copy a {@link DraftKeeper} kept of a note (after a crash, or a workbench closed without saving)
 * when the note is opened. Recovering puts the kept values in place as one undoable change, so the editor is dirty
 * and Undo returns to the note as saved; declining throws the kept copy away. A kept copy with the same values as
 * the note offers nothing and is thrown away too.
 */
final class DraftRecovery {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DraftRecovery() {
    }

    /**
     * Asks through {@code prompt} whether to recover the kept copy of the note being edited, if there is one.
     *
     * @param trouble shows why kept changes could not be looked for (e.g. the store is locked)
     */
    static void offer(Shell shell, NoteEditing editing, DraftKeeper keeper, DraftRecoveryPrompt prompt,
            Consumer<String> trouble) {
        Note note = editing.note();
        if (!editing.editable()) {
            return;
        }
        Optional<Note> kept;
        try {
            kept = keeper.recover(note.getId());
        } catch (RuntimeException e) {
            trouble.accept("Unsaved changes kept from an earlier session could not be looked for (" + e.getMessage()
                    + ").");
            return;
        }
        if (kept.isEmpty()) {
            return;
        }
        if (sameValues(note, kept.get())) {
            keeper.discard(note.getId());
            return;
        }
        String question = keeper.keptAt(note.getId())
                .map(at -> "Recover the unsaved changes from " + TIME.format(at.atZone(ZoneId.systemDefault())) + "?")
                .orElse("Recover the unsaved changes made after this note was last saved?");
        if (prompt.recover(shell, question)) {
            Note draft = kept.get();
            editing.change("Recover unsaved changes", () -> {
                note.getValues().clear();
                note.getValues().addAll(copies(draft.getValues()));
                note.getGroups().clear();
                note.getGroups().addAll(copies(draft.getGroups()));
            });
        } else {
            keeper.discard(note.getId());
        }
    }

    private static boolean sameValues(Note note, Note kept) {
        EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
        return equality.equals(new ArrayList<EObject>(note.getValues()), new ArrayList<EObject>(kept.getValues()))
                && equality.equals(new ArrayList<EObject>(note.getGroups()), new ArrayList<EObject>(kept.getGroups()));
    }

    private static <T extends EObject> Collection<T> copies(List<T> originals) {
        return new ArrayList<>(EcoreUtil.copyAll(originals));
    }
}

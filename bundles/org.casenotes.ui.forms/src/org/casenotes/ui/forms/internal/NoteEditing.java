package org.casenotes.ui.forms.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;

import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SignedNoteGuard;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * Changes to one open note, each run as an EMF command on a {@link BasicCommandStack} so that it can be undone and
 * redone and the editor knows when the note differs from what was saved. Every change goes through the lifecycle's
 * {@link ValueEditor} (or another core API that checks the note's state); the command records what the change did
 * to the note and reverses exactly that on undo.
 */
final class NoteEditing {

    /** A change to the note, named for Undo/Redo; {@code fieldPath} is the edited text field or {@code null}. */
    static final class NoteChange extends ChangeCommand {

        private final Runnable change;
        private final String fieldPath;

        NoteChange(Note note, String label, String fieldPath, Runnable change) {
            super(note);
            this.change = change;
            this.fieldPath = fieldPath;
            setLabel(label);
        }

        @Override
        protected void doExecute() {
            change.run();
        }

        /** @return the rule engine's name of the field this change edited, or {@code null} for other changes */
        String fieldPath() {
            return fieldPath;
        }
    }

    private final Note note;
    private final FormDefinition form;
    private final ValueEditor noteEditor;
    private final RefusalRecordingStack stack = new RefusalRecordingStack();

    NoteEditing(Note note, FormDefinition form) {
        this.note = note;
        this.form = form;
        // only edit() of the lifecycle is used here; clock and signing policy do not matter for it
        this.noteEditor = new NoteLifecycle(Clock.systemUTC(), SigningGate.NONE,
                new SigningDeadline(3, ZoneId.systemDefault())).edit(note, form);
    }

    Note note() {
        return note;
    }

    FormDefinition form() {
        return form;
    }

    BasicCommandStack stack() {
        return stack;
    }

    /** @return whether the note can be changed: drafts and notes returned for revision can */
    boolean editable() {
        return !SignedNoteGuard.isSigned(note)
                && (note.getStatus() == NoteStatus.DRAFT || note.getStatus() == NoteStatus.RETURNED);
    }

    /**
     * Runs {@code change} on the value editor at {@code level} as one undoable command.
     *
     * @param fieldPath the text field edited, which live validation then re-checks alone; {@code null} otherwise
     * @return {@code null} if the change was made, else why it was refused
     */
    String edit(String label, RowPath level, String fieldPath, Consumer<ValueEditor> change) {
        return execute(new NoteChange(note, label, fieldPath, () -> change.accept(level.editor(noteEditor))));
    }

    /** Runs a change that is not a field value (an instrument answer) as one undoable command. */
    String change(String label, Runnable change) {
        return execute(new NoteChange(note, label, null, change));
    }

    private String execute(NoteChange command) {
        stack.refusal = null;
        stack.execute(command);
        return stack.refusal;
    }

    /** Keeps the message of a change that threw (e.g. a value that does not fit its field) instead of logging it. */
    private static final class RefusalRecordingStack extends BasicCommandStack {

        private String refusal;

        @Override
        protected void handleError(Exception exception) {
            refusal = exception.getMessage() == null ? exception.toString() : exception.getMessage();
        }
    }
}

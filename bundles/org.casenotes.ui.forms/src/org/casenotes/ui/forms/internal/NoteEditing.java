package org.casenotes.ui.forms.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
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
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * Changes to one open note, each run as an EMF command on a {@link BasicCommandStack} so that it can be undone and
 * redone and the editor knows when the note differs from what was saved. Every change goes through the lifecycle's
 * {@link ValueEditor} (or another core API that checks the note's state).
 */
final class NoteEditing {

    /**
     * A change to the note, named for Undo/Redo. It records what the change did to the note and reverses exactly
     * that; typing continues the same record, so one Undo takes back a burst of typing rather than one character.
     */
    static final class NoteChange extends AbstractCommand {

        private final Note note;
        private final String fieldPath;
        private final boolean typing;
        private final Runnable change;
        private ChangeDescription recorded;
        private long lastChange;

        NoteChange(Note note, String label, String fieldPath, boolean typing, Runnable change) {
            super(label);
            this.note = note;
            this.fieldPath = fieldPath;
            this.typing = typing;
            this.change = change;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            record(change);
        }

        /** Runs {@code more} typing in the same field as part of this change. */
        void extend(Runnable more) {
            record(more);
        }

        private void record(Runnable run) {
            ChangeRecorder recorder = new ChangeRecorder();
            if (recorded == null) {
                recorder.beginRecording(List.of(note));
            } else {
                recorder.beginRecording(recorded, List.of(note));
            }
            try {
                run.run();
            } finally {
                recorded = recorder.endRecording();
                recorder.dispose();
                lastChange = System.nanoTime();
            }
        }

        @Override
        public void undo() {
            recorded.applyAndReverse();
        }

        @Override
        public void redo() {
            recorded.applyAndReverse();
        }

        /** @return the rule engine's name of the field this change edited, or {@code null} for other changes */
        String fieldPath() {
            return fieldPath;
        }

        boolean continuesTyping(String path) {
            return typing && path.equals(fieldPath) && System.nanoTime() - lastChange < TYPING_PAUSE_NANOS;
        }
    }

    /** A pause in typing this long starts a new undoable change. */
    private static final long TYPING_PAUSE_NANOS = 1_500_000_000L;

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
        return edit(label, level, fieldPath, false, change);
    }

    /**
     * Like {@link #edit(String, RowPath, String, Consumer)}; with {@code typing}, continues the last change if it
     * was typing in the same field a moment ago and nothing was undone or saved since.
     */
    String edit(String label, RowPath level, String fieldPath, boolean typing, Consumer<ValueEditor> change) {
        Runnable run = () -> change.accept(level.editor(noteEditor));
        if (typing && stack.continueTyping(fieldPath, run)) {
            return stack.refusal;
        }
        return execute(new NoteChange(note, label, fieldPath, typing, run));
    }

    /** Runs a change that is not a field value (an instrument answer) as one undoable command. */
    String change(String label, Runnable change) {
        return execute(new NoteChange(note, label, null, false, change));
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

        /** @return whether {@code more} was run as part of the typing change on top of the stack */
        boolean continueTyping(String fieldPath, Runnable more) {
            refusal = null;
            if (!(getUndoCommand() instanceof NoteChange top) || top != getMostRecentCommand() || canRedo()
                    || !isSaveNeeded() || !top.continuesTyping(fieldPath)) {
                return false;
            }
            try {
                top.extend(more);
            } catch (RuntimeException e) {
                handleError(e);
            }
            notifyListeners();
            return true;
        }
    }
}

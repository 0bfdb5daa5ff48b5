package org.casenotes.ui.record;

import java.util.List;
import java.util.Objects;

import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Changes to the treatment plan draft in the Edit Treatment Plan dialog, each an EMF command on a
 * {@link BasicCommandStack} so that Ctrl+Z and Ctrl+Y take them back and forth (as in the note editor). A change
 * records what it did to the draft and reverses exactly that; typing in one field continues the same change, so one
 * Undo takes back a burst of typing rather than one character. The draft is a copy: nothing here touches the record.
 */
final class PlanEditing {

    /** A pause in typing this long starts a new undoable change. */
    private static final long TYPING_PAUSE_NANOS = 1_500_000_000L;

    private final TreatmentPlan draft;
    private final Resource holder = new ResourceImpl();
    private final BasicCommandStack stack = new BasicCommandStack();
    private boolean inField;

    /**
     * @param draft a plan in no episode; while edited it is held in a resource of its own, because a change
     *              recorder adopts a recorded object that has neither container nor resource into its change
     *              description, and a plan held there would look like a version of something
     */
    PlanEditing(TreatmentPlan draft) {
        this.draft = draft;
        holder.getContents().add(draft);
    }

    TreatmentPlan draft() {
        return draft;
    }

    /** @return the draft as edited, let go of so that it can become a version of an episode */
    TreatmentPlan finish() {
        holder.getContents().remove(draft);
        return draft;
    }

    BasicCommandStack stack() {
        return stack;
    }

    /** @return whether the draft differs from what the dialog opened with */
    boolean changed() {
        return stack.isSaveNeeded();
    }

    /** Runs {@code change} (adding, removing or moving a row) as one undoable command named {@code label}. */
    void change(String label, Runnable change) {
        stack.execute(new PlanChange(label, draft, null, null, change));
    }

    /**
     * Sets {@code field} of {@code element} to {@code value} as typing: continues the change on top of the stack if
     * it typed into the same field a moment ago and nothing was undone since.
     */
    void type(EObject element, EStructuralFeature field, Object value) {
        if (Objects.equals(element.eGet(field), value)) {
            return;
        }
        Runnable set = () -> element.eSet(field, value);
        if (stack.getUndoCommand() instanceof PlanChange top && top == stack.getMostRecentCommand()
                && !stack.canRedo() && top.continuesTyping(element, field)) {
            top.record(set);
            return;
        }
        inField(() -> stack.execute(new PlanChange("Typing", draft, element, field, set)));
    }

    /** Sets a field chosen from a list (a status, a diagnosis) as one undoable command. */
    void choose(EObject element, EStructuralFeature field, Object value) {
        if (!Objects.equals(element.eGet(field), value)) {
            inField(() -> change("Change " + field.getName(), () -> element.eSet(field, value)));
        }
    }

    /**
     * @return whether the stack changes because of an edit in a field (which already shows it), rather than a row
     *         added, removed or moved, or an Undo or Redo (after which the fields must show the draft again)
     */
    boolean editingAField() {
        return inField;
    }

    private void inField(Runnable edit) {
        inField = true;
        try {
            edit.run();
        } finally {
            inField = false;
        }
    }

    /** One change to the draft, recorded so that it can be reversed exactly. */
    private static final class PlanChange extends AbstractCommand {

        private final TreatmentPlan draft;
        private final EObject typedInto;
        private final EStructuralFeature typedField;
        private final Runnable change;
        private ChangeDescription recorded;
        private long lastChange;

        PlanChange(String label, TreatmentPlan draft, EObject typedInto, EStructuralFeature typedField,
                Runnable change) {
            super(label);
            this.draft = draft;
            this.typedInto = typedInto;
            this.typedField = typedField;
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

        void record(Runnable run) {
            ChangeRecorder recorder = new ChangeRecorder();
            if (recorded == null) {
                recorder.beginRecording(List.of(draft));
            } else {
                recorder.beginRecording(recorded, List.of(draft));
            }
            try {
                run.run();
            } finally {
                recorded = recorder.endRecording();
                recorder.dispose();
                lastChange = System.nanoTime();
            }
        }

        boolean continuesTyping(EObject element, EStructuralFeature field) {
            return typedInto == element && typedField == field
                    && System.nanoTime() - lastChange < TYPING_PAUSE_NANOS;
        }

        @Override
        public void undo() {
            recorded.applyAndReverse();
            lastChange = 0;
        }

        @Override
        public void redo() {
            recorded.applyAndReverse();
            lastChange = 0;
        }
    }
}

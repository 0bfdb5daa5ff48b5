package org.casenotes.core.lifecycle;

import java.util.List;
import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Makes a signed note refuse changes made through EMF itself. EMF setters cannot be hidden, so this adapter watches
 * the note and everything it contains; a change that does not come from the note lifecycle is undone at once and
 * reported by throwing {@link NoteLockedException} to the code that made it (generated setters, reflective
 * {@code eSet}, list edits, adding or removing values or addenda).
 * <p>
 * What it cannot stop: code that turns notification delivery off ({@code eSetDeliver(false)}), removes the adapter,
 * or writes fields by reflection. Removing the whole note from its container (e.g. from {@code Client.notes}) is
 * not seen either, because EMF tells only the container; keeping signed notes from being deleted is the store's job. Those changes are caught afterwards by {@link NoteIntegrity#verify}, which
 * recomputes the content hash kept in the signature and the addendum chain. The store verifies notes it loads.
 * <p>
 * {@link NoteLifecycle#sign} attaches the guard; code that loads signed notes calls {@link #protect(Note)}.
 */
public final class SignedNoteGuard extends EContentAdapter {

    private final Note note;
    private int permits;
    private boolean reverting;

    private SignedNoteGuard(Note note) {
        this.note = note;
    }

    /**
     * Attaches a guard to {@code note} if it is signed or co-signed and has none yet.
     *
     * @return the note, for chaining
     */
    public static Note protect(Note note) {
        if (isSigned(note) && find(note).isEmpty()) {
            note.eAdapters().add(new SignedNoteGuard(note));
        }
        return note;
    }

    /** @return whether {@code note} has signed content, which only addenda may extend */
    public static boolean isSigned(Note note) {
        return note.getStatus() == NoteStatus.SIGNED || note.getStatus() == NoteStatus.COSIGNED;
    }

    static Optional<SignedNoteGuard> find(Note note) {
        return note.eAdapters().stream().filter(SignedNoteGuard.class::isInstance).map(SignedNoteGuard.class::cast)
                .findFirst();
    }

    /** Runs a lifecycle change (addendum, co-signature) on a possibly guarded note without tripping the guard. */
    static void permit(Note note, Runnable change) {
        Optional<SignedNoteGuard> guard = find(note);
        guard.ifPresent(g -> g.permits++);
        try {
            change.run();
        } finally {
            guard.ifPresent(g -> g.permits--);
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (permits > 0 || reverting || notification.isTouch() || !(notification.getNotifier() instanceof EObject)
                || !(notification.getFeature() instanceof EStructuralFeature)
                || notification.getEventType() == Notification.REMOVING_ADAPTER
                || notification.getEventType() == Notification.RESOLVE) {
            super.notifyChanged(notification);
            return;
        }
        EObject changed = (EObject) notification.getNotifier();
        EStructuralFeature feature = (EStructuralFeature) notification.getFeature();
        revert(changed, feature, notification);
        throw new NoteLockedException("Note " + note.getId() + " is signed; its content cannot change ("
                + changed.eClass().getName() + "." + feature.getName()
                + "). Corrections are made with an addendum.");
    }

    @SuppressWarnings("unchecked")
    private void revert(EObject changed, EStructuralFeature feature, Notification notification) {
        reverting = true;
        try {
            int position = notification.getPosition();
            switch (notification.getEventType()) {
                case Notification.SET, Notification.UNSET -> changed.eSet(feature, notification.getOldValue());
                case Notification.ADD -> list(changed, feature).remove(position);
                case Notification.ADD_MANY -> {
                    int count = ((List<?>) notification.getNewValue()).size();
                    list(changed, feature).subList(position, position + count).clear();
                }
                case Notification.REMOVE -> list(changed, feature).add(position, notification.getOldValue());
                case Notification.REMOVE_MANY -> reinsert(list(changed, feature), (List<Object>) notification.getOldValue(),
                        (int[]) notification.getNewValue());
                case Notification.MOVE -> list(changed, feature).move(((Integer) notification.getOldValue()).intValue(), position);
                default -> {
                    // other event types do not change content
                }
            }
        } finally {
            reverting = false;
        }
    }

    private static void reinsert(EList<Object> list, List<Object> removed, int[] positions) {
        if (positions == null) {
            list.addAll(removed);
            return;
        }
        for (int i = 0; i < removed.size(); i++) {
            list.add(positions[i], removed.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static EList<Object> list(EObject changed, EStructuralFeature feature) {
        return (EList<Object>) changed.eGet(feature);
    }
}

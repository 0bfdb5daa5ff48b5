package org.casenotes.ui.forms.internal;

import java.util.function.Consumer;

import org.casenotes.ui.forms.DraftKeeper;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps the working copy of a dirty draft through its {@link DraftKeeper}: {@link #QUIET_MILLIS} after the last
 * change, and during uninterrupted typing at the latest {@link #LONGEST_UNKEPT_MILLIS} after the first change not yet
 * kept, so a crash loses at most that much. Keeping copies the note and touches neither the undo stack nor the dirty
 * state. Notes that cannot be edited (signed, submitted) are never kept.
 */
final class DraftAutosave {

    /** A pause in changes this long keeps the draft. */
    static final int QUIET_MILLIS = 5_000;

    /** Changes are kept at the latest this long after the first one not yet kept, even while typing goes on. */
    static final int LONGEST_UNKEPT_MILLIS = 30_000;

    private final Display display;
    private final NoteEditing editing;
    private final DraftKeeper keeper;
    private final Consumer<String> trouble;
    private final Runnable keepTask = this::keepIfDirty;
    private long firstUnkept;
    private boolean closed;

    /** @param trouble shows why keeping failed, or clears that with {@code null} after a keep that worked */
    DraftAutosave(Display display, NoteEditing editing, DraftKeeper keeper, Consumer<String> trouble) {
        this.display = display;
        this.editing = editing;
        this.keeper = keeper;
        this.trouble = trouble;
    }

    /** The note changed (an edit, undo or redo): keep it after the next pause, or cancel if it is as saved again. */
    void noteChanged() {
        if (closed || !editing.editable()) {
            return;
        }
        display.timerExec(-1, keepTask);
        if (!editing.stack().isSaveNeeded()) {
            firstUnkept = 0;
            return;
        }
        long now = System.currentTimeMillis();
        if (firstUnkept == 0) {
            firstUnkept = now;
        }
        long untilLongest = firstUnkept + LONGEST_UNKEPT_MILLIS - now;
        display.timerExec((int) Math.max(0, Math.min(QUIET_MILLIS, untilLongest)), keepTask);
    }

    /** The note was saved: nothing is left to keep. */
    void saved() {
        display.timerExec(-1, keepTask);
        firstUnkept = 0;
    }

    /**
     * Keeps the note now if it has unsaved changes (e.g. when saving it failed).
     *
     * @return whether the changes are kept
     */
    boolean keepNow() {
        display.timerExec(-1, keepTask);
        return keepIfDirty();
    }

    /**
     * Throws the kept copy away: the clinician discarded the unsaved changes. If the keeper cannot (its store is
     * locked), the copy stays and is offered again the next time the note is opened, which the clinician can decline.
     */
    void discard() {
        close();
        if (editing.editable()) {
            try {
                keeper.discard(editing.note().getId());
            } catch (RuntimeException e) {
                Platform.getLog(DraftAutosave.class).warn("The unsaved changes of note " + editing.note().getId()
                        + " could not be thrown away; they will be offered again when it is opened", e);
            }
        }
    }

    /** Stops keeping (the editor closes). */
    void close() {
        closed = true;
        if (!display.isDisposed()) {
            display.timerExec(-1, keepTask);
        }
    }

    private boolean keepIfDirty() {
        if (closed || !editing.editable() || !editing.stack().isSaveNeeded()) {
            return false;
        }
        firstUnkept = 0;
        try {
            keeper.keep(EcoreUtil.copy(editing.note()));
            trouble.accept(null);
            return true;
        } catch (RuntimeException e) {
            trouble.accept("Your unsaved changes could not be kept for recovery (" + e.getMessage()
                    + "). Save the note to keep them.");
            return false;
        }
    }
}

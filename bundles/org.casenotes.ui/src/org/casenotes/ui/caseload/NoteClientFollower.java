package org.casenotes.ui.caseload;

import java.util.function.Consumer;

import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Tells the client overview whose note the clinician turned to: each time a note editor becomes the active part, the
 * note's client id is handed on, so that the chart beside a note is always that note's client's.
 */
final class NoteClientFollower implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<String> showClient;

    private NoteClientFollower(IWorkbenchPage page, Consumer<String> showClient) {
        this.page = page;
        this.showClient = showClient;
    }

    /**
     * Starts following {@code page}'s note editors, at once with the active editor if it shows a note.
     *
     * @return a handle whose {@link #close()} stops following
     */
    static NoteClientFollower follow(IWorkbenchPage page, Consumer<String> showClient) {
        NoteClientFollower follower = new NoteClientFollower(page, showClient);
        page.addPartListener(follower);
        follower.noteActivated(page.getActiveEditor());
        return follower;
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        noteActivated(reference.getPart(false));
    }

    private void noteActivated(IWorkbenchPart part) {
        NoteEditorInput input = part instanceof IEditorPart editor ? NoteOpener.inputOf(editor) : null;
        if (input != null && input.note().getClientId() != null) {
            showClient.accept(input.note().getClientId());
        }
    }

    /** Stops following the page's editors. */
    void close() {
        page.removePartListener(this);
    }
}

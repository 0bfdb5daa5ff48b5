package org.casenotes.ui.caseload;

import java.util.Arrays;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.server.AgencySession;
import org.casenotes.ui.forms.NoteEditors;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Puts another caseload in the place of the open one: closes the open one's notes (asking about unsaved changes, as
 * closing the workbench does), hides the views that show one of its clients, hands the new store to the
 * {@link CaseloadSession} (which closes the old store) and remembers the choice for the next start.
 */
final class CaseloadSwitch {

    private CaseloadSwitch() {
    }

    /**
     * @param window  the workbench window
     * @param store   the new caseload, open and unlocked
     * @param demo    whether it is the fictional demo
     * @param known   where it is and whose it is; null for the demo
     * @return false if the clinician cancelled closing a note with unsaved changes: then the old caseload stays
     *         open and {@code store} is closed
     */
    static boolean to(IWorkbenchWindow window, CaseloadStore store, boolean demo, KnownCaseload known) {
        if (!closeNotes(window, store)) {
            return false;
        }
        CaseloadSession.current().switchTo(store, demo, demo ? CaseloadSession.DEMO_NAME : known.name(),
                demo ? null : known.location());
        if (demo) {
            RecentCaseloads.ofWorkbench().openedDemo();
        } else {
            RecentCaseloads.ofWorkbench().opened(known);
        }
        return true;
    }

    /**
     * Puts an agency server's caseload in the place of the open one, as {@link #to} does for a folder, and remembers
     * the server and account (not the password) in File &gt; Open Agency Server's list. What opens at the next start
     * is left as it was: a server needs its password, asked when the clinician opens it again.
     *
     * @return false if the clinician cancelled closing a note with unsaved changes: then the old caseload stays
     *         open and the session's store is closed
     */
    static boolean toAgency(IWorkbenchWindow window, AgencySession session, KnownAgencyServer server) {
        if (!closeNotes(window, session.store())) {
            return false;
        }
        CaseloadSession.current().switchToAgency(session, server.name());
        RecentAgencyServers.ofWorkbench().opened(server);
        return true;
    }

    private static boolean closeNotes(IWorkbenchWindow window, CaseloadStore store) {
        IWorkbenchPage page = window.getActivePage();
        if (page != null) {
            IEditorReference[] notes = Arrays.stream(page.getEditorReferences())
                    .filter(editor -> NoteEditors.EDITOR_ID.equals(editor.getId())).toArray(IEditorReference[]::new);
            if (!page.closeEditors(notes, true)) {
                store.close();
                return false;
            }
            hide(page, CaseloadUi.CLIENT_OVERVIEW_VIEW);
            hide(page, CaseloadUi.NOTE_VIEW);
        }
        return true;
    }

    private static void hide(IWorkbenchPage page, String viewId) {
        IViewPart view = page.findView(viewId);
        if (view != null) {
            page.hideView(view);
        }
    }
}

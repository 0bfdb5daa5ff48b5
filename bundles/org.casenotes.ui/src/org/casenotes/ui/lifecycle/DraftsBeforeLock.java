package org.casenotes.ui.lifecycle;

import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.forms.NoteEditorInput;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Just before the caseload locks, keeps the working copy of every note editor with unsaved changes through the
 * editor's draft keeper, so that work typed since the last autosave is in the store's working-copy slot while the
 * workbench is locked, not only on screen. Registered once, when the first note is opened.
 */
final class DraftsBeforeLock implements Runnable {

    private static boolean registered;

    private DraftsBeforeLock() {
    }

    /** Registers the hook with the caseload session unless it is already registered; call on the display thread. */
    static void register() {
        if (!registered) {
            CaseloadSession.current().beforeLock(new DraftsBeforeLock());
            registered = true;
        }
    }

    @Override
    public void run() {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    keepIfDirty(reference.getEditor(false));
                }
            }
        }
    }

    private static void keepIfDirty(IEditorPart editor) {
        NoteEditorInput input = NoteOpener.inputOf(editor);
        if (input != null && editor.isDirty()) {
            input.draftKeeper().keep(EcoreUtil.copy(input.note()));
        }
    }
}

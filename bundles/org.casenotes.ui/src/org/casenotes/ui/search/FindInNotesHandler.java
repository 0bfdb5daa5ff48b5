package org.casenotes.ui.search;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Note &gt; Find in Notes… (Ctrl+Shift+F): shows the note search with the focus in its search box. */
public final class FindInNotesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(NoteSearchView.ID).setFocus();
        } catch (PartInitException e) {
            throw new ExecutionException("The note search could not be shown", e);
        }
        return null;
    }
}

package org.casenotes.ui.layout;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/** Window &gt; Show Caseload and Client (Ctrl+M): brings the views back beside the note, or sets them aside again. */
public final class ToggleWritingLayoutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (page != null) {
            WritingLayout.of(page).toggle();
        }
        return null;
    }
}

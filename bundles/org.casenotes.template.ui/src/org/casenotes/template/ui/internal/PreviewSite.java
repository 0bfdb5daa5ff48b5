package org.casenotes.template.ui.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.SubActionBars;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.part.MultiPageEditorSite;

/**
 * The site of the note editor inside the preview. It has action bars of its own that are never activated: the note
 * editor sets its Undo, Redo and finding steps as global actions, and on the designer's action bars they took Ctrl+Z
 * from the template's text. The site is never activated either, so the key context the note editor activates on it
 * stays out of the designer's keys.
 */
final class PreviewSite extends MultiPageEditorSite {

    private SubActionBars actionBars;

    PreviewSite(MultiPageEditorPart designer, IEditorPart noteEditor) {
        super(designer, noteEditor);
    }

    @Override
    public IActionBars getActionBars() {
        if (actionBars == null) {
            actionBars = new SubActionBars(super.getActionBars(), this);
        }
        return actionBars;
    }

    @Override
    public void dispose() {
        if (actionBars != null) {
            actionBars.dispose();
            actionBars = null;
        }
        super.dispose();
    }
}

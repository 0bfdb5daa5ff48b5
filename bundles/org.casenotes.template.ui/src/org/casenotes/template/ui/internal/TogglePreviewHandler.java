package org.casenotes.template.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Shows the preview beside the text of the active template designer, or hides it. */
public final class TogglePreviewHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof TemplateDesigner designer) {
            designer.showPreview(!designer.isPreviewShown());
        }
        return null;
    }
}

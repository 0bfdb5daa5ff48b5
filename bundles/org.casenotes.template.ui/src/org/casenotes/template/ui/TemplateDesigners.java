package org.casenotes.template.ui;

import java.nio.file.Path;

import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.ui.internal.StandardTemplateInput;
import org.casenotes.template.ui.internal.WindowActivation;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;

/** Opens note templates in the template designer (text with live errors and assist, and a live form preview). */
public final class TemplateDesigners {

    /** Id of the template designer, the editor registered for {@code *.ntpl}. */
    public static final String EDITOR_ID = "org.casenotes.template.ui.designer";

    private TemplateDesigners() {
    }

    /** Opens an agency template file for editing. */
    public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
        WindowActivation.restore(page.getWorkbenchWindow()); // opened after a dialog, as from New Template
        page.setEditorAreaVisible(true);
        return page.openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri())), EDITOR_ID);
    }

    /** Opens a template of an installed library (e.g. the standard library) read-only. */
    public static IEditorPart openInstalled(IWorkbenchPage page, TemplateSource source) throws PartInitException {
        WindowActivation.restore(page.getWorkbenchWindow());
        page.setEditorAreaVisible(true);
        return page.openEditor(new StandardTemplateInput(source), EDITOR_ID);
    }
}

package org.casenotes.ui.layout;

import java.util.Map;
import java.util.WeakHashMap;

import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.forms.NoteEditors;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * The writing arrangement: when a note is opened, the editor takes the window and the caseload, client and other
 * views are set aside (minimised to the window's edge, a click away, never closed); one key (Ctrl+M, "Show Caseload
 * and Client") brings them back beside the note, and again sets them aside. Once the clinician has brought them back,
 * further notes open beside them until every note is closed; when the last note closes, the views come back.
 */
public final class WritingLayout implements IPartListener2 {

    private static final Map<IWorkbenchPage, WritingLayout> PAGES = new WeakHashMap<>();

    private final IWorkbenchPage page;
    private boolean viewsChosenBeside;

    private WritingLayout(IWorkbenchPage page) {
        this.page = page;
    }

    /** Arranges the active page of {@code window} for writing whenever a note is opened in it. */
    public static void follow(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page != null) {
            of(page);
        }
    }

    /** @return the writing arrangement of {@code page}, following its note editors from now on */
    public static synchronized WritingLayout of(IWorkbenchPage page) {
        return PAGES.computeIfAbsent(page, key -> {
            WritingLayout layout = new WritingLayout(key);
            key.addPartListener(layout);
            return layout;
        });
    }

    /** @return whether the note editors have the window, with the views set aside */
    public boolean isWriting() {
        IEditorReference note = openNote();
        return note != null && page.getPartState(note) == IWorkbenchPage.STATE_MAXIMIZED;
    }

    /** Gives the window to the note editors, setting the views aside; nothing happens while no note is open. */
    public void setViewsAside() {
        IEditorReference note = openNote();
        if (note != null && page.getPartState(note) != IWorkbenchPage.STATE_MAXIMIZED) {
            page.setPartState(note, IWorkbenchPage.STATE_MAXIMIZED);
        }
    }

    /**
     * Brings the caseload and client views back beside the note editors (also when the last note has just closed and
     * left the editor area alone in the window).
     */
    public void bringViewsBack() {
        for (IEditorReference editor : page.getEditorReferences()) {
            if (page.getPartState(editor) == IWorkbenchPage.STATE_MAXIMIZED) {
                page.setPartState(editor, IWorkbenchPage.STATE_RESTORED);
            }
        }
        IWorkbenchWindow window = page.getWorkbenchWindow();
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        if (model != null && models != null) {
            for (MPlaceholder area : models.findElements(model, IPageLayout.ID_EDITOR_AREA, MPlaceholder.class, null)) {
                area.getTags().remove(IPresentationEngine.MAXIMIZED);
            }
        }
    }

    /**
     * The key's work: with the views aside, brings them back (and keeps them beside later notes until all are
     * closed); with them beside a note, sets them aside; with no note open, shows the caseload.
     */
    public void toggle() {
        if (openNote() == null) {
            bringViewsBack();
            try {
                page.showView(CaseloadUi.CASELOAD_VIEW);
            } catch (PartInitException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        } else if (isWriting()) {
            viewsChosenBeside = true;
            bringViewsBack();
        } else {
            viewsChosenBeside = false;
            setViewsAside();
        }
    }

    private IEditorReference openNote() {
        IEditorReference active = page.getActiveEditor() == null ? null
                : (IEditorReference) page.getReference(page.getActiveEditor());
        if (active != null && isNote(active)) {
            return active;
        }
        for (IEditorReference editor : page.getEditorReferences()) {
            if (isNote(editor)) {
                return editor;
            }
        }
        return null;
    }

    private static boolean isNote(IWorkbenchPartReference part) {
        return part instanceof IEditorReference && NoteEditors.EDITOR_ID.equals(part.getId());
    }

    @Override
    public void partOpened(IWorkbenchPartReference part) {
        if (isNote(part) && !viewsChosenBeside) {
            Display.getCurrent().asyncExec(() -> {
                if (page.getWorkbenchWindow().getShell().isDisposed()
                        || page.getWorkbenchWindow().getActivePage() != page) {
                    return;
                }
                setViewsAside();
                // a note replaced by its stored self (after a signature) lets the workbench activate a view set aside,
                // which then slides out over the note; the note in front again sends it back to the edge
                IWorkbenchPart opened = part.getPart(false);
                if (opened != null && isWriting() && page.getActiveEditor() == opened) {
                    if (page.getActivePart() != opened) {
                        page.activate(opened);
                    }
                    opened.setFocus(); // the keys go to the note, not to a view just set aside
                }
            });
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference part) {
        if (isNote(part)) {
            Display.getCurrent().asyncExec(() -> {
                // at exit the page is closed before this runs: its window is then gone (seen as a NullPointerException
                // in the log at every exit with a note open)
                IWorkbenchWindow window = page.getWorkbenchWindow();
                if (window != null && window.getShell() != null && !window.getShell().isDisposed()
                        && openNote() == null) {
                    viewsChosenBeside = false;
                    bringViewsBack();
                }
            });
        }
    }
}

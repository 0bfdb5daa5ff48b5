package org.casenotes.template.ui.library;

import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The Template Library view: the installed templates (read-only), the agency's templates with the version being
 * edited and the versions published. Double-click opens a row in the designer (published versions and standard
 * templates read-only); New Template, Publish and Compare Versions are in its toolbar and context menu.
 */
public final class TemplateLibraryView extends ViewPart {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.casenotes.template.ui.libraryView";

    private TreeViewer viewer;
    private AgencyTemplateLibrary library;

    @Override
    public void createPartControl(Composite parent) {
        library = AgencyTemplateFolder.inDataFolder().publishing();
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof LibraryEntry x && b instanceof LibraryEntry y ? x.key().equals(y.key())
                        : a.equals(b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof LibraryEntry entry ? entry.key().hashCode() : element.hashCode();
            }
        });
        viewer.setContentProvider(new LibraryContent());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return LibraryContent.label((LibraryEntry) element);
            }
        });
        viewer.setInput(library);
        viewer.expandToLevel(2);
        viewer.addDoubleClickListener(event -> open((IStructuredSelection) event.getSelection()));
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        Menu contextMenu = menu.createContextMenu(viewer.getControl());
        viewer.getControl().setMenu(contextMenu);
        getSite().registerContextMenu(menu, viewer);
    }

    private void open(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof LibraryEntry entry) {
            try {
                LibraryEntries.open(getSite().getPage(), entry, library);
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), "Open template", e.getMessage());
            }
        }
    }

    /** Reads the folders again and shows what changed, keeping what was expanded. */
    public void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
            viewer.expandToLevel(2);
        }
    }

    /** @return the tree, for tests */
    public TreeViewer viewer() {
        return viewer;
    }

    /** Refreshes the view in {@code window} if it is open. */
    static void refreshIn(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        IViewPart view = page == null ? null : page.findView(ID);
        if (view instanceof TemplateLibraryView library) {
            library.refresh();
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}

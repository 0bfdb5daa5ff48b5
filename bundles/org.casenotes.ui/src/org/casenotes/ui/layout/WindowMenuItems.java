package org.casenotes.ui.layout;

import java.util.List;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.caseload.CaseloadUi;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * What the Window menu offers for the layout: Show View with the clinician's own views (never the IDE's), and Reset
 * Layout, which puts the views back where a first start has them without asking (nothing is lost: open notes stay
 * open).
 */
public final class WindowMenuItems {

    /** A view the clinician can bring up, in the order the menu lists them. */
    public record ClinicianView(String id, String label) {
    }

    /** The clinician's views, as Window &gt; Show View lists them. */
    public static final List<ClinicianView> VIEWS = List.of(new ClinicianView(CaseloadUi.CASELOAD_VIEW, "&Caseload"),
            new ClinicianView(CaseloadUi.CLIENT_OVERVIEW_VIEW, "C&lient"),
            new ClinicianView("org.casenotes.ui.findings", "Caseload &Findings"),
            new ClinicianView("org.casenotes.ui.search", "&Search Notes"),
            new ClinicianView(CasenotesUi.WELCOME_VIEW, "&Welcome"));

    private WindowMenuItems() {
    }

    /** @return Window &gt; Show View, one item a clinician's view */
    public static MenuManager showViewMenu(IWorkbenchWindow window) {
        MenuManager menu = new MenuManager("Show &View", "org.casenotes.ui.layout.showView");
        for (ClinicianView view : VIEWS) {
            menu.add(new Action(view.label()) {
                @Override
                public void run() {
                    IWorkbenchPage page = window.getActivePage();
                    if (page == null) {
                        return;
                    }
                    try {
                        page.showView(view.id());
                    } catch (PartInitException e) {
                        MessageDialog.openError(window.getShell(), "Show View", e.getMessage());
                    }
                }
            });
        }
        return menu;
    }

    /** @return Window &gt; Reset Layout */
    public static IAction resetLayout(IWorkbenchWindow window) {
        Action reset = new Action("&Reset Layout") {
            @Override
            public void run() {
                IWorkbenchPage page = window.getActivePage();
                if (page != null) {
                    WritingLayout.of(page).bringViewsBack();
                    page.resetPerspective();
                }
            }
        };
        reset.setId("org.casenotes.ui.layout.reset");
        return reset;
    }
}

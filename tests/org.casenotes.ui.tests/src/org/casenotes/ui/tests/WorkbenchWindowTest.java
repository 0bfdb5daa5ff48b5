package org.casenotes.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.DataFolder;
import org.casenotes.ui.internal.WelcomeView;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The workbench a clinician sees at start: the Casenotes window, the caseload perspective and its views. */
class WorkbenchWindowTest {

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        return window;
    }

    @Test
    void windowIsTitledCasenotesAndVisible() {
        IWorkbenchWindow window = window();
        assertEquals(CasenotesUi.WINDOW_TITLE, window.getShell().getText());
        assertTrue(window.getShell().isVisible());
    }

    @Test
    void startsInTheCaseloadPerspective() {
        IWorkbenchPage page = window().getActivePage();
        assertEquals(CasenotesUi.CASELOAD_PERSPECTIVE, page.getPerspective().getId());
    }

    @Test
    void everyViewOfThePerspectiveIsOpen() {
        IWorkbenchPage page = window().getActivePage();
        IViewReference welcome = page.findViewReference(CasenotesUi.WELCOME_VIEW);
        assertNotNull(welcome, "the welcome view is part of the perspective");
        assertNotNull(welcome.getView(false), "the welcome view is created");
        assertTrue(page.isPartVisible(welcome.getPart(false)), "the welcome view is visible");
    }

    @Test
    void welcomeViewShowsTheVersionAndTheDataFolder() throws Exception {
        WelcomeView view = (WelcomeView) window().getActivePage().findView(CasenotesUi.WELCOME_VIEW);
        String uiVersion = FrameworkUtil.getBundle(WelcomeView.class).getVersion().toString();
        assertEquals("Version " + uiVersion, view.versionText());
        Path data = DataFolder.current();
        assertEquals("Your data lives in " + data, view.dataLocationText());
    }

    @Test
    void ctrlQIsFileExitEvenWithTheTextEditorsInstalled() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("org.casenotes.ui.scheme", bindings.getActiveScheme().getId());
        Binding exit = bindings.getPerfectMatch(KeySequence.getInstance("CTRL+Q"));
        assertNotNull(exit, "Ctrl+Q has exactly one binding (a conflict leaves none)");
        assertEquals("org.eclipse.ui.file.exit", exit.getParameterizedCommand().getId());
    }
}

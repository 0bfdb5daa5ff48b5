package org.casenotes.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.WorkbenchDataFolder;
import org.casenotes.ui.internal.WelcomeView;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The workbench a clinician sees at start: the Casenotes window, the caseload perspective and its views. */
class WorkbenchWindowTest {

    /** The window's key bindings hold while the window is active (see {@link ActiveWorkbench#activateWindow}). */
    @BeforeEach
    void theWindowIsActive() {
        ActiveWorkbench.activateWindow();
    }

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        return window;
    }

    @Test
    void windowIsTitledCasenotesWithTheDemoCaseloadAndVisible() {
        IWorkbenchWindow window = window();
        StartedCaseload.store();
        EventLoop.spin();
        assertEquals(CasenotesUi.WINDOW_TITLE + " - Demo caseload (fictional clients)", window.getShell().getText());
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
        Path data = WorkbenchDataFolder.current();
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

    @Test
    void theMenuBarHasAnEditMenuWithUndoRedoAndTheClipboard() {
        Menu bar = window().getShell().getMenuBar();
        List<String> menus = Arrays.stream(bar.getItems()).map(MenuItem::getText).toList();
        assertEquals(List.of("&File", "&Edit"), menus.subList(0, 2), "File then Edit, like every desktop program");
        MenuItem edit = bar.getItem(1);
        edit.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> entries = Arrays.stream(edit.getMenu().getItems()).map(MenuItem::getText)
                .filter(text -> !text.isEmpty()).map(text -> text.replaceAll("\\t.*", "").replace("&", ""))
                .toList();
        assertTrue(entries.containsAll(List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Select All")),
                "Edit menu entries: " + entries);
    }

    @Test
    void noMenuEntryShowsAnAmpersand() {
        List<String> shown = new java.util.ArrayList<>();
        for (MenuItem menu : window().getShell().getMenuBar().getItems()) {
            menu.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            Arrays.stream(menu.getMenu().getItems()).map(MenuItem::getText).filter(text -> text.contains("&&"))
                    .forEach(shown::add);
            menu.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        }
        assertEquals(List.of(), shown, "'&&' is drawn as a literal '&' (a label that carries '&' and a mnemonic)");
        assertTrue(Arrays.stream(window().getShell().getMenuBar().getItems()).anyMatch(m -> m.getText().equals("&Note")));
    }

    @Test
    void ctrlZAndCtrlSReachTheEditorsUndoAndSave() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("org.eclipse.ui.edit.undo",
                bindings.getPerfectMatch(KeySequence.getInstance("CTRL+Z")).getParameterizedCommand().getId());
        assertEquals("org.eclipse.ui.file.save",
                bindings.getPerfectMatch(KeySequence.getInstance("CTRL+S")).getParameterizedCommand().getId());
    }
}

package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The New Note wizard starts with the client the clinician is looking at: in the caseload, the overview or a note;
 * and with the template that client's last note of the kind was written on.
 */
class NewNotePreselectionTest {

    private static final String NEW_NOTE = "org.casenotes.ui.lifecycle.newNote";
    private static final long LOAD_TIMEOUT_MS = 180_000;

    private CaseloadView caseload;

    @BeforeEach
    void waitForTheCaseload() {
        StartedCaseload.store();
        Workbench.activateWindow();
        caseload = (CaseloadView) ActiveWorkbench.page().findView(CaseloadUi.CASELOAD_VIEW);
        assertTrue(caseload != null, "the caseload view is part of the perspective");
        EventLoop.spinUntil(caseload::isLoaded, LOAD_TIMEOUT_MS, "the caseload to load");
        caseload.search("");
        caseload.filterByStatus("All statuses");
    }

    @Test
    void theClientSelectedInTheCaseloadIsChosen() throws Exception {
        String id = StartedCaseload.store().listClients().get(2).id();
        caseload.selectClient(id);
        ActiveWorkbench.page().activate(caseload);
        assertEquals(id, caseload.selectedClientId().orElseThrow());

        assertEquals("(" + id + ")", clientInTheWizard().replaceAll(".*(\\([^)]*\\))$", "$1"));
    }

    @Test
    void theClientInTheOverviewIsChosen() throws Exception {
        ClientOverviewView overview =
                (ClientOverviewView) ActiveWorkbench.page().showView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        String id = StartedCaseload.store().listClients().get(1).id();
        overview.show(id);
        EventLoop.spinUntil(() -> id.equals(overview.shownClientId()), LOAD_TIMEOUT_MS, "the overview to show " + id);
        ActiveWorkbench.page().activate(overview);
        assertEquals(overview, ActiveWorkbench.page().getActivePart());

        assertEquals("(" + id + ")", clientInTheWizard().replaceAll(".*(\\([^)]*\\))$", "$1"));
    }

    @Test
    void theClientOfTheActiveNoteIsChosen() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        String id = store.listClients().get(3).id();
        Client client = store.loadClient(id).orElseThrow();
        Note stored = client.getNotes().get(client.getNotes().size() - 1);
        NoteOpener.openStored(ActiveWorkbench.page(), client, stored, Workplace.rules(), NoteHome.record(store));
        EventLoop.spin();
        IEditorPart note = ActiveWorkbench.page().getActiveEditor();
        try {
            ActiveWorkbench.page().activate(note);
            assertEquals(note, ActiveWorkbench.page().getActivePart(), "the note is the active part");
            assertEquals(id, NoteOpener.inputOf(note).note().getClientId());

            assertEquals("(" + id + ")", clientInTheWizard().replaceAll(".*(\\([^)]*\\))$", "$1"));
        } finally {
            Workbench.closeAllEditors();
        }
    }

    @Test
    void theTemplateOfTheClientsLastProgressNoteIsShownFirst() throws Exception {
        caseload.selectClient("C-1002"); // the demo writes Theo's progress notes on DAP
        ActiveWorkbench.page().activate(caseload);
        assertTrue(comboInTheWizard(2).startsWith("DAP progress note"), "DAP first for C-1002");
        caseload.selectClient("C-1001"); // and Ale's on SOAP
        ActiveWorkbench.page().activate(caseload);
        assertTrue(comboInTheWizard(2).startsWith("SOAP progress note"), "SOAP first for C-1001");
    }

    @Test
    void carryingForwardIsOfferedOnlyWhereTheClientHasASignedNoteOfTheTemplate() throws Exception {
        caseload.selectClient("C-1002"); // signed DAP notes, no SOAP note
        ActiveWorkbench.page().activate(caseload);
        boolean[] onDap = new boolean[2];
        boolean[] onSoap = new boolean[2];
        Dialogs.answer("New Note", dialog -> {
            Button carry = WidgetFinder.all(dialog, Button.class).stream()
                    .filter(box -> box.getText().replace("&", "").startsWith("Carry forward")).findFirst()
                    .orElseThrow();
            onDap[0] = carry.getEnabled();
            onDap[1] = carry.getSelection();
            Workbench.choose(Workbench.labelled(dialog, "Template", Combo.class), "SOAP progress note");
            onSoap[0] = carry.getEnabled();
            onSoap[1] = carry.getSelection();
            Dialogs.press(dialog, "Cancel");
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(NEW_NOTE, null);
        assertTrue(onDap[0] && onDap[1], "offered and ticked for the template of the client's signed notes");
        assertTrue(!onSoap[0] && !onSoap[1], "not offered where there is nothing to carry");
    }

    /** @return the client combo's text in the New Note wizard the command opens, which is then cancelled */
    private static String clientInTheWizard() throws Exception {
        return comboInTheWizard(0);
    }

    /** @return the text of the wizard's {@code index}th combo (client, kind, template), the wizard then cancelled */
    private static String comboInTheWizard(int index) throws Exception {
        String[] shown = new String[1];
        Dialogs.answer("New Note", dialog -> {
            shown[0] = WidgetFinder.all(dialog, Combo.class).get(index).getText();
            Dialogs.press(dialog, "Cancel");
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(NEW_NOTE, null);
        assertTrue(shown[0] != null, "the New Note wizard opened");
        return shown[0];
    }
}

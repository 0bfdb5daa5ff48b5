package org.casenotes.ui.tests.caseload;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.RecordKind;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.record.ClientDialog;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client &gt; New Client… and Client &gt; Edit Client… with real widgets, in a clinician's own caseload that holds one
 * fictional client (so the demo the other tests count stays as it is): a new client is saved and listed at once, an
 * empty legal name, an impossible or future date of birth and an id another client has are refused under the field
 * with nothing saved, and an edit changes the stored client, which Edit &gt; Undo and Redo take back and forth.
 */
class ClientDetailsUiTest {

    private static final long OPEN_TIMEOUT_MS = 60_000;

    @TempDir
    Path temp;

    private CaseloadStore store;

    @BeforeEach
    void openAnOwnCaseloadWithOneClient() throws Exception {
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId("c-0001");
        client.setLegalName("Pat Example");
        client.setStatus(ClientStatus.ACTIVE);
        store = HarboursideCaseload.open(temp, List.of(client));
    }

    @AfterEach
    void backToTheDemoAsTheOtherTestsExpect() throws Exception {
        HarboursideCaseload.backToTheDemo();
    }

    @Test
    void aNewClientTypedIntoTheDialogIsSavedAndListedAtOnce() throws Exception {
        List<String> seen = new ArrayList<>();
        CaseloadDialogDriver.answer("New Client", "org.casenotes.ui.record.newClient", dialog -> {
            seen.add(dialog.valueOf("Client id"));
            dialog.fill("Legal name", "Rowan Calloway").fill("Preferred name", "Ro").fill("Pronouns", "they/them")
                    .fill("Date of birth", "1991-07-14").fill("Phone", "(555) 0188-2040")
                    .fill("Payer", "Harbour Health Plan").fill("Member id", "HHP-0042")
                    .fill("Emergency contact", "Jordan Calloway").fill("Emergency phone", "(555) 0177-3131");
            Clicks.click(checkbox(dialog.shell(), "OK to leave messages"));
            seen.add(String.join("\n", refusals(dialog.shell())));
            screenshot(dialog.shell(), "new-client-dialog.png");
            dialog.press("Save");
        });

        assertEquals("c-0002", seen.get(0), "the next free id is suggested");
        assertEquals("", seen.get(1), "nothing to refuse");
        Client saved = store.loadClient("c-0002").orElseThrow(() -> new AssertionError("the client was not saved"));
        assertEquals(List.of("Rowan Calloway", "Ro", "they/them", LocalDate.of(1991, 7, 14), ClientStatus.ACTIVE),
                List.of(saved.getLegalName(), saved.getPreferredName(), saved.getPronouns(), saved.getDateOfBirth(),
                        saved.getStatus()));
        assertEquals(List.of("(555) 0188-2040", true, "Jordan Calloway", "(555) 0177-3131"),
                List.of(saved.getContact().getPhone(), saved.getContact().isMayLeaveMessage(),
                        saved.getContact().getEmergencyContactName(), saved.getContact().getEmergencyContactPhone()));
        assertEquals(List.of("Harbour Health Plan", "HHP-0042"), List.of(saved.getCoverages().get(0).getPayerName(),
                saved.getCoverages().get(0).getMemberId()));
        assertEquals(List.of(AuditAction.CREATE), store.auditLog().entriesFor(RecordKind.CLIENT, "c-0002").stream()
                .map(AuditEntry::action).filter(action -> action != AuditAction.OPEN).toList(),
                "the new client's record is audited as created");
        CaseloadView view = StartedCaseload.view();
        EventLoop.spinUntil(() -> view.shownClientNames().size() == 2, OPEN_TIMEOUT_MS,
                "the caseload view to list the new client: " + view.shownClientNames());
        assertTrue(view.shownClientNames().stream().anyMatch(name -> name.startsWith("Rowan Calloway")),
                view.shownClientNames().toString());
        assertTrue(view.bannerText().contains(": 2 clients"), view.bannerText());
        Screenshots.ofWorkbenchWindow(1280, 900, "new-client-listed.png");
    }

    @Test
    void anEmptyLegalNameAndImpossibleOrFutureBirthDatesAreRefusedAtTheFieldAndNothingIsSaved() throws Exception {
        List<List<String>> seen = new ArrayList<>();
        List<Boolean> saveEnabled = new ArrayList<>();
        CaseloadDialogDriver.answer("New Client", "org.casenotes.ui.record.newClient", dialog -> {
            dialog.fill("Preferred name", "Ro").fill("Date of birth", "1991-02-30");
            seen.add(refusals(dialog.shell()));
            saveEnabled.add(save(dialog.shell()).isEnabled());
            screenshot(dialog.shell(), "new-client-refused.png");
            dialog.fill("Legal name", "Rowan Calloway")
                    .fill("Date of birth", LocalDate.now().plusDays(1).toString());
            seen.add(refusals(dialog.shell()));
            saveEnabled.add(save(dialog.shell()).isEnabled());
            dialog.fill("Legal name", "   ");
            seen.add(refusals(dialog.shell()));
            dialog.fill("Legal name", "Rowan Calloway").fill("Date of birth", "1991-02-03")
                    .fill("Pronouns", "they/them ".repeat(11));
            seen.add(refusals(dialog.shell()));
            saveEnabled.add(save(dialog.shell()).isEnabled());
            dialog.press("Cancel");
        });

        assertEquals(List.of("Enter the client's legal name.",
                "1991-02-30 is not a date: type it as YYYY-MM-DD, e.g. 1990-04-23."), seen.get(0));
        assertEquals(List.of("A date of birth cannot be after today; " + LocalDate.now().plusDays(1) + " is."),
                seen.get(1));
        assertEquals("Enter the client's legal name.", seen.get(2).get(0), "blanks are no name");
        assertEquals(List.of("Pronouns has at most 60 characters; this one has 109."), seen.get(3),
                "longer than the caseload keeps: refused at the field, not by the database");
        assertEquals(List.of(false, false, false), saveEnabled, "Save stays disabled while anything is refused");
        assertEquals(List.of("c-0001"), store.listClients().stream().map(ClientSummary::id).toList(),
                "nothing was saved");
    }

    @Test
    void anIdAnotherClientHasIsRefused() throws Exception {
        List<String> seen = new ArrayList<>();
        CaseloadDialogDriver.answer("New Client", "org.casenotes.ui.record.newClient", dialog -> {
            dialog.fill("Legal name", "Rowan Calloway").fill("Client id", "c-0001");
            seen.addAll(refusals(dialog.shell()));
            seen.add("Save enabled: " + save(dialog.shell()).isEnabled());
            dialog.fill("Client id", "HS 17");
            seen.addAll(refusals(dialog.shell()));
            dialog.fill("Client id", "HS-17");
            seen.add("Save enabled: " + save(dialog.shell()).isEnabled());
            dialog.press("Save");
        });

        assertEquals(List.of("Another client already has the id c-0001.", "Save enabled: false",
                "A client id has no spaces.", "Save enabled: true"), seen);
        assertEquals("Pat Example", store.loadClient("c-0001").orElseThrow().getLegalName(),
                "the existing client is unchanged");
        assertEquals("Rowan Calloway", store.loadClient("HS-17").orElseThrow().getLegalName(),
                "a typed id of the agency's own is kept");
    }

    @Test
    void editingTheShownClientChangesTheStoredClient() throws Exception {
        CaseloadView view = StartedCaseload.view();
        view.selectClient("c-0001");
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        EventLoop.spinUntil(() -> overview != null && "c-0001".equals(overview.shownClientId()), OPEN_TIMEOUT_MS,
                "the overview to show c-0001");
        List<String> seen = new ArrayList<>();
        CaseloadDialogDriver.answer("Edit Client", "org.casenotes.ui.record.editClient", dialog -> {
            seen.add(dialog.valueOf("Legal name"));
            seen.add(Boolean.toString(WidgetFinder.first(dialog.shell(), org.eclipse.swt.widgets.Text.class,
                    text -> "c-0001".equals(text.getText())).orElseThrow().getEditable()));
            dialog.fill("Preferred name", "Pat").fill("Pronouns", "she/her").fill("Date of birth", "1984-11-02");
            Combo status = WidgetFinder.all(dialog.shell(), Combo.class).get(0);
            status.select(List.of(status.getItems()).indexOf("Inactive"));
            screenshot(dialog.shell(), "edit-client-dialog.png");
            dialog.press("Save");
        });

        assertEquals(List.of("Pat Example", "false"), seen, "the dialog starts from the record; its id is fixed");
        Client changed = store.loadClient("c-0001").orElseThrow();
        assertEquals(List.of("Pat Example", "Pat", "she/her", LocalDate.of(1984, 11, 2), ClientStatus.INACTIVE),
                List.of(changed.getLegalName(), changed.getPreferredName(), changed.getPronouns(),
                        changed.getDateOfBirth(), changed.getStatus()));
        assertTrue(store.auditLog().entriesFor(RecordKind.CLIENT, "c-0001").stream()
                .anyMatch(entry -> entry.action() == AuditAction.CHANGE), "the edit is audited as a change");
        EventLoop.spinUntil(() -> view.shownClientRows().stream().anyMatch(row -> row.contains("Inactive")),
                OPEN_TIMEOUT_MS, "the caseload view to show the change: " + view.shownClientRows());
    }

    @Test
    void editUndoPutsThePreviousDetailsBackAndRedoTheNewOnes() throws Exception {
        CaseloadView view = StartedCaseload.view();
        view.selectClient("c-0001");
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        EventLoop.spinUntil(() -> overview != null && "c-0001".equals(overview.shownClientId()), OPEN_TIMEOUT_MS,
                "the overview to show c-0001");
        CaseloadDialogDriver.answer("Edit Client", "org.casenotes.ui.record.editClient", dialog -> {
            dialog.fill("Legal name", "Patricia Example").fill("Payer", "Harbour Health Plan");
            dialog.press("Save");
        });
        assertEquals("Patricia Example", store.loadClient("c-0001").orElseThrow().getLegalName());
        page().activate(view);

        ActiveWorkbench.runCommand("org.eclipse.ui.edit.undo");
        Client undone = store.loadClient("c-0001").orElseThrow();
        assertEquals(List.of("Pat Example", 0), List.of(undone.getLegalName(), undone.getCoverages().size()),
                "Undo puts the previous details back in the store");
        EventLoop.spinUntil(() -> view.shownClientNames().equals(List.of("Pat Example")), OPEN_TIMEOUT_MS,
                "the caseload view to show the name again: " + view.shownClientNames());

        ActiveWorkbench.runCommand("org.eclipse.ui.edit.redo");
        Client redone = store.loadClient("c-0001").orElseThrow();
        assertEquals(List.of("Patricia Example", "Harbour Health Plan"),
                List.of(redone.getLegalName(), redone.getCoverages().get(0).getPayerName()));
    }

    @Test
    void closingTheWorkbenchOverChangedDetailsAsksAndKeepsThemToSave() throws Exception {
        CaseloadView view = StartedCaseload.view();
        view.selectClient("c-0001");
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        EventLoop.spinUntil(() -> overview != null && "c-0001".equals(overview.shownClientId()), OPEN_TIMEOUT_MS,
                "the overview to show c-0001");
        Shell workbenchWindow = ActiveWorkbench.shell();
        List<String> seen = new ArrayList<>();
        CaseloadDialogDriver.answer("Edit Client", "org.casenotes.ui.record.editClient", dialog -> {
            dialog.fill("Pronouns", "they/them").fill("Phone", "(555) 0100-2000");
            List<String> asked = DialogWatcher.answer(ClientDialog.UNSAVED_TITLE, question -> {
                seen.add(WidgetFinder.all(question, Label.class).stream().map(Label::getText)
                        .filter(text -> !text.isBlank()).collect(Collectors.joining(" ")));
                Clicks.press(question, ClientDialog.KEEP_EDITING);
            });
            // what the window manager's close button does to the workbench window (SWT's delete-event handler)
            workbenchWindow.close();
            EventLoop.spin();
            seen.add(String.join(",", asked));
            seen.add(Boolean.toString(PlatformUI.getWorkbench().isClosing() || workbenchWindow.isDisposed()));
            seen.add(dialog.valueOf("Pronouns") + " " + dialog.valueOf("Phone"));
            dialog.press("Save");
        });

        assertEquals(List.of("You changed the details of Pat Example and have not saved them. Close Casenotes"
                + " without saving them?", ClientDialog.UNSAVED_TITLE, "false", "they/them (555) 0100-2000"), seen,
                "asked; Keep Editing kept the workbench and the dialog open with what was typed");
        Client changed = store.loadClient("c-0001").orElseThrow();
        assertEquals(List.of("they/them", "(555) 0100-2000"),
                List.of(changed.getPronouns(), changed.getContact().getPhone()));
    }

    /** @return the messages shown under the fields, top to bottom */
    private static List<String> refusals(Shell shell) {
        EventLoop.spin();
        return WidgetFinder.all(shell, Label.class).stream().filter(Label::isVisible)
                .filter(label -> label.getForeground().equals(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)))
                .map(Label::getText).filter(text -> !text.isEmpty()).toList();
    }

    private static Button save(Shell shell) {
        return WidgetFinder.button(shell, "Save").orElseThrow();
    }

    private static Button checkbox(Shell shell, String text) {
        return WidgetFinder.first(shell, Button.class, button -> text.equals(button.getText()))
                .orElseThrow(() -> new AssertionError("no check box " + text));
    }



    private static void screenshot(Shell shell, String name) {
        try {
            EventLoop.spinFor(300);
            Screenshots.save(shell, name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

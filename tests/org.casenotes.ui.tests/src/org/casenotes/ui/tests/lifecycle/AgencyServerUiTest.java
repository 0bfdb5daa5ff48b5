package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casenotes.core.lifecycle.NoteContentHash;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.Signature;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.Role;
import org.casenotes.store.server.tests.AgencyServers;
import org.casenotes.store.server.tests.LocalPostgres;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.RecentAgencyServers;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.review.QueuedNote;
import org.casenotes.ui.review.ReviewQueueView;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.tests.caseload.CaseloadDialogDriver;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.KeyTyping;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's "done means" in the workbench, with real widgets and a real PostgreSQL (the one the agency-server tests
 * start): clinicians A and B and their supervisor S share one agency server. Each signs in through File &gt; Open
 * Agency Server in turn (one workbench, one connection per account): A submits a note for review; S sees it and A's
 * signed note in the Review Queue, co-signs the one and returns the other with a comment; A reads the comment; a
 * template the administrator published once is offered to both A and B by the new-note wizard.
 */
class AgencyServerUiTest {

    private static final String PASSWORD = "workbench-secret-for-tests";
    private static final String A = "ui-clin-a";
    private static final String B = "ui-clin-b";
    private static final String S = "ui-sup-s";
    private static final String SOAP = "std.progress.SoapNote";
    private static final String COMMENT = "Name the intervention you used.";
    private static final String GROUP_NOTE = """
            package agency
            template GroupNote "Agency group note" version 1 kind progress {
            	field summary "Summary" : longtext required
            	signature signature "Signature"
            }
            """;
    private static final long UI_TIMEOUT_MS = 30_000;

    private AgencyServers agency;

    @BeforeEach
    void anAgencyWithTwoCliniciansAndTheirSupervisor() {
        StartedCaseload.store();
        agency = AgencyServers.initialised(LocalPostgres.get(), S, PASSWORD, Role.SUPERVISOR);
        agency.addAccount(A, PASSWORD, Role.CLINICIAN, S);
        agency.addAccount(B, PASSWORD, Role.CLINICIAN, S);
        // the name and credentials S signs with, as the agency recorded them on the server
        agency.asOwner("UPDATE account SET display_name = 'Dana Okafor', credentials = 'LCSW-S' WHERE user_id = '"
                + S + "'");
        FormDefinition soap = NoteForms.installed().latest(SOAP).orElseThrow();
        try (CaseloadStore a = agency.server().open(A, PASSWORD.toCharArray())) {
            a.saveClient(client());
            a.saveNote(signedAwaitingCosignature(soap));
            a.saveNote(note("n-draft", soap, LocalDate.now().minusDays(1)));
        }
    }

    @AfterEach
    void backToTheDemo() throws Exception {
        AgencyWorkbench.backToTheDemo();
    }

    @Test
    void aSupervisorCoSignsFromTheQueueAndATemplatePublishedOnceReachesBothClinicians() throws Exception {
        // A signs in; a wrong password first is said in the dialog, which stays open
        List<String> refusals = new ArrayList<>();
        CaseloadDialogDriver.answer("Open Agency Server", "org.casenotes.ui.caseload.openServer", dialog -> {
            dialog.fill("Server address (JDBC URL)", agency.url()).fill("User id", A).fill("Password", "not it");
            dialog.press("Open");
            refusals.add(dialog.shownText());
            assertTrue(dialog.isOpen(), "the dialog stays open to try again");
            dialog.fill("Password", PASSWORD);
            dialog.press("Open");
        });
        assertTrue(refusals.get(0).contains("The agency server refused the user name " + A + " or its password"),
                refusals.get(0));
        assertEquals(A, CaseloadSession.current().agency().orElseThrow().account().userId());
        assertEquals(A + " on " + agency.url(), CaseloadSession.current().name());
        assertEquals(A, Workplace.profile().id(), "notes are written as the server's account");
        String remembered = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE).get(RecentAgencyServers.RECENT,
                "");
        assertEquals(agency.url() + "\t" + A + "\n", remembered, "the recent list keeps address and user, no password");
        EventLoop.spinUntil(() -> StartedCaseload.view().shownClientIds().contains("c-srv"), UI_TIMEOUT_MS,
                "the caseload view to list the server's client");

        // locked after idle time, the session's connection is closed; the account's password opens it again
        CaseloadSession.current().lock();
        assertTrue(CaseloadSession.current().isLocked());
        Dialogs.Awaited unlock = Dialogs.answer("Unlock caseload", dialog -> {
            WidgetFinder.all(dialog, Text.class).get(0).setText(PASSWORD);
            Dialogs.press(dialog, "OK");
        });
        KeyTyping.keyDown(WidgetFinder.all(ActiveWorkbench.shell(), Table.class).get(0), 'a');
        EventLoop.spinUntil(() -> !CaseloadSession.current().isLocked(), UI_TIMEOUT_MS, "the password to unlock");
        assertTrue(unlock.text().contains("closed its connection to the agency server")
                && unlock.text().contains("Enter your account's password"), unlock.text());

        // A submits the draft for review from the note editor
        CaseloadStore aStore = Workplace.store();
        Client client = aStore.loadClient("c-srv").orElseThrow();
        Note draft = client.getNotes().stream().filter(note -> note.getId().equals("n-draft")).findFirst()
                .orElseThrow();
        NoteOpener.openStored(ActiveWorkbench.page(), client, draft, Workplace.rules(), NoteHome.record(aStore));
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.submit");
        assertEquals(NoteStatus.SUBMITTED, aStore.loadNote("n-draft").orElseThrow().getStatus());
        Workbench.closeAllEditors();

        // S signs in (the recent list fills in the address) and finds both notes in the Review Queue, oldest first
        signIn(S);
        assertTrue(Workplace.profile().supervisor(), "the server's role, not a preference, makes S a supervisor");
        ReviewQueueView queue = (ReviewQueueView) ActiveWorkbench.page().showView(ReviewQueueView.ID);
        queue.refresh();
        assertEquals(List.of("n-signed", "n-draft"), queue.shownNotes().stream().map(q -> q.note().getId()).toList(),
                queue.summaryText());
        assertEquals("2 notes wait for your review, oldest first.", queue.summaryText());
        QueuedNote submitted = queue.shownNotes().get(1);
        assertEquals(A, submitted.entry().authorId());
        assertFalse(submitted.findings().isEmpty(), "the draft's findings are shown with it");
        assertTrue(submitted.findingsSummary().contains("findings"), submitted.findingsSummary());
        Screenshots.ofWorkbenchWindow(1280, 1000, "agency-server-review-queue.png");

        // co-sign the signed note (confirmed), return the submitted one with a comment
        queue.select("n-signed");
        Dialogs.Awaited confirm = Dialogs.answer(ReviewQueueView.COSIGN_TITLE, Dialogs.pressing("OK"));
        Clicks.click(viewButton("Co-sign…"));
        assertTrue(confirm.shown() && confirm.text().contains("Co-sign the note of " + A), "the co-signature was"
                + " confirmed first");
        queue.select("n-draft");
        assertFalse(viewButton("Co-sign…").isEnabled(), "a submitted note is returned, not co-signed");
        Dialogs.Awaited returning = Dialogs.answer(ReviewQueueView.RETURN_TITLE, dialog -> {
            Text comment = WidgetFinder.all(dialog, Text.class).get(0);
            comment.setText(COMMENT);
            Dialogs.press(dialog, "OK");
        });
        Clicks.click(viewButton("Return with Comment…"));
        assertTrue(returning.shown());
        assertEquals("No note is waiting for your review.", queue.summaryText());
        CaseloadStore sStore = Workplace.store();
        Note cosigned = sStore.loadNote("n-signed").orElseThrow();
        assertEquals(NoteStatus.COSIGNED, cosigned.getStatus());
        assertEquals(S, cosigned.getCosignature().getSignerId());
        assertEquals("Dana Okafor", cosigned.getCosignature().getSignerName(), "the server account's name, not the"
                + " workbench's preferences'");
        assertEquals("LCSW-S", cosigned.getCosignature().getCredentials());

        // the administrator publishes a template once, on the server
        AgencySession administrator = agency.server().signIn(AgencyServers.ADMINISTRATOR,
                AgencyServers.ADMINISTRATOR_PASSWORD.toCharArray());
        try {
            administrator.publish("agency.GroupNote", 1, "Agency group note", GROUP_NOTE);
        } finally {
            administrator.store().close();
        }

        // A sees the returned note with S's comment, and is offered the published template
        signIn(A);
        Note returned = Workplace.store().loadNote("n-draft").orElseThrow();
        assertEquals(NoteStatus.RETURNED, returned.getStatus());
        assertEquals(COMMENT, returned.getReviewComments().get(0).getText());
        assertEquals(S, returned.getReviewComments().get(0).getReviewerId());
        CaseloadStore aAgain = Workplace.store();
        Client record = aAgain.loadClient("c-srv").orElseThrow();
        NoteOpener.openStored(ActiveWorkbench.page(), record, record.getNotes().stream()
                .filter(note -> note.getId().equals("n-draft")).findFirst().orElseThrow(), Workplace.rules(),
                NoteHome.record(aAgain));
        EventLoop.spin();
        List<String> shown = WidgetFinder.all(ActiveWorkbench.shell(), Label.class).stream().map(Label::getText)
                .filter(text -> text.contains("Returned for revision") || text.contains(COMMENT)).toList();
        // (the name is the one on S's co-signature, from S's account on the server)
        assertTrue(shown.stream().anyMatch(text -> text.startsWith("Returned for revision by Dana Okafor, LCSW-S"))
                && shown.stream().anyMatch(text -> text.contains(COMMENT)), "the note editor shows who returned it"
                        + " and the comment: " + shown);
        Workbench.closeAllEditors();
        assertTrue(offeredTemplates().contains("Agency group note (agency template, version 1)"),
                offeredTemplates().toString());

        // and so is B, on another account
        signIn(B);
        assertTrue(NoteForms.installed().ofKind(FormKind.PROGRESS).stream()
                .anyMatch(form -> form.getId().equals("agency.GroupNote")));
        assertTrue(offeredTemplates().contains("Agency group note (agency template, version 1)"),
                offeredTemplates().toString());
    }

    @Test
    void eachRefusalIsSaidInTheDialogAndTheOpenCaseloadStays() throws Exception {
        agency.addAccount("ui-expired", PASSWORD, Role.CLINICIAN, S);
        agency.addAccount("ui-revoked", PASSWORD, Role.CLINICIAN, S);
        agency.asOwner("ALTER ROLE \"ui-expired\" VALID UNTIL '2000-01-01'",
                "REVOKE casenotes_clinician FROM \"ui-revoked\"");
        List<String> said = new ArrayList<>();
        CaseloadDialogDriver.answer("Open Agency Server", "org.casenotes.ui.caseload.openServer", dialog -> {
            dialog.fill("Server address (JDBC URL)", "jdbc:postgresql://127.0.0.1:1/casenotes?connectTimeout=2")
                    .fill("User id", A).fill("Password", PASSWORD);
            dialog.press("Open");
            said.add(dialog.shownText());
            dialog.fill("Server address (JDBC URL)", agency.url()).fill("User id", "ui-expired")
                    .fill("Password", PASSWORD);
            dialog.press("Open");
            said.add(dialog.shownText());
            dialog.fill("User id", "ui-revoked").fill("Password", PASSWORD);
            dialog.press("Open");
            said.add(dialog.shownText());
            dialog.fill("Server address (JDBC URL)", "https://db.agency.example/casenotes").fill("Password", PASSWORD);
            dialog.press("Open");
            said.add(dialog.shownText());
            dialog.press("Cancel");
        });
        assertTrue(said.get(0).contains("The agency server cannot be reached at jdbc:postgresql://127.0.0.1:1/"),
                said.get(0));
        assertTrue(said.get(1).contains("the account has expired"), said.get(1));
        assertTrue(said.get(2).contains("Your account ui-revoked has no Casenotes role on the agency server"),
                said.get(2));
        assertTrue(said.get(3).contains("An agency server's address is a PostgreSQL JDBC URL"), said.get(3));
        assertTrue(CaseloadSession.current().isDemo(), "the demo stays open");
        assertTrue(CaseloadSession.current().agency().isEmpty());
        assertEquals("", InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE).get(RecentAgencyServers.RECENT, ""),
                "nothing that failed is remembered");
    }

    private void signIn(String user) throws Exception {
        CaseloadDialogDriver.answer("Open Agency Server", "org.casenotes.ui.caseload.openServer", dialog -> {
            assertEquals(agency.url(), dialog.valueOf("Server address (JDBC URL)"), "filled from the recent list");
            dialog.fill("User id", user).fill("Password", PASSWORD);
            dialog.press("Open");
        });
        assertEquals(user, CaseloadSession.current().agency().orElseThrow().account().userId());
    }

    /** @return the templates the New Note wizard offers for a progress note, as its Template list shows them */
    private static List<String> offeredTemplates() throws Exception {
        List<String> offered = new ArrayList<>();
        Dialogs.Awaited wizard = Dialogs.answer("New Note", dialog -> {
            Workbench.choose(Workbench.labelled(dialog, "Kind of note", Combo.class), "Progress");
            offered.addAll(Arrays.asList(Workbench.labelled(dialog, "Template", Combo.class).getItems()));
            Dialogs.press(dialog, "Cancel");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.newNote");
        assertTrue(wizard.shown(), "the New Note wizard was shown");
        return offered;
    }

    private static Button viewButton(String label) {
        return WidgetFinder.button(ActiveWorkbench.shell(), label)
                .orElseThrow(() -> new AssertionError("no button " + label + " in the Review Queue"));
    }

    private static Client client() {
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId("c-srv");
        client.setLegalName("Marguerite Oakhollow");
        client.setStatus(ClientStatus.ACTIVE);
        client.setDateOfBirth(LocalDate.of(1988, 6, 2));
        return client;
    }

    private static Note note(String id, FormDefinition form, LocalDate served) {
        Note note = RecordFactory.eINSTANCE.createNote();
        note.setId(id);
        note.setClientId("c-srv");
        note.setTemplateId(form.getId());
        note.setTemplateVersion(form.getVersion());
        note.setAuthorId(A);
        note.setStatus(NoteStatus.DRAFT);
        note.setCreatedAt(Instant.now());
        note.setDateOfService(served);
        BooleanValue supervised = RecordFactory.eINSTANCE.createBooleanValue();
        supervised.setFieldId("underSupervision");
        supervised.setValue(true);
        note.getValues().add(supervised);
        return note;
    }

    /** A note A signed on a form that asks for a supervisor's co-signature (A practises under supervision). */
    private static Note signedAwaitingCosignature(FormDefinition soap) {
        Note note = note("n-signed", soap, LocalDate.now().minusDays(2));
        Signature signature = RecordFactory.eINSTANCE.createSignature();
        signature.setSignerId(A);
        signature.setSignerName("Ada Fernhill");
        signature.setCredentials("APCC");
        signature.setSignedAt(Instant.now());
        signature.setContentHash(NoteContentHash.of(note));
        note.setSignature(signature);
        note.setStatus(NoteStatus.SIGNED);
        return note;
    }
}

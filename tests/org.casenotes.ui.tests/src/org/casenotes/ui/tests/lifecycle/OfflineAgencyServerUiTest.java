package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.KeptDrafts;
import org.casenotes.store.server.Role;
import org.casenotes.store.server.tests.AgencyServers;
import org.casenotes.store.server.tests.LocalPostgres;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.KeptDraftFolders;
import org.casenotes.ui.caseload.ServerWatch;
import org.casenotes.ui.forms.NoteEditors;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.casenotes.ui.lifecycle.NewNoteRequest;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.tests.caseload.CaseloadDialogDriver;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, item 7, in the workbench with real widgets and a real PostgreSQL of the test's own, stopped and started:
 * a clinician signed in through File &gt; Open Agency Server types into a draft; the server stops; the note editor
 * says at its top that the server cannot be reached, saving says the draft is kept on this computer (encrypted: the
 * kept file holds none of the typed words) and signing is refused with the reason; once the server is back the kept
 * draft reaches it by itself and the local copy is gone. A draft another session kept before it crashed is offered
 * at the next sign-in and saved. Signatures carry the name and credentials of the server's account.
 */
class OfflineAgencyServerUiTest {

    private static final String PASSWORD = "offline-workbench-secret";
    private static final String A = "off-ui-a";
    private static final String SOAP = "std.progress.SoapNote";
    private static final String NARRATIVE = "What the client reported";
    private static final String TYPED = "Client spoke about the winter funeral and slept badly since.";
    private static final long UI_TIMEOUT_MS = 60_000;
    private static final String SIGNED_MEANWHILE = "Note Signed Meanwhile";

    private static LocalPostgres postgres;
    private AgencyServers agency;

    @BeforeEach
    void anAgencyOnAServerOfItsOwn() {
        StartedCaseload.store();
        // what earlier tests of the run left open must not be the active editor a command acts on
        ActiveWorkbench.page().closeAllEditors(false);
        ActiveWorkbench.activateWindow();
        if (postgres == null) {
            postgres = LocalPostgres.startPrivate();
        }
        postgres.restartIfStopped();
        agency = AgencyServers.initialised(postgres, "off-ui-first", PASSWORD, Role.CLINICIAN);
        agency.server().addAccount(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD.toCharArray(), A,
                PASSWORD.toCharArray(), Role.CLINICIAN, null, "Robin Okafor", "LCSW");
        try (CaseloadStore a = agency.server().open(A, PASSWORD.toCharArray())) {
            a.saveClient(client());
        }
    }

    @AfterEach
    void backToTheDemo() throws Exception {
        postgres.restartIfStopped();
        ServerWatch.checkEvery(Duration.ofSeconds(30));
        AgencyWorkbench.backToTheDemo();
    }

    @Test
    void aDraftSavedWhileTheServerIsDownIsKeptEncryptedAndReachesTheServerWhenItIsBack() throws Exception {
        signIn();
        assertEquals("Robin Okafor, LCSW", Workplace.profile().signatureLine(),
                "signatures carry the server account's name and credentials, not the preferences'");
        ServerWatch.checkEvery(Duration.ofMillis(300));
        CaseloadStore store = Workplace.store();
        Client client = store.loadClient("c-off").orElseThrow();
        FormDefinition form = NoteForms.installed().latest(SOAP).orElseThrow();
        Note draft = new NewNoteRequest(client, form, LocalDate.now(), false).createDraft(store, Workplace.rules(),
                Workplace.profile().id());
        IEditorPart editor = NoteOpener.open(ActiveWorkbench.page(), client, draft, form, Workplace.rules(),
                NoteHome.record(store));
        NoteEditorWidgets.type(new NoteEditorWidgets(editor).text(NARRATIVE), TYPED);

        postgres.crash();
        EventLoop.spinUntil(() -> ServerWatch.NOTICE.equals(NoteEditors.notice(editor)), UI_TIMEOUT_MS,
                "the note editor to say that the server cannot be reached");
        Dialogs.Awaited keptHere = Dialogs.answer(NoteFormEditor.KEPT_HERE, dialog -> {
            screenshot(dialog, "agency-server-offline-save.png");
            Dialogs.press(dialog, "OK");
        });
        editor.doSave(new NullProgressMonitor());
        assertTrue(keptHere.shown());
        assertTrue(keptHere.text().contains("The agency server cannot be reached; your draft is kept on this"
                + " computer, encrypted, and will be saved to the server when it can be reached."), keptHere.text());
        assertFalse(keptHere.text().contains("could not be saved"), "a kept draft is not reported as lost: "
                + keptHere.text());
        assertTrue(editor.isDirty(), "the editor keeps the changes");
        AgencySession session = CaseloadSession.current().agency().orElseThrow();
        Path kept = session.keptDrafts().orElseThrow().fileOf(draft.getId());
        assertTrue(Files.exists(kept), "kept on this computer");
        assertTrue(kept.startsWith(KeptDraftFolders.root()), "in the user's own data area");
        String bytes = new String(Files.readAllBytes(kept), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("winter funeral"), "never in plain text");
        EventLoop.spin();
        Screenshots.ofWorkbenchWindow(1280, 900, "agency-server-offline-notice.png");

        // signing needs the server: refused, with the reason
        Dialogs.Awaited signing = Dialogs.answer("Sign Note", Dialogs.pressing("OK"));
        Dialogs.Awaited saveFirst = Dialogs.answer(NoteFormEditor.KEPT_HERE, Dialogs.pressing("OK"));
        ActiveWorkbench.page().activate(editor);
        EventLoop.spin();
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.sign");
        assertTrue(saveFirst.shown(), "signing a note with unsaved changes saves it first, which is refused");
        assertTrue(signing.shown() && signing.text().contains("the agency server cannot be reached, and a signature"
                + " or review step counts only once the server has it"), signing.text());

        // the server is back: the watch saves the kept draft through the usual optimistic locking
        postgres.restart();
        EventLoop.spinUntil(() -> !Files.exists(kept), UI_TIMEOUT_MS, "the kept draft to reach the server");
        EventLoop.spinUntil(() -> NoteEditors.notice(editor) == null, UI_TIMEOUT_MS, "the notice to go");
        try (CaseloadStore check = agency.server().open(A, PASSWORD.toCharArray())) {
            assertEquals(TYPED, narrative(check.loadNote(draft.getId()).orElseThrow()));
        }
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty(), "saved normally again");
    }

    @Test
    void aDraftKeptBeforeACrashIsOfferedAtTheNextSignInAndSaved() throws Exception {
        // another workbench of the same account kept a draft while the server was down, then crashed
        AgencySession crashed = agency.server().signIn(A, PASSWORD.toCharArray(), KeptDraftFolders.root());
        Note draft = note("n-crash");
        crashed.store().saveNote(draft);
        Note edited = crashed.store().loadNote("n-crash").orElseThrow();
        ((TextValue) edited.getValues().get(0)).setText(TYPED);
        postgres.crash();
        crashed.keepOffline(edited);
        postgres.restart();

        Dialogs.Awaited offer = Dialogs.answer(ServerWatch.TITLE, shell -> ServerWatch.TITLE.equals(shell.getText())
                && org.casenotes.ui.testsupport.WidgetFinder.button(shell, "Yes").isPresent(), Dialogs.pressing("Yes"));
        Dialogs.Awaited result = Dialogs.answer(ServerWatch.TITLE, shell -> ServerWatch.TITLE.equals(shell.getText())
                && org.casenotes.ui.testsupport.WidgetFinder.button(shell, "OK").isPresent(), Dialogs.pressing("OK"));
        signIn();
        assertTrue(offer.shown() && offer.text().contains("for Ottilie Fenwright (c-off), kept"), offer.text());
        assertTrue(result.shown() && result.text().contains("for Ottilie Fenwright (c-off): saved."), result.text());
        assertEquals(TYPED, narrative(Workplace.store().loadNote("n-crash").orElseThrow()));
        try (KeptDrafts kept = KeptDrafts.open(KeptDraftFolders.root(), agency.url(), A, PASSWORD.toCharArray(),
                java.time.Clock.systemUTC())) {
            assertEquals(0, kept.all().size(), "nothing left on this computer");
        }
    }

    @Test
    void aDraftKeptHereWhileItsNoteWasSignedElsewhereIsShownOnceAndDiscardedOnlyWhenAsked() throws Exception {
        ServerWatch.checkEvery(Duration.ofMillis(300));
        signIn();
        AgencySession session = CaseloadSession.current().agency().orElseThrow();
        Note draft = note("n-signed-elsewhere");
        session.store().saveNote(draft);
        Note edited = session.store().loadNote(draft.getId()).orElseThrow();
        TextValue report = RecordFactory.eINSTANCE.createTextValue();
        report.setFieldId("clientReport");
        report.setText(TYPED);
        edited.getValues().add(report);
        try (CaseloadStore elsewhere = agency.server().open(A, PASSWORD.toCharArray())) {
            elsewhere.saveNote(signedElsewhere(elsewhere.loadNote(draft.getId()).orElseThrow()));
        }
        Path kept = session.keptDrafts().orElseThrow().fileOf(draft.getId());

        // kept here after the other computer signed: the watch finds it cannot go in, and says so once
        StringBuilder shownToRead = new StringBuilder();
        Dialogs.Awaited first = Dialogs.answer(SIGNED_MEANWHILE, dialog -> {
            WidgetFinder.all(dialog, org.eclipse.swt.widgets.Text.class)
                    .forEach(text -> shownToRead.append(text.getText()));
            screenshot(dialog, "agency-server-signed-meanwhile.png");
            Dialogs.press(dialog, "Keep on This Computer");
        });
        session.keepOffline(edited);
        EventLoop.spinUntil(first::shown, UI_TIMEOUT_MS, "the watch to say the note was signed meanwhile");
        assertTrue(first.text().contains("Ottilie Fenwright (c-off) was signed on the agency server"), first.text());
        assertTrue(shownToRead.toString().contains(TYPED), "the kept words are shown to be read: " + shownToRead);
        Dialogs.Awaited again = Dialogs.answer(SIGNED_MEANWHILE, Dialogs.pressing("Discard Kept Copy"));
        EventLoop.spinFor(3_000); // ten checks of the watch
        assertFalse(again.shown(), "told once, not at every check of the server");
        assertTrue(Files.exists(kept), "kept: nothing is thrown away unasked");

        // the next sign-in offers it again; this time the clinician discards it
        Dialogs.Awaited offer = Dialogs.answer(ServerWatch.TITLE, shell -> ServerWatch.TITLE.equals(shell.getText())
                && org.casenotes.ui.testsupport.WidgetFinder.button(shell, "Yes").isPresent(), Dialogs.pressing("Yes"));
        Dialogs.Awaited result = Dialogs.answer(ServerWatch.TITLE, shell -> ServerWatch.TITLE.equals(shell.getText())
                && org.casenotes.ui.testsupport.WidgetFinder.button(shell, "OK").isPresent(), Dialogs.pressing("OK"));
        signIn();
        assertTrue(offer.shown() && offer.text().contains("for Ottilie Fenwright (c-off), kept"), offer.text());
        assertTrue(result.text().contains("signed meanwhile"), result.text());
        EventLoop.spinUntil(again::shown, UI_TIMEOUT_MS, "the kept copy to be shown again after the sign-in");
        EventLoop.spinUntil(() -> !Files.exists(kept), UI_TIMEOUT_MS, "the kept copy to be discarded");
        try (CaseloadStore check = agency.server().open(A, PASSWORD.toCharArray())) {
            Note signed = check.loadNote(draft.getId()).orElseThrow();
            assertEquals(org.casenotes.model.record.NoteStatus.SIGNED, signed.getStatus());
            assertEquals("(not there)", narrative(signed), "the signed note did not change");
        }
    }

    /** Saves a picture of {@code dialog} once it is painted. */
    private static void screenshot(org.eclipse.swt.widgets.Shell dialog, String name) {
        try {
            EventLoop.spinFor(300);
            Screenshots.save(dialog, name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void signIn() throws Exception {
        CaseloadDialogDriver.answer("Open Agency Server", "org.casenotes.ui.caseload.openServer", dialog -> {
            dialog.fill("Server address (JDBC URL)", agency.url()).fill("User id", A).fill("Password", PASSWORD);
            dialog.press("Open");
        });
        assertEquals(A, CaseloadSession.current().agency().orElseThrow().account().userId());
    }

    private static String narrative(Note note) {
        return note.getValues().stream().filter(TextValue.class::isInstance).map(TextValue.class::cast)
                .map(TextValue::getText).filter(TYPED::equals).findFirst().orElse("(not there)");
    }

    /** @return {@code note} as the same account's other workbench signed it */
    private static Note signedElsewhere(Note note) {
        org.casenotes.model.record.Signature signature = RecordFactory.eINSTANCE.createSignature();
        signature.setSignerId(A);
        signature.setSignerName("Robin Okafor");
        signature.setCredentials("LCSW");
        signature.setSignedAt(java.time.Instant.now());
        signature.setContentHash("signed-on-the-other-computer");
        note.setSignature(signature);
        note.setStatus(org.casenotes.model.record.NoteStatus.SIGNED);
        return note;
    }

    private static Note note(String id) {
        Note note = RecordFactory.eINSTANCE.createNote();
        note.setId(id);
        note.setClientId("c-off");
        note.setTemplateId(SOAP);
        note.setTemplateVersion(NoteForms.installed().latest(SOAP).orElseThrow().getVersion());
        note.setAuthorId(A);
        note.setStatus(org.casenotes.model.record.NoteStatus.DRAFT);
        note.setCreatedAt(java.time.Instant.now());
        note.setDateOfService(LocalDate.now());
        TextValue text = RecordFactory.eINSTANCE.createTextValue();
        text.setFieldId("subjective");
        text.setText("Opening words.");
        note.getValues().add(text);
        return note;
    }

    private static Client client() {
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId("c-off");
        client.setLegalName("Ottilie Fenwright");
        client.setStatus(ClientStatus.ACTIVE);
        client.setDateOfBirth(LocalDate.of(1979, 11, 23));
        return client;
    }
}

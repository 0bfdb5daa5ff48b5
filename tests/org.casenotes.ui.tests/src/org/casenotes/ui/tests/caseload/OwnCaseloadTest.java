package org.casenotes.ui.tests.caseload;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.FolderChooser;
import org.casenotes.ui.caseload.KnownCaseload;
import org.casenotes.ui.caseload.RecentCaseloads;
import org.casenotes.ui.lifecycle.NewNoteRequest;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.KeyTyping;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinician's own caseload, through File &gt; New Caseload, Open Caseload and Open Demo Caseload with real widgets:
 * weak and mismatched passphrases are refused with the reason, a new caseload opens empty and is remembered, a
 * wrong passphrase changes nothing on disk, switching asks about unsaved notes, and the demo says it is the demo.
 * The native folder dialog is the one thing replaced ({@link FolderChooser}).
 */
class OwnCaseloadTest {

    private static final String STRONG = "lantern orchard tuesday gravel";
    private static final String AGENCY = "Brightwater Counselling";

    @TempDir
    Path temp;

    @BeforeEach
    void startFromTheDemo() {
        StartedCaseload.store();
        assertTrue(CaseloadSession.current().isDemo(), "each test starts with the demo open");
    }

    @AfterEach
    void backToTheDemoAsTheOtherTestsExpect() throws Exception {
        FolderChooser.replaceWith(FolderChooser.NATIVE);
        ActiveWorkbench.page().closeAllEditors(false);
        if (!CaseloadSession.current().isDemo() || CaseloadSession.current().store() == null) {
            ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        for (String key : List.of(RecentCaseloads.RECENT, RecentCaseloads.LAST, CasenotesPreferences.CLINICIAN_ID,
                CasenotesPreferences.CLINICIAN_NAME, CasenotesPreferences.CLINICIAN_CREDENTIALS,
                CasenotesPreferences.CLINICIAN_SUPERVISOR)) {
            preferences.remove(key);
        }
        preferences.flush();
        StartedCaseload.view();
    }

    @Test
    void aWeakPassphraseIsRefusedWithTheMetersAdvice() throws Exception {
        List<String> seen = new ArrayList<>();
        answerNewCaseload(dialog -> {
            fillDetails(dialog);
            dialog.fill("Passphrase", "password1").fill("Repeat it", "password1");
            seen.add(dialog.labelStartingWith("Strength:"));
            dialog.press("Create");
            seen.add(dialog.shownText());
            seen.add(Boolean.toString(dialog.isOpen()));
            dialog.fill("Passphrase", "gravel lantern").fill("Repeat it", "gravel lantern");
            dialog.press("Create");
            seen.add(dialog.shownText());
            dialog.press("Cancel");
        });

        assertTrue(seen.get(0).contains("a caseload needs Strong"), "the meter says so while typing: " + seen.get(0));
        assertTrue(seen.get(1).contains("This passphrase is too easy to guess"), seen.get(1));
        assertTrue(seen.get(1).contains("This is a very common password."), "zxcvbn's warning: " + seen.get(1));
        assertEquals("true", seen.get(2), "the dialog stays open to choose another");
        assertTrue(seen.get(3).contains("This passphrase is too easy to guess (Almost strong enough). Add another word"
                + " or two."), "two common words are not enough either: " + seen.get(3));
        assertTrue(CaseloadSession.current().isDemo(), "nothing was opened");
    }

    @Test
    void differentPassphrasesInTheTwoFieldsAreRefused() throws Exception {
        Path folder = temp.resolve("brightwater");
        List<String> seen = new ArrayList<>();
        answerNewCaseload(dialog -> {
            fillDetails(dialog);
            dialog.fill("Folder", folder.toString());
            dialog.fill("Passphrase", STRONG).fill("Repeat it", "lantern orchard tuesday gravle");
            seen.add(dialog.labelStartingWith("Strength:"));
            dialog.press("Create");
            seen.add(dialog.shownText());
            dialog.press("Cancel");
        });

        assertFalse(seen.get(0).contains("a caseload needs Strong"), seen.get(0));
        assertTrue(seen.get(1).contains("The two passphrases are not the same."), seen.get(1));
        assertFalse(Files.exists(folder), "no caseload was created");
    }

    @Test
    void aFolderThatAlreadyHoldsFilesIsRefusedAndLeftAsItWas() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("letters"));
        Files.writeString(folder.resolve("letter.txt"), "a clinician's own file");
        List<String> seen = new ArrayList<>();
        answerNewCaseload(dialog -> {
            fillDetails(dialog);
            dialog.fill("Folder", folder.toString());
            dialog.fill("Passphrase", STRONG).fill("Repeat it", STRONG);
            dialog.press("Create");
            seen.add(dialog.shownText());
            dialog.press("Cancel");
        });

        assertTrue(seen.get(0).contains("Cannot create the caseload there: Cannot put a caseload at " + folder
                + ": something is already there."), seen.get(0));
        assertEquals(List.of(folder.resolve("letter.txt")), Files.list(folder).toList(), "nothing was added");
        assertTrue(CaseloadSession.current().isDemo());
    }

    @Test
    void aNewCaseloadOpensEmptyNotAsTheDemoAndIsListedAsRecent() throws Exception {
        Path folder = temp.resolve("brightwater");
        FolderChooser.replaceWith((shell, message, initial) -> Optional.of(folder));
        List<String> seen = new ArrayList<>();
        answerNewCaseload(dialog -> {
            fillDetails(dialog);
            dialog.press("Browse…");
            seen.add(dialog.valueOf("Folder"));
            dialog.fill("Passphrase", STRONG).fill("Repeat it", STRONG);
            seen.add(dialog.shownText());
            screenshot(dialog.shell(), "new-caseload-dialog.png");
            dialog.press("Create");
        });

        assertEquals(folder.toString(), seen.get(0), "Browse puts the chosen folder in the field");
        assertTrue(seen.get(1).contains("Casenotes cannot recover a forgotten passphrase."), seen.get(1));
        assertTrue(seen.get(1).contains("File > Back Up"), "the dialog points to backups: " + seen.get(1));
        CaseloadView view = StartedCaseload.view();
        assertFalse(CaseloadSession.current().isDemo());
        assertEquals(List.of(), view.shownClientNames(), "a new caseload has no clients");
        assertEquals(AGENCY + " (brightwater): 0 clients, 0 unsigned notes, 0 overdue.", view.bannerText());
        assertEquals("Casenotes - " + AGENCY + " (brightwater)", ActiveWorkbench.shell().getText());
        assertEquals(folder, RecentCaseloads.ofWorkbench().list().get(0).location());
        assertEquals(Optional.of(folder), RecentCaseloads.ofWorkbench().last().map(KnownCaseload::location),
                "it reopens at the next start");
        assertEquals("Sam Ortiz, LCSW", CasenotesPreferences.profile().signatureLine(),
                "the clinician's name and credentials go on signatures");
        Screenshots.ofWorkbenchWindow("new-caseload-open.png");
    }

    @Test
    void aWrongPassphraseSaysSoAndLeavesTheFilesAsTheyWereTheRightOneOpensIt() throws Exception {
        Path folder = closedCaseload("brightwater");
        Map<Path, String> before = hashes(folder);
        List<String> seen = new ArrayList<>();
        answerOpenCaseload(dialog -> {
            seen.add(String.join("\n", dialog.listItems()));
            dialog.fill("Passphrase", "lantern orchard tuesday");
            dialog.press("Open");
            seen.add(dialog.shownText());
            seen.add(hashes(folder).equals(before) ? "unchanged" : "changed");
            dialog.fill("Passphrase", STRONG);
            dialog.press("Open");
        });

        assertTrue(seen.get(0).startsWith(AGENCY + " (brightwater)"), "listed as recent: " + seen.get(0));
        assertTrue(seen.get(1).contains("That passphrase does not open the caseload in " + folder
                + ". Nothing was changed."), seen.get(1));
        assertEquals("unchanged", seen.get(2), "a wrong passphrase writes nothing, byte for byte");
        CaseloadView view = StartedCaseload.view();
        assertFalse(CaseloadSession.current().isDemo());
        assertEquals(List.of("Pat Example"), view.shownClientNames(), "the caseload's own client shows");
        assertTrue(view.bannerText().startsWith(AGENCY + " (brightwater): 1 client, 0 unsigned notes"),
                view.bannerText());
    }

    @Test
    void switchingWithAnUnsavedNoteAsksAndCancelKeepsTheNoteAndTheCaseload() throws Exception {
        closedCaseload("brightwater");
        answerOpenCaseload(dialog -> {
            dialog.fill("Passphrase", STRONG);
            dialog.press("Open");
        });
        StartedCaseload.view();
        IEditorPart editor = dirtyNoteOfTheOpenCaseload();

        List<String> question = DialogWatcher.answer("Save Resource", dialog -> Clicks.press(dialog, "Cancel"));
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        EventLoop.spin();
        assertEquals(List.of("Save Resource"), question, "switching asks about the unsaved note");
        assertFalse(CaseloadSession.current().isDemo(), "Cancel keeps the caseload open");
        assertTrue(page().isPartVisible(editor) && editor.isDirty(), "and the note with its unsaved changes");

        List<String> again = DialogWatcher.answer("Save Resource", OwnCaseloadTest::pressDontSave);
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        StartedCaseload.view();
        assertEquals(List.of("Save Resource"), again);
        assertTrue(CaseloadSession.current().isDemo(), "the demo is open");
        assertEquals(0, page().getEditorReferences().length, "the other caseload's note was closed");
    }

    @Test
    void theDemoIsLabelledAsTheDemoInTheTitleAndTheCaseloadView() throws Exception {
        closedCaseload("brightwater");
        answerOpenCaseload(dialog -> {
            dialog.fill("Passphrase", STRONG);
            dialog.press("Open");
        });
        StartedCaseload.view();
        assertFalse(ActiveWorkbench.shell().getText().contains("Demo"), ActiveWorkbench.shell().getText());

        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");

        CaseloadView view = StartedCaseload.view();
        assertTrue(CaseloadSession.current().isDemo());
        assertEquals("Casenotes - Demo caseload (fictional clients)", ActiveWorkbench.shell().getText());
        assertTrue(view.bannerText().startsWith("Demo caseload (fictional clients). 13 clients"), view.bannerText());
        assertEquals(Optional.empty(), RecentCaseloads.ofWorkbench().last(), "the demo opens at the next start");
    }

    /** Fills the agency's and the clinician's details. */
    private static void fillDetails(CaseloadDialogDriver dialog) {
        dialog.fill("Name:", AGENCY).fill("Address:", "12 Harbour Lane, Eastport").fill("Phone:", "555-0142")
                .fill("Your name:", "Sam Ortiz").fill("Credentials (e.g. LCSW):", "LCSW").fill("User id:", "sortiz");
    }

    /**
     * A caseload with one fictional client, created under {@link #STRONG} as if in an earlier session, closed, and
     * on the recent list.
     */
    private Path closedCaseload(String name) {
        Path folder = temp.resolve(name);
        try (CaseloadStore store = Caseloads.embedded().create(folder, STRONG.toCharArray(), "sortiz")) {
            Client client = RecordFactory.eINSTANCE.createClient();
            client.setId("c-1");
            client.setLegalName("Pat Example");
            client.setStatus(ClientStatus.ACTIVE);
            store.saveClient(client);
        }
        RecentCaseloads.ofWorkbench().remember(new KnownCaseload(folder, AGENCY, "", ""));
        return folder;
    }

    private static IEditorPart dirtyNoteOfTheOpenCaseload() throws Exception {
        CaseloadStore store = CaseloadSession.current().store();
        Client client = store.loadClient("c-1").orElseThrow();
        FormDefinition form = NoteForms.installed().latest("std.progress.SoapNote").orElseThrow();
        Note draft = new NewNoteRequest(client, form, LocalDate.now(), false).createDraft(store, Workplace.rules(),
                Workplace.profile().id());
        IEditorPart editor = NoteOpener.open(page(), client, draft, form, Workplace.rules(), NoteHome.record(store));
        StyledText text = WidgetFinder.all(ActiveWorkbench.shell(), StyledText.class).stream()
                .filter(field -> field.isVisible() && field.getEditable()).findFirst()
                .orElseThrow(() -> new AssertionError("no text field in the note"));
        text.setCaretOffset(text.getCharCount());
        KeyTyping.type(text, "Client spoke about the move to a new flat.");
        assertTrue(editor.isDirty(), "the note has unsaved changes");
        return editor;
    }

    private static void pressDontSave(Shell question) {
        String label = WidgetFinder.button(question, "Don't Save").isPresent() ? "Don't Save" : "No";
        Clicks.press(question, label);
    }

    private static void answerNewCaseload(Consumer<CaseloadDialogDriver> answer) throws Exception {
        CaseloadDialogDriver.answer("New Caseload", "org.casenotes.ui.caseload.new", answer);
    }

    private static void answerOpenCaseload(Consumer<CaseloadDialogDriver> answer) throws Exception {
        CaseloadDialogDriver.answer("Open Caseload", "org.casenotes.ui.caseload.open", answer);
    }


    private static void screenshot(Shell shell, String name) {
        try {
            EventLoop.spinFor(300);
            Screenshots.save(shell, name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** @return every file under {@code folder} with its SHA-256 */
    private static Map<Path, String> hashes(Path folder) {
        Map<Path, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(file), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(file))));
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return hashes;
    }
}

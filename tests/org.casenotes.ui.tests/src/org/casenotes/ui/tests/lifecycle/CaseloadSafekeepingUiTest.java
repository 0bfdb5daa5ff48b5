package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.Caseloads;
import org.casenotes.store.RecordKind;
import org.casenotes.store.TamperFinding;
import org.casenotes.store.TamperFinding.Problem;
import org.casenotes.store.VerificationReport;
import org.casenotes.ui.caseload.AuditTrailVerdict;
import org.casenotes.ui.caseload.BackUpHandler;
import org.casenotes.ui.caseload.BackupLocations;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.KnownCaseload;
import org.casenotes.ui.caseload.RecentCaseloads;
import org.casenotes.ui.caseload.RestoreHandler;
import org.casenotes.ui.caseload.VerifyAuditTrailHandler;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * File &gt; Back Up..., Restore... and Verify Audit Trail... on the workbench's (demo) caseload, with real dialogs;
 * only the platform's file choosers, which no test can drive, are answered through {@link BackupLocations}.
 */
class CaseloadSafekeepingUiTest {

    private Path folder;

    @BeforeEach
    void chooseFilesInATemporaryFolder() throws IOException {
        folder = Files.createTempDirectory("casenotes-safekeeping");
    }

    @AfterEach
    void bringTheFileDialogsBack() {
        BackupLocations.use(null);
        Workbench.activateWindow();
    }

    private void answerFileChoosers(Path backup, Path restoreInto) {
        BackupLocations.use(new BackupLocations() {
            @Override
            public Optional<Path> backupDestination(Shell shell, String suggestedName) {
                assertTrue(suggestedName.endsWith(BackupLocations.EXTENSION), suggestedName);
                return Optional.of(backup);
            }

            @Override
            public Optional<Path> backupToRestore(Shell shell) {
                return Optional.of(backup);
            }

            @Override
            public Optional<Path> restoreFolder(Shell shell) {
                return Optional.of(restoreInto);
            }
        });
    }

    @Test
    void theFileMenuOffersBackUpRestoreAndVerify() {
        StartedCaseload.store();
        Menu bar = ActiveWorkbench.shell().getMenuBar();
        MenuItem file = Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("File"))
                .findFirst().orElseThrow();
        Menu menu = file.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", ""))
                .map(text -> text.split("\t")[0]).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.containsAll(List.of("Back Up...", "Restore...", "Verify Audit Trail...")), items::toString);
    }

    @Test
    void verifyingTheOpenCaseloadSaysWhatWasVerified() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        Dialogs.Awaited result = Dialogs.answer(VerifyAuditTrailHandler.INTACT_TITLE, Dialogs.pressing("OK"));
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.verifyAuditTrail");
        EventLoop.spinUntil(result::shown, 120_000, "the verification's result");
        assertTrue(result.text().startsWith("The audit trail is intact."), result.text());
        assertTrue(result.text().contains("audit entries were re-hashed"), result.text());
        assertTrue(result.text().contains(store.listClients().isEmpty() ? "0 stored records" : "stored records match"),
                result.text());
    }

    @Test
    void aBackUpIsWrittenWhereChosenAndRestoresIntoANewFolderLeavingTheOpenCaseloadAlone() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        Path backup = folder.resolve("friday.cnbackup");
        Path restored = folder.resolve("restored");
        answerFileChoosers(backup, restored);

        Dialogs.Awaited backedUp = Dialogs.answer(BackUpHandler.TITLE, Dialogs.pressing("OK"));
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.backUp");
        EventLoop.spinUntil(backedUp::shown, 120_000, "the backup's result");
        assertTrue(backedUp.text().startsWith("The caseload was backed up to " + backup), backedUp.text());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        long entriesAfterBackup = store.auditLog().size();

        Dialogs.Awaited[] outcome = new Dialogs.Awaited[1];
        Dialogs.Awaited asked = Dialogs.answer("the passphrase of the backup",
                shell -> RestoreHandler.TITLE.equals(shell.getText())
                        && !WidgetFinder.all(shell, Text.class).isEmpty(),
                dialog -> {
                    WidgetFinder.all(dialog, Text.class).get(0).setText(DemoCaseload.PASSPHRASE);
                    Dialogs.press(dialog, "OK");
                    outcome[0] = Dialogs.answer("the restore's result", shell -> RestoreHandler.TITLE.equals(
                            shell.getText()) && WidgetFinder.all(shell, Text.class).isEmpty(), Dialogs.pressing("No"));
                });
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.restore");
        EventLoop.spinUntil(() -> outcome[0] != null && outcome[0].shown(), 180_000, "the restore's result");
        assertTrue(asked.text().contains("friday.cnbackup is encrypted under the passphrase"), asked.text());
        assertTrue(outcome[0].text().contains("was checked and restored into " + restored), outcome[0].text());
        assertTrue(outcome[0].text().contains("The caseload you are working in was not changed;"), outcome[0].text());
        assertTrue(outcome[0].text().endsWith(RestoreHandler.OPEN_QUESTION), outcome[0].text());
        assertTrue(CaseloadSession.current().isDemo(), "No keeps the caseload that was open");
        assertEquals(Optional.of(restored.toAbsolutePath()), RecentCaseloads.ofWorkbench().find(restored)
                .map(KnownCaseload::location), "the restored caseload is on the recent list");

        try (CaseloadStore copy = Caseloads.embedded().openForReading(restored, DemoCaseload.PASSPHRASE.toCharArray(),
                "test")) {
            assertEquals(store.listClients(), copy.listClients());
            assertTrue(copy.auditLog().verify().isIntact());
        }
        assertEquals(entriesAfterBackup, store.auditLog().size(), "restoring wrote nothing to the open caseload");
    }

    @Test
    void aRestoredCaseloadOpensInPlaceOfTheOpenOneWhenTheClinicianSaysYes() throws Exception {
        CaseloadStore demo = StartedCaseload.store();
        Path backup = folder.resolve("friday.cnbackup");
        demo.backupTo(backup);
        List<ClientSummary> clients = demo.listClients();
        Path restored = folder.resolve("restored");
        answerFileChoosers(backup, restored);
        try {
            Dialogs.Awaited[] outcome = new Dialogs.Awaited[1];
            Dialogs.answer("the passphrase of the backup", shell -> RestoreHandler.TITLE.equals(shell.getText())
                    && !WidgetFinder.all(shell, Text.class).isEmpty(), dialog -> {
                        WidgetFinder.all(dialog, Text.class).get(0).setText(DemoCaseload.PASSPHRASE);
                        Dialogs.press(dialog, "OK");
                        outcome[0] = Dialogs.answer("the restore's result", shell -> RestoreHandler.TITLE.equals(
                                shell.getText()) && WidgetFinder.all(shell, Text.class).isEmpty(),
                                Dialogs.pressing("Yes"));
                    });
            ActiveWorkbench.runCommand("org.casenotes.ui.caseload.restore");
            EventLoop.spinUntil(() -> outcome[0] != null && outcome[0].shown() && !CaseloadSession.current().isDemo(),
                    180_000, "the restored caseload to open");

            CaseloadSession session = CaseloadSession.current();
            assertEquals(Optional.of(restored.toAbsolutePath()), session.location());
            assertEquals(clients, session.store().listClients(), "the restored caseload's clients show");
            assertEquals(Optional.of(restored.toAbsolutePath()), RecentCaseloads.ofWorkbench().last()
                    .map(KnownCaseload::location), "and it reopens at the next start");
        } finally {
            ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
            IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
            preferences.remove(RecentCaseloads.RECENT);
            preferences.remove(RecentCaseloads.LAST);
            preferences.flush();
        }
        assertTrue(CaseloadSession.current().isDemo());
    }

    @Test
    void restoringIntoAFolderThatHoldsFilesIsRefused() throws Exception {
        StartedCaseload.store();
        Path backup = folder.resolve("friday.cnbackup");
        StartedCaseload.store().backupTo(backup);
        Path busy = Files.createDirectories(folder.resolve("busy"));
        Files.writeString(busy.resolve("letters.txt"), "keep me");
        answerFileChoosers(backup, busy);

        Dialogs.Awaited refused = Dialogs.answer(RestoreHandler.TITLE, Dialogs.pressing("OK"));
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.restore");
        EventLoop.spinUntil(refused::shown, 60_000, "the refusal");
        assertTrue(refused.text().contains(busy + " is not empty"), refused.text());
        assertEquals(List.of(busy.resolve("letters.txt")), Files.list(busy).toList());
        assertEquals("keep me", Files.readString(busy.resolve("letters.txt")));
    }

    @Test
    void aFailedVerificationNamesEachProblemAndWhatToDo() {
        VerificationReport report = new VerificationReport(40, 12, List.of(new TamperFinding(Problem.AUDIT_END_REMOVED,
                40, RecordKind.CASELOAD, "", "Audit entries #39 to #40 were removed from the end of the log.")), 40);
        String text = AuditTrailVerdict.altered(report);
        assertTrue(text.startsWith("The audit trail does not match what was recorded: 1 problem found."), text);
        assertTrue(text.contains("\u2022 Audit entries #39 to #40 were removed from the end of the log."), text);
        assertFalse(text.contains("intact"), text);
    }
}

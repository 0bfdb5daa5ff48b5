package org.casenotes.ui.tests.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.KnownCaseload;
import org.casenotes.ui.caseload.RecentCaseloads;
import org.casenotes.ui.caseload.ScheduledBackup;
import org.casenotes.ui.preferences.BackupSchedule;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Automatic backups with real widgets: turned on in Window &gt; Preferences &gt; Backups, opening a caseload writes
 * an encrypted backup into the chosen folder that restores with the caseload's passphrase; the demo is never backed
 * up; a folder that is not there is said once in a notice, without a modal dialog.
 */
class ScheduledBackupTest {

    private static final String STRONG = "lantern orchard tuesday gravel";
    private static final String PAGE = "org.casenotes.ui.preferences.backups";
    private static final long TIMEOUT_MS = 60_000;

    @TempDir
    Path temp;

    @BeforeEach
    void startFromTheDemo() {
        StartedCaseload.store();
        assertTrue(CaseloadSession.current().isDemo(), "each test starts with the demo open");
    }

    @AfterEach
    void backToTheDemoWithoutAutomaticBackups() throws Exception {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        for (String key : List.of(BackupSchedule.ENABLED, BackupSchedule.EVERY_DAYS, BackupSchedule.FOLDER,
                BackupSchedule.KEEP)) {
            preferences.remove(key);
        }
        preferences.flush();
        Arrays.stream(ActiveWorkbench.shell().getShells()).filter(shell -> "Automatic Backup".equals(shell.getText()))
                .forEach(Shell::close);
        ActiveWorkbench.page().closeAllEditors(false);
        if (!CaseloadSession.current().isDemo() || CaseloadSession.current().store() == null) {
            ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        }
        waitForBackups();
        preferences.remove(RecentCaseloads.RECENT);
        preferences.remove(RecentCaseloads.LAST);
        preferences.flush();
        StartedCaseload.view();
    }

    @Test
    void turnedOnInThePreferencesOpeningACaseloadWritesABackupThatRestores() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("usb-drive"));
        List<String> seen = new ArrayList<>();
        DialogWatcher.answer(shell -> shell.getText().startsWith("Preferences"), dialog -> {
            String close = WidgetFinder.button(dialog, "Apply and Close").isPresent() ? "Apply and Close" : "OK";
            Clicks.click(WidgetFinder.button(dialog, "Back up my caseloads automatically").orElseThrow());
            Clicks.press(dialog, close);
            EventLoop.spin();
            seen.add("without a folder the dialog stays open: " + (!dialog.isDisposed() && dialog.isVisible()));
            seen.add("keep " + fieldAfter(dialog, "Keep the newest (backups):").getText());
            fieldAfter(dialog, "To folder:").setText(folder.toString());
            EventLoop.spin();
            screenshot(dialog, "backups-preferences.png");
            Clicks.press(dialog, close);
        });
        PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(ActiveWorkbench.shell(), PAGE,
                new String[] {PAGE}, null);
        preferences.open();
        assertEquals(List.of("without a folder the dialog stays open: true", "keep 5"), seen,
                "turned on without a folder it is refused; five backups are kept unless the clinician says otherwise");
        assertEquals(Optional.of(folder), BackupSchedule.current().activeFolder(), "the page saved the choice");
        assertEquals(List.of(), backupsIn(folder), "the demo, open while it was turned on, is not backed up");

        closedCaseload("brightwater");
        openTheRecentCaseload();

        EventLoop.spinUntil(() -> backupsIn(folder).size() == 1, TIMEOUT_MS, "the automatic backup to be written");
        waitForBackups();
        Path backup = backupsIn(folder).get(0);
        assertTrue(backup.getFileName().toString().matches("auto-brightwater-[0-9a-f]{8}-\\d{8}T\\d{6}Z\\.cnbackup"),
                backup.toString());
        try (CaseloadStore restored = Caseloads.embedded().restore(backup, STRONG.toCharArray(),
                temp.resolve("restored"), "sortiz")) {
            assertEquals("Pat Example", restored.loadClient("c-1").orElseThrow().getLegalName());
        }

        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        StartedCaseload.view();
        waitForBackups();
        openTheRecentCaseload();
        waitForBackups();
        assertEquals(List.of(backup), backupsIn(folder), "no second backup within the day, none of the demo");
    }

    @Test
    void turningItOnWhileACaseloadIsOpenBacksItUpAtOnce() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("usb-drive"));
        closedCaseload("brightwater");
        openTheRecentCaseload();
        waitForBackups();
        assertEquals(List.of(), backupsIn(folder), "off by default");

        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.put(BackupSchedule.FOLDER, folder.toString());
        preferences.putBoolean(BackupSchedule.ENABLED, true);
        preferences.flush();

        EventLoop.spinUntil(() -> backupsIn(folder).size() == 1, TIMEOUT_MS, "the automatic backup to be written");
        waitForBackups();
        assertEquals(1, backupsIn(folder).size(), "one backup, not one per changed setting");
    }

    @Test
    void aBackupFolderThatIsNotThereIsSaidOnceWithoutAModalDialog() throws Exception {
        Path unplugged = temp.resolve("media/usb-drive");
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.putBoolean(BackupSchedule.ENABLED, true);
        preferences.put(BackupSchedule.FOLDER, unplugged.toString());
        preferences.flush();
        closedCaseload("brightwater");

        openTheRecentCaseload();

        EventLoop.spinUntil(() -> notice().isPresent(), TIMEOUT_MS, "the notice of the failed backup");
        Shell notice = notice().orElseThrow();
        String said = WidgetFinder.all(notice, Label.class).stream().map(Label::getText)
                .reduce("", String::concat);
        assertTrue(said.contains("The automatic backup to " + unplugged + " failed: The backup folder " + unplugged
                + " is not there (is its drive connected?)."), said);
        assertTrue(said.contains("tried again"), said);
        assertEquals(0, notice.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL),
                "the notice does not block the workbench");
        Screenshots.ofWorkbenchWindow("backup-folder-missing.png");
        assertTrue(Files.notExists(unplugged), "no folder is made in the drive's place");
    }

    private static void screenshot(Shell shell, String name) {
        try {
            Screenshots.save(shell, name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Optional<Shell> notice() {
        return Arrays.stream(ActiveWorkbench.shell().getShells())
                .filter(shell -> "Automatic Backup".equals(shell.getText()) && shell.isVisible()).findFirst();
    }

    private static void waitForBackups() {
        EventLoop.spinUntil(() -> Job.getJobManager().find(ScheduledBackup.FAMILY).length == 0, TIMEOUT_MS,
                "automatic backups to finish");
        EventLoop.spin();
    }

    private static List<Path> backupsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".cnbackup")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A caseload with one fictional client, created as if in an earlier session, closed, and on the recent list. */
    private void closedCaseload(String name) {
        Path folder = temp.resolve(name);
        try (CaseloadStore store = Caseloads.embedded().create(folder, STRONG.toCharArray(), "sortiz")) {
            Client client = RecordFactory.eINSTANCE.createClient();
            client.setId("c-1");
            client.setLegalName("Pat Example");
            client.setStatus(ClientStatus.ACTIVE);
            store.saveClient(client);
        }
        RecentCaseloads.ofWorkbench().remember(new KnownCaseload(folder, "Brightwater Counselling", "", ""));
    }

    private static void openTheRecentCaseload() throws Exception {
        List<String> answered = DialogWatcher.answer("Open Caseload", shell -> {
            CaseloadDialogDriver dialog = new CaseloadDialogDriver(shell);
            dialog.fill("Passphrase", STRONG);
            dialog.press("Open");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.open");
        assertEquals(List.of("Open Caseload"), answered);
        StartedCaseload.view();
        assertFalse(CaseloadSession.current().isDemo(), "the caseload is open");
    }

    private static Text fieldAfter(Shell dialog, String label) {
        Label found = WidgetFinder.first(dialog, Label.class,
                candidate -> WidgetFinder.withoutMnemonics(candidate.getText()).equals(label))
                .orElseThrow(() -> new AssertionError("no label " + label));
        Control[] siblings = found.getParent().getChildren();
        for (int i = Arrays.asList(siblings).indexOf(found) + 1; i < siblings.length; i++) {
            if (siblings[i] instanceof Text text) {
                return text;
            }
        }
        throw new AssertionError("no field after " + label);
    }

}

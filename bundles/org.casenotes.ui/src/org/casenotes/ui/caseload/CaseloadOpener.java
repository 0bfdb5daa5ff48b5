package org.casenotes.ui.caseload;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.store.CaseloadOverview;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.Caseloads;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * Opens the caseload of the data folder once per workbench:
 * <ul>
 * <li>no caseload yet (first start): creates the fictional demo caseload there, under the published demo
 * passphrase (not stretched: see {@link Caseloads#embeddedUnderPublishedPassphrase()}), in a background job whose
 * progress {@link CreationProgress} shows;</li>
 * <li>the demo caseload: opens it with the published passphrase, without asking (asking for a passphrase that is
 * printed in the documentation would only pretend to protect fictional data);</li>
 * <li>any other caseload: asks for its passphrase until it is right or the user cancels.</li>
 * </ul>
 * When the last caseload opened in this workbench was one of the clinician's own ({@link RecentCaseloads#last()}),
 * that one is opened instead, asking for its passphrase; the demo then stays closed until File &gt; Open Demo
 * Caseload.
 * The demo is written into a staging folder and moved into place only when complete, so quitting (or a crash)
 * during its creation never leaves a half-written caseload behind: the next start simply creates it again.
 * Quitting cancels the creation and waits for it; the store is closed when the workbench shuts down.
 */
public final class CaseloadOpener {

    /** Told on the display thread while the demo caseload is written. */
    interface CreationProgress {
        void clientWritten(int done, int total, String client);
    }

    private static final long SHUTDOWN_WAIT_MILLIS = 30_000;
    private static final String NOTHING_OPEN = "No caseload is open. Open one with File > Open Caseload…, or the"
            + " fictional demo with File > Open Demo Caseload.";

    private static boolean started;
    private static Job openingJob;

    private CaseloadOpener() {
    }

    /**
     * Starts opening the caseload while the workbench itself is still starting, when that needs nobody: the demo
     * caseload, which opens under its published passphrase. Its key derivation and first queries then run beside
     * the workbench's start on another core instead of after the caseload view appears. A first start (the demo is
     * created with its progress shown in the caseload view) and any other caseload (its passphrase is asked for)
     * wait for the view. Called on the display thread before the first window opens.
     */
    public static void openEarlyIfUnattended() {
        if (started) {
            return;
        }
        CaseloadFolder folder = CaseloadFolder.ofWorkbench();
        if (!folder.hasCaseload() || !folder.isDemo() || RecentCaseloads.ofWorkbench().last().isPresent()) {
            return;
        }
        started = true;
        CaseloadSession session = CaseloadSession.current();
        closeOnShutdown(session);
        ScheduledBackup.watch(session);
        openDemo(Display.getCurrent(), folder, EmbeddedCaseloads.factory(), session);
    }

    /** Opens the caseload unless that has already been started; the session tells when it is open. */
    static void openOnce(Shell shell, CreationProgress progress) {
        if (started) {
            return;
        }
        started = true;
        CaseloadSession session = CaseloadSession.current();
        closeOnShutdown(session);
        ScheduledBackup.watch(session);
        CaseloadFolder folder = CaseloadFolder.ofWorkbench();
        CaseloadStoreFactory factory = EmbeddedCaseloads.factory();
        Display display = shell.getDisplay();
        Optional<KnownCaseload> last = RecentCaseloads.ofWorkbench().last();
        if (last.isPresent()) {
            unlockOwn(shell, last.get(), factory, session);
        } else if (!folder.hasCaseload()) {
            createDemo(display, folder, Caseloads.embeddedUnderPublishedPassphrase(), session, progress);
        } else if (folder.isDemo()) {
            openDemo(display, folder, factory, session);
        } else {
            unlock(shell, folder, factory, session);
        }
    }

    /** Opens the existing demo caseload under its published passphrase, in the background. */
    private static void openDemo(Display display, CaseloadFolder folder, CaseloadStoreFactory factory,
            CaseloadSession session) {
        inBackground("Opening the demo caseload", display, session, monitor -> factory.open(folder.caseload(),
                DemoCaseload.PASSPHRASE.toCharArray(), DemoCaseload.ACTOR), true);
    }

    private static void createDemo(Display display, CaseloadFolder folder, CaseloadStoreFactory factory,
            CaseloadSession session, CreationProgress progress) {
        inBackground("Creating the demo caseload", display, session, monitor -> writeDemo(folder, factory,
                (done, total, client) -> {
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    display.asyncExec(() -> progress.clientWritten(done, total, client));
                }), true);
    }

    /**
     * Opens the demo caseload of the data folder now, on the calling thread (File &gt; Open Demo Caseload), creating
     * it first if it is not there.
     *
     * @return the demo's store, unlocked
     * @throws CaseloadStoreException if it cannot be opened or created, e.g. when the data folder holds a caseload
     *                                that is not the demo
     */
    static CaseloadStore openDemoNow() {
        CaseloadFolder folder = CaseloadFolder.ofWorkbench();
        if (folder.hasCaseload() && !folder.isDemo()) {
            throw new CaseloadStoreException("The data folder " + folder.caseload().getParent()
                    + " holds a caseload that is not the demo. Start Casenotes with another data folder"
                    + " (--data) to see the demo.");
        }
        if (!folder.hasCaseload()) {
            return writeDemo(folder, Caseloads.embeddedUnderPublishedPassphrase(), (done, total, client) -> {
            });
        }
        return EmbeddedCaseloads.factory().open(folder.caseload(), DemoCaseload.PASSPHRASE.toCharArray(), DemoCaseload.ACTOR);
    }

    /** Writes the demo into a staging folder, moves it into place, and opens it. */
    private static CaseloadStore writeDemo(CaseloadFolder folder, CaseloadStoreFactory factory,
            DemoCaseload.GenerationProgress progress) {
        Path staging = folder.stagingCaseload();
        folder.discardStaging();
        try (CaseloadStore store = factory.create(staging, DemoCaseload.PASSPHRASE.toCharArray(),
                DemoCaseload.ACTOR)) {
            DemoCaseload.standard(LocalDate.now(DemoCaseload.ZONE), NoteForms.installed()::latest)
                    .writeTo(store, progress);
        }
        folder.adoptStaging();
        return factory.open(folder.caseload(), DemoCaseload.PASSPHRASE.toCharArray(), DemoCaseload.ACTOR);
    }

    /** Opens the clinician's own caseload that was open last, asking for its passphrase. */
    private static void unlockOwn(Shell shell, KnownCaseload caseload, CaseloadStoreFactory factory,
            CaseloadSession session) {
        String error = null;
        while (true) {
            UnlockDialog dialog = new UnlockDialog(shell, UnlockDialog.opening(caseload), error);
            if (dialog.open() != Window.OK) {
                session.failed(NOTHING_OPEN);
                return;
            }
            try {
                session.opened(factory.open(caseload.location(), dialog.passphrase(), CasenotesPreferences.profile()
                        .id()), false, caseload.name(), caseload.location());
                return;
            } catch (WrongPassphraseException e) {
                error = "That passphrase is not right. Nothing was changed. Try again.";
            } catch (CaseloadStoreException e) {
                session.failed(e.getMessage() + " " + NOTHING_OPEN);
                return;
            }
        }
    }

    private static void unlock(Shell shell, CaseloadFolder folder, CaseloadStoreFactory factory,
            CaseloadSession session) {
        String error = null;
        while (true) {
            UnlockDialog dialog = new UnlockDialog(shell, UnlockDialog.opening(folder.caseload().toString()), error);
            if (dialog.open() != Window.OK) {
                session.failed("The caseload is locked. Restart Casenotes to enter its passphrase.");
                return;
            }
            try {
                session.opened(factory.open(folder.caseload(), dialog.passphrase(), System.getProperty("user.name")),
                        false, folder.caseload().toString(), folder.caseload());
                return;
            } catch (WrongPassphraseException e) {
                error = "That passphrase is not right. Try again.";
            } catch (CaseloadStoreException e) {
                session.failed(e.getMessage());
                return;
            }
        }
    }

    @FunctionalInterface
    private interface StoreOpening {
        CaseloadStore open(IProgressMonitor monitor);
    }

    private static void inBackground(String name, Display display, CaseloadSession session, StoreOpening opening,
            boolean demo) {
        Job job = Job.create(name, monitor -> {
            try {
                CaseloadStore store = opening.open(monitor);
                session.arrive(display, store, demo, firstOverview(store));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (CaseloadStoreException e) {
                display.asyncExec(() -> session.failed(e.getMessage()));
                return Status.error(e.getMessage(), e);
            }
        });
        job.setPriority(Job.INTERACTIVE);
        openingJob = job;
        job.schedule();
    }

    /** The caseload view's first content, read here beside the workbench's start; null if it cannot be read. */
    private static CaseloadOverview firstOverview(CaseloadStore store) {
        try {
            return store.overview(CaseloadSession.overdueBefore());
        } catch (CaseloadStoreException e) {
            return null; // the view reads it again and says what is wrong
        }
    }

    private static void closeOnShutdown(CaseloadSession session) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench closing, boolean forced) {
                if (openingJob != null) {
                    openingJob.cancel();
                    try {
                        openingJob.join(SHUTDOWN_WAIT_MILLIS, null);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return true;
            }

            @Override
            public void postShutdown(IWorkbench closing) {
                session.close();
            }
        });
    }
}

package org.casenotes.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.casenotes.core.DataFolder;
import org.casenotes.core.DataFolderException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the Casenotes workbench on the clinician's data folder.
 * <p>
 * The launcher passes {@code -data @noDefault}; this application chooses the folder ({@code -Dcasenotes.data},
 * else {@code CASENOTES_DATA}, else {@code ~/Casenotes}), checks it before anything is written, and locks it so
 * that two workbenches never write the same caseload.
 */
public final class CasenotesApplication implements IApplication {

    /** System property the launch script sets from {@code --data DIR}. */
    public static final String DATA_PROPERTY = "casenotes.data";

    /** Exit code when the data folder cannot be used. */
    public static final Integer EXIT_DATA_FOLDER = 2;

    @Override
    public Object start(IApplicationContext context) throws IOException {
        Location instance = Platform.getInstanceLocation();
        if (!instance.isSet()) {
            DataFolder data = chosenDataFolder();
            Path folder;
            try {
                folder = data.prepare();
            } catch (DataFolderException e) {
                System.err.println("casenotes: " + e.getMessage());
                return EXIT_DATA_FOLDER;
            }
            if (!instance.set(folder.toUri().toURL(), true)) {
                System.err.println("casenotes: another Casenotes is already using " + folder
                        + "; close it first or start with --data DIR");
                return EXIT_DATA_FOLDER;
            }
        }
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new CasenotesWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
            instance.release();
        }
    }

    private static DataFolder chosenDataFolder() {
        String explicit = System.getProperty(DATA_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return DataFolder.at(Path.of(explicit));
        }
        return DataFolder.fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}

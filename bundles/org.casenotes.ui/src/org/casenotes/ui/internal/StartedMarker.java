package org.casenotes.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;

/**
 * Tells the launch script that this run got as far as the workbench's window: when the system property
 * {@value #PROPERTY} names a file, the file is created once the first window has opened. The script keeps the
 * class-data-sharing archive written at the end of a run only if the run created it, so a run that ended early (a
 * data folder refused, say) cannot leave later starts with an archive of a handful of classes.
 */
final class StartedMarker {

    static final String PROPERTY = "casenotes.startedMarker";

    private StartedMarker() {
    }

    static void windowOpened() {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), "the workbench window opened\n");
        } catch (IOException e) {
            ILog.of(StartedMarker.class).warn("Cannot tell the launch script that the workbench started: " + file, e);
        }
    }
}

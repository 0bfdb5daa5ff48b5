package org.casenotes.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The clinician's data folder of the running workbench (its instance location) as a path.
 * <p>
 * Equinox hands the location out as a {@code file:} URL that is not always URI-encoded (a folder named
 * {@code Casenotes data} comes back with a raw blank), so it is converted with {@link URIUtil}, which accepts both.
 */
public final class WorkbenchDataFolder {

    private WorkbenchDataFolder() {
    }

    /** @throws IllegalStateException when the workbench has no data folder (it always has one once started) */
    public static Path current() {
        if (!Platform.isRunning()) {
            throw new IllegalStateException("Casenotes has stopped: it has no data folder now");
        }
        Location instance = Platform.getInstanceLocation();
        if (instance == null || !instance.isSet()) {
            throw new IllegalStateException("Casenotes has no data folder set");
        }
        try {
            return Path.of(URIUtil.toURI(instance.getURL()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("The data folder " + instance.getURL() + " is not a local folder", e);
        }
    }
}

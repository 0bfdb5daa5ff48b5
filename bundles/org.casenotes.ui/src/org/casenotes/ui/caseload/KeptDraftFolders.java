package org.casenotes.ui.caseload;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/**
 * Where the workbench keeps drafts of agency servers while they cannot be reached: in the user's own data area (the
 * Casenotes UI's state location inside the workspace), one folder per server and account, encrypted.
 */
public final class KeptDraftFolders {

    private KeptDraftFolders() {
    }

    /** @return the folder of kept drafts */
    public static Path root() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(KeptDraftFolders.class)).toPath()
                .resolve("kept-drafts");
    }
}

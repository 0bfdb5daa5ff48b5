package org.casenotes.ui.internal;

import org.casenotes.ui.WorkbenchDataFolder;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/** The running installation's version and the folder that holds the clinician's data. */
record InstallationFacts(String version, String dataLocation) {

    static InstallationFacts current() {
        return new InstallationFacts(productVersion(), instanceFolder());
    }

    private static String productVersion() {
        IProduct product = Platform.getProduct();
        var bundle = product != null ? product.getDefiningBundle() : FrameworkUtil.getBundle(InstallationFacts.class);
        return bundle.getVersion().toString();
    }

    private static String instanceFolder() {
        try {
            return WorkbenchDataFolder.current().toString();
        } catch (IllegalStateException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}

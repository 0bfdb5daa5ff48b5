package org.casenotes.ui.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
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
        Location instance = Platform.getInstanceLocation();
        if (instance == null || !instance.isSet()) {
            return "(no data folder is set)";
        }
        try {
            return Path.of(instance.getURL().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return instance.getURL().getPath();
        }
    }
}

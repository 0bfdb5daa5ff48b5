package org.casenotes.core.rules.text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Finds a model file of the OpenNLP model artifacts, which keep it at the root of their jar: on the class
 * path (plain Java: the benchmarks), else in the installed bundle wrapped from that jar (OSGi, where a
 * bundle's root is not visible to other bundles' class loaders; {@code org.casenotes.core} requires those
 * bundles, so they are resolved wherever the core is).
 */
final class ModelFiles {

    private static final String MODEL_BUNDLE_PREFIX = "org.apache.opennlp.models.";

    private ModelFiles() {
    }

    /** @return the model file's content, or {@code null} if no installed jar or bundle has it */
    static InputStream open(String name) {
        ClassLoader loader = ModelFiles.class.getClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(name);
        return in != null ? in : InBundles.open(name);
    }

    /** Kept apart so that plain Java never loads the OSGi classes. */
    private static final class InBundles {

        static InputStream open(String name) {
            Bundle core = FrameworkUtil.getBundle(ModelFiles.class);
            BundleWiring wiring = core == null ? null : core.adapt(BundleWiring.class);
            if (wiring == null) {
                return null;
            }
            for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
                Bundle provider = wire.getProvider().getBundle();
                String symbolicName = provider.getSymbolicName();
                URL entry = symbolicName != null && symbolicName.startsWith(MODEL_BUNDLE_PREFIX)
                        ? provider.getEntry(name) : null;
                if (entry != null) {
                    try {
                        return entry.openStream();
                    } catch (IOException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    }
}

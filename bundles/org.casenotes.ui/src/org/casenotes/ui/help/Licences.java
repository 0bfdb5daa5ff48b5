package org.casenotes.ui.help;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * The components Casenotes runs on and the licence each declares, read from the installed bundles themselves (their
 * {@code Bundle-License} header), so the About dialog cannot list a component that is not there or miss one that
 * is.
 */
final class Licences {

    /** Casenotes' own licence, as its features declare it. */
    static final String OWN = "Eclipse Public License 2.0";
    static final String NOT_DECLARED = "not declared in the component (see its notice files)";

    private static final Map<String, String> KNOWN = Map.of("epl-2.0", OWN, "epl-1.0", "Eclipse Public License 1.0",
            "apache-2.0", "Apache License 2.0", "licenses/license-2.0", "Apache License 2.0", "mit", "MIT License",
            "bsd-3-clause", "BSD 3-Clause License", "bsd-2-clause", "BSD 2-Clause License", "edl-v10",
            "Eclipse Distribution License 1.0", "edl-1.0", "Eclipse Distribution License 1.0");

    /** One component: its name, version and licence. */
    record Component(String name, String version, String licence) {
    }

    private Licences() {
    }

    /** @return the components among {@code bundles} that are not Casenotes' own, by name */
    static List<Component> of(Bundle[] bundles) {
        return Arrays.stream(bundles).filter(bundle -> bundle.getBundleId() != 0)
                .filter(bundle -> !bundle.getSymbolicName().startsWith("org.casenotes."))
                .map(bundle -> new Component(name(bundle), bundle.getVersion().toString(),
                        licence(bundle.getHeaders("").get(Constants.BUNDLE_LICENSE))))
                .sorted(Comparator.comparing(component -> component.name().toLowerCase(Locale.ROOT))).toList();
    }

    private static String name(Bundle bundle) {
        String name = bundle.getHeaders().get(Constants.BUNDLE_NAME);
        return name == null || name.startsWith("%") ? bundle.getSymbolicName() : name;
    }

    /** @return a {@code Bundle-License} header in words, e.g. "Apache License 2.0" for its URL */
    static String licence(String header) {
        if (header == null || header.isBlank()) {
            return NOT_DECLARED;
        }
        String first = header.split("[;,]")[0].strip();
        String key = first.toLowerCase(Locale.ROOT);
        return KNOWN.entrySet().stream().filter(known -> key.equals(known.getKey()) || key.contains(known.getKey())
                && key.contains("/")).map(Map.Entry::getValue).filter(Objects::nonNull).findFirst().orElse(first);
    }
}

package org.casenotes.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * The components Casenotes runs on and the licence each declares, read from the installed bundles themselves (their
 * {@code Bundle-License} header, else their {@code about.html} notice or Maven POM), so the About dialog cannot list a component that is not there or miss one that
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

    private static final Pattern POM_LICENCE = Pattern.compile("<license>\\s*<name>([^<]+)</name>");

    private Licences() {
    }

    /** @return the components among {@code bundles} that are not Casenotes' own, by name */
    static List<Component> of(Bundle[] bundles) {
        return Arrays.stream(bundles).filter(bundle -> bundle.getBundleId() != 0)
                .filter(bundle -> !bundle.getSymbolicName().startsWith("org.casenotes."))
                .map(bundle -> new Component(name(bundle), bundle.getVersion().toString(), licence(bundle)))
                .sorted(Comparator.comparing(component -> component.name().toLowerCase(Locale.ROOT))).toList();
    }

    private static String name(Bundle bundle) {
        String name = bundle.getHeaders().get(Constants.BUNDLE_NAME);
        return name == null || name.startsWith("%") ? bundle.getSymbolicName() : name;
    }

    /**
     * @return the licence {@code bundle} declares: its {@code Bundle-License} header, else what its legal notice
     *         ({@code about.html}, as Eclipse bundles carry) or its Maven POM names
     */
    private static String licence(Bundle bundle) {
        String header = licence(bundle.getHeaders("").get(Constants.BUNDLE_LICENSE));
        if (!header.equals(NOT_DECLARED)) {
            return header;
        }
        String about = text(bundle.getEntry("about.html")).toLowerCase(Locale.ROOT);
        if (about.contains("epl-2.0") || about.contains("eclipse public license - v 2.0")
                || about.contains("eclipse public license 2.0") || about.contains("eclipse public license, version 2.0")) {
            return OWN;
        }
        Enumeration<URL> poms = bundle.findEntries("META-INF/maven", "pom.xml", true);
        while (poms != null && poms.hasMoreElements()) {
            Matcher name = POM_LICENCE.matcher(text(poms.nextElement()));
            if (name.find()) {
                return licence(name.group(1).strip());
            }
        }
        return NOT_DECLARED;
    }

    private static String text(URL entry) {
        if (entry == null) {
            return "";
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readNBytes(200_000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** @return a {@code Bundle-License} header in words, e.g. "Apache License 2.0" for its URL */
    static String licence(String header) {
        if (header == null || header.isBlank()) {
            return NOT_DECLARED;
        }
        String first = header.split("[;,]")[0].strip().replace("\"", "");
        String key = first.toLowerCase(Locale.ROOT);
        return KNOWN.entrySet().stream().filter(known -> key.equals(known.getKey()) || key.contains(known.getKey())
                && key.contains("/")).map(Map.Entry::getValue).filter(Objects::nonNull).findFirst().orElse(first);
    }
}

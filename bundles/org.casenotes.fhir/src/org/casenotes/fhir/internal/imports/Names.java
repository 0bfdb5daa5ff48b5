package org.casenotes.fhir.internal.imports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names for imported parts and options: the source's own where it is already a name of the template language
 * (letters, digits, {@code _}, starting with a letter), else made into one ({@code 1.2} becomes {@code q1_2}, a
 * REDCap code {@code 3} becomes {@code c3}); each unique within its scope.
 */
final class Names {

    private final Set<String> used = new HashSet<>();

    /** @return a unique name for the source's id */
    String unique(String source, String prefix) {
        String base = of(source, prefix);
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    static String of(String source, String prefix) {
        String name = source == null ? "" : source.strip().replaceAll("[^A-Za-z0-9_]", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = prefix + name;
        }
        return name;
    }

    /** A template's name: a name starting with a capital letter. */
    static String templateName(String source) {
        String name = of(source, "Imported");
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}

package org.casenotes.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The packages of a bundle's {@code Export-Package} header that plugins may use: every exported package apart from
 * those marked {@code x-internal:=true} or {@code x-friends:=...} (Eclipse's markers for internals; PDE and Tycho
 * report a plugin's use of them as discouraged access).
 */
public final class ExportedPackages {

    private ExportedPackages() {
    }

    /** @return the API packages named in {@code header} (null or blank: none), in header order */
    public static Set<String> api(String header) {
        Set<String> packages = new LinkedHashSet<>();
        if (header == null || header.isBlank()) {
            return packages;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            List<String> names = new ArrayList<>();
            boolean internal = false;
            for (String part : parts) {
                String p = part.trim();
                String compact = p.replace(" ", "");
                if (compact.startsWith("x-internal:=")) {
                    internal |= compact.substring("x-internal:=".length()).replace("\"", "").equals("true");
                } else if (compact.startsWith("x-friends:=")) {
                    internal = true;
                } else if (!p.contains("=")) {
                    names.add(p);
                }
            }
            if (!internal) {
                packages.addAll(names);
            }
        }
        return packages;
    }

    /** Splits on {@code separator} outside double quotes (attribute values may hold commas). */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}

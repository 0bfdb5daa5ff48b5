package org.casenotes.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A bundle's API at one version: one line per public type and per public or protected member of its API packages,
 * each line {@code owner: signature}. Written to and read from a committed text file ({@code releng/api/<bundle>.api}).
 *
 * @param bundle the bundle's symbolic name
 * @param version the bundle version the API belongs to
 * @param lines the signatures, sorted
 */
public record ApiDescription(String bundle, BundleVersion version, SortedSet<String> lines) {

    private static final String BUNDLE = "bundle ";
    private static final String VERSION = "version ";

    /** Copies the lines so the description is immutable. */
    public ApiDescription {
        lines = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(lines));
    }

    /** @return this API recorded at {@code other} version */
    public ApiDescription at(BundleVersion other) {
        return new ApiDescription(bundle, other, lines);
    }

    /** @return the description in {@code file} */
    public static ApiDescription read(Path file) throws IOException {
        String bundle = null;
        BundleVersion version = null;
        SortedSet<String> lines = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(BUNDLE) && bundle == null) {
                bundle = line.substring(BUNDLE.length()).trim();
            } else if (line.startsWith(VERSION) && version == null) {
                version = BundleVersion.parse(line.substring(VERSION.length()));
            } else {
                lines.add(line);
            }
        }
        if (bundle == null || version == null) {
            throw new IOException(file + ": no 'bundle' or 'version' line; re-record it");
        }
        return new ApiDescription(bundle, version, lines);
    }

    /** Writes the description to {@code file}, with a header that says how to re-record it. */
    public void write(Path file, String recordCommand) throws IOException {
        List<String> text = new ArrayList<>();
        text.add("# API of " + bundle + " for plugins: public and protected signatures in its exported packages apart");
        text.add("# from x-internal and x-friends ones. Checked by releng/api in ./mvnw verify. Do not edit; re-record:");
        text.add("#   " + recordCommand);
        text.add(BUNDLE + bundle);
        text.add(VERSION + version);
        text.addAll(lines);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, text, StandardCharsets.UTF_8);
    }
}

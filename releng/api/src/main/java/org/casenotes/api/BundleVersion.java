package org.casenotes.api;

/**
 * The major.minor.micro part of an OSGi {@code Bundle-Version} (the qualifier is left out: it changes every build).
 *
 * @param major raised when the API loses or changes something
 * @param minor raised when the API gains something
 * @param micro raised for changes a plugin cannot see
 */
public record BundleVersion(int major, int minor, int micro) implements Comparable<BundleVersion> {

    /** @return the version in {@code text}, e.g. {@code 0.1.0.qualifier} or {@code 1.2.3} */
    public static BundleVersion parse(String text) {
        String[] parts = text.trim().split("\\.");
        try {
            return new BundleVersion(part(parts, 0), part(parts, 1), part(parts, 2));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a bundle version: " + text, e);
        }
    }

    private static int part(String[] parts, int index) {
        return index < parts.length ? Integer.parseInt(parts[index]) : 0;
    }

    /** @return the first version after this one that may remove or change API */
    public BundleVersion nextMajor() {
        return new BundleVersion(major + 1, 0, 0);
    }

    /** @return the first version after this one that may add API */
    public BundleVersion nextMinor() {
        return new BundleVersion(major, minor + 1, 0);
    }

    @Override
    public int compareTo(BundleVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(micro, other.micro);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + micro;
    }
}

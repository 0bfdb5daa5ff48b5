package org.casenotes.api;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compares the API of built bundles with their committed API files and fails on any difference, saying what was
 * removed, changed or added, which bundle version the difference needs and how to re-record; or, in record mode,
 * re-records the files (refusing while the bundle version is too low for the difference).
 *
 * <p>Run by {@code releng/api} in {@code ./mvnw verify}: {@code ApiCheck check|record <api-dir> <bundle-dir>...},
 * each bundle dir holding the packaged jar in {@code target/}.
 */
public final class ApiCheck {

    /** The one command that re-records every API file (after the bundle version was raised). */
    public static final String RECORD_COMMAND = "./mvnw -o -B verify -pl releng/api -am -DskipTests -Dapi.record=true";

    private final Path apiDirectory;
    private final PrintStream out;

    /**
     * @param apiDirectory where the {@code <bundle>.api} files are
     * @param out where the report goes
     */
    public ApiCheck(Path apiDirectory, PrintStream out) {
        this.apiDirectory = apiDirectory;
        this.out = out;
    }

    /** Checks or records every bundle given; throws {@link ApiCheckFailure} naming the bundles that failed. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !(args[0].equals("check") || args[0].equals("record"))) {
            throw new IllegalArgumentException("usage: ApiCheck check|record <api-dir> <bundle-dir>...");
        }
        ApiCheck check = new ApiCheck(Path.of(args[1]).toAbsolutePath().normalize(), System.out);
        List<String> failed = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path bundleDirectory = Path.of(args[i]).toAbsolutePath().normalize();
            ApiDescription built = ApiSignatures.of(jarIn(bundleDirectory));
            boolean ok = args[0].equals("record") ? check.record(built) : check.check(built, bundleDirectory);
            if (!ok) {
                failed.add(built.bundle());
            }
        }
        if (!failed.isEmpty()) {
            throw new ApiCheckFailure("API check failed for " + String.join(", ", failed) + " (details above)");
        }
    }

    /**
     * @return the packaged bundle jar in {@code bundleDirectory/target}: the newest, where a build without
     *         {@code clean} left the jar of an earlier Bundle-Version beside it
     */
    static Path jarIn(Path bundleDirectory) throws IOException {
        Path target = bundleDirectory.resolve("target");
        String prefix = bundleDirectory.getFileName() + "-";
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                List<Path> jars = files.filter(f -> f.getFileName().toString().startsWith(prefix))
                        .filter(f -> f.getFileName().toString().endsWith(".jar"))
                        .filter(f -> !f.getFileName().toString().endsWith("-sources.jar")).toList();
                Optional<Path> newest = jars.stream().max(Comparator.comparing(ApiCheck::modified));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IOException("no packaged jar " + prefix + "*.jar in " + target + ": build the bundle first (-am)");
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the committed API file of {@code bundle} */
    public Path fileOf(String bundle) {
        return apiDirectory.resolve(bundle + ".api");
    }

    /** @return true if {@code built} is the recorded API; otherwise reports the difference and returns false */
    public boolean check(ApiDescription built, Path bundleDirectory) throws IOException {
        Path file = fileOf(built.bundle());
        if (!Files.exists(file)) {
            out.println("[api] " + built.bundle() + ": no recorded API (" + file + "). Record it with:");
            out.println("  " + RECORD_COMMAND);
            return false;
        }
        ApiDifference difference = ApiDifference.between(ApiDescription.read(file), built);
        if (difference.none()) {
            out.println("[api] " + built.bundle() + " " + built.version() + ": API unchanged since "
                    + difference.recorded().version() + " (" + built.lines().size() + " signatures)");
            return true;
        }
        out.println("[api] " + built.bundle() + ": API differs from " + file + " (recorded at "
                + difference.recorded().version() + "):");
        difference.describe().forEach(out::println);
        Path manifest = bundleDirectory.resolve("META-INF/MANIFEST.MF");
        if (difference.breaking()) {
            out.println("Removed or changed API breaks plugins compiled against " + difference.recorded().version()
                    + ": the major version must rise. If you meant it, raise Bundle-Version in " + manifest
                    + " to " + difference.neededVersion() + " (or higher); otherwise put the API back.");
        } else {
            out.println("Added API needs the minor version raised (a plugin using it needs the new version): raise "
                    + "Bundle-Version in " + manifest + " to " + difference.neededVersion() + " (or higher).");
        }
        if (difference.versionRaised()) {
            out.println("Bundle-Version is " + built.version() + ", high enough.");
        }
        out.println("Then re-record the API file with:");
        out.println("  " + RECORD_COMMAND);
        return false;
    }

    /** @return true if {@code built} was recorded; false (and why) if its version is too low for the difference */
    public boolean record(ApiDescription built) throws IOException {
        Path file = fileOf(built.bundle());
        if (Files.exists(file)) {
            ApiDifference difference = ApiDifference.between(ApiDescription.read(file), built);
            if (!difference.versionRaised()) {
                out.println("[api] " + built.bundle() + ": not recorded. The API differs from the one recorded at "
                        + difference.recorded().version() + ":");
                difference.describe().forEach(out::println);
                out.println("and Bundle-Version " + built.version() + " is too low: raise it to "
                        + difference.neededVersion() + " (" + (difference.breaking() ? "major: removed or changed API"
                                : "minor: added API") + "), then record again.");
                return false;
            }
            if (difference.none() && difference.recorded().version().equals(built.version())) {
                out.println("[api] " + built.bundle() + " " + built.version() + ": already recorded");
                return true;
            }
            difference.describe().forEach(out::println);
        }
        built.write(file, RECORD_COMMAND);
        out.println("[api] " + built.bundle() + " " + built.version() + ": recorded " + built.lines().size()
                + " signatures in " + file);
        return true;
    }

    /** The check found a difference (or the record was refused); the report says which and what to do. */
    public static final class ApiCheckFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ApiCheckFailure(String message) {
            super(message);
        }
    }
}

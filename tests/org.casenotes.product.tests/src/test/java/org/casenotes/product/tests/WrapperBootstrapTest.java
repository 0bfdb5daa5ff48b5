package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./mvnw} on a fresh machine: no wrapper Maven yet, only the machine's own Maven, which is older than the one
 * the build needs. That Maven stands in here as a script that behaves as Debian's Maven 3.8 does inside this
 * repository (it finds {@code .mvn/} in the folder it runs in or above, loads the Tycho 5 extension and fails), and
 * otherwise "fetches" a distribution whose {@code mvn} only says who it is.
 */
class WrapperBootstrapTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("casenotes.repository.root", "missing-repository-root"));

    @TempDir
    Path temp;

    private Path checkout;
    private Path machineMaven;
    private Path userHome;
    private Path ranIn;

    @BeforeEach
    void freshMachine() throws IOException {
        checkout = temp.resolve("checkout");
        for (String file : List.of("mvnw", "releng/launcher/find-jdk.sh", "releng/scripts/xvfb.sh")) {
            copy(REPOSITORY.resolve(file), checkout.resolve(file));
        }
        try (Stream<Path> files = Files.walk(REPOSITORY.resolve(".mvn"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copy(file, checkout.resolve(REPOSITORY.relativize(file)));
            }
        }
        machineMaven = Files.createDirectories(temp.resolve("machine-bin"));
        userHome = temp.resolve("maven-user-home");
        ranIn = temp.resolve("machine-maven-ran-in");
    }

    @Test
    void fetchesThePinnedMavenThroughTheMachinesMavenOutsideTheRepositoryAndRunsIt() throws Exception {
        machineMaven("""
                dir=$PWD
                while [ "$dir" != / ]; do
                  if [ -d "$dir/.mvn" ]; then
                    echo "[ERROR] 1) No implementation for org.eclipse.tycho.targetplatform.TargetPlatformArtifactResolver was bound."
                    exit 1
                  fi
                  dir=$(dirname "$dir")
                done
                for arg; do
                  case "$arg" in
                    -DoutputDirectory=*) out=${arg#-DoutputDirectory=} ;;
                    -Dartifact=*) version=$(echo "${arg#-Dartifact=}" | cut -d: -f3) ;;
                  esac
                done
                staging=$(mktemp -d)
                mkdir -p "$staging/apache-maven-$version/bin" "$out"
                printf '#!/bin/sh\\necho "Apache Maven %s (pinned) $*"\\n' "$version" > "$staging/apache-maven-$version/bin/mvn"
                chmod +x "$staging/apache-maven-$version/bin/mvn"
                tar -czf "$out/apache-maven-$version-bin.tar.gz" -C "$staging" "apache-maven-$version"
                rm -rf "$staging"
                """);

        Result first = mvnw("-v");
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("Apache Maven 3.9.11 (pinned) -v"), first.output());
        assertFalse(Files.readString(ranIn).strip().startsWith(checkout.toString()),
                "the machine's Maven ran inside the repository, where .mvn/ makes it load Tycho");

        Files.delete(ranIn);
        Result second = mvnw("-v");
        assertEquals(0, second.exit(), second.output());
        assertFalse(Files.exists(ranIn), "the pinned Maven was fetched a second time");
    }

    @Test
    void aFailedFetchSaysSoInOneLineAndLeavesNothingHalfInstalled() throws Exception {
        machineMaven("""
                echo "[ERROR] Could not transfer artifact org.apache.maven:apache-maven:tar.gz:bin:3.9.11: Network is unreachable"
                exit 1
                """);

        Result result = mvnw("-v");

        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("mvnw: could not fetch Maven 3.9.11"), result.output());
        assertTrue(result.output().contains("Network is unreachable"), result.output());
        assertFalse(Files.exists(userHome.resolve("wrapper/dists/apache-maven-3.9.11")),
                "a failed fetch left a distribution folder that later runs would take as installed");
    }

    private void machineMaven(String body) throws IOException {
        Path script = machineMaven.resolve("mvn");
        Files.writeString(script, "#!/usr/bin/env bash\necho \"$PWD\" > '" + ranIn + "'\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Result(int exit, String output) {
    }

    private Result mvnw(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(checkout.resolve("mvnw").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(temp.toFile());
        builder.environment().put("PATH", machineMaven + ":/usr/bin:/bin");
        builder.environment().put("MAVEN_USER_HOME", userHome.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "./mvnw did not finish");
        return new Result(process.exitValue(), output);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
}

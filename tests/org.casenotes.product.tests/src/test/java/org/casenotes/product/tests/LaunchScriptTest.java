package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK lookup every script uses: it picks a JDK >= 21 or says in one line what to do. */
class LaunchScriptTest {

    private static final Path FIND_JDK = ProductProcess.PRODUCT.resolve("find-jdk.sh");

    @TempDir
    Path temp;

    private record Result(int exit, String output) {
    }

    private Result findJdk(String javaHome, Path jdkRoot) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-c", ". \"$0\" && echo \"JAVA_HOME=$JAVA_HOME\"",
                FIND_JDK.toString())).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome);
        builder.environment().put("CASENOTES_JDK_ROOT", jdkRoot.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new Result(process.exitValue(), output);
    }

    @Test
    void withoutASuitableJdkItFailsWithOneLineNamingWhatToInstall() throws Exception {
        Result result = findJdk("/nonexistent", Files.createDirectory(temp.resolve("jvm")));
        assertEquals(1, result.exit());
        assertEquals(1, result.output().lines().count(), result.output());
        assertTrue(result.output().startsWith("casenotes: no JDK 21 or newer found"), result.output());
    }

    @Test
    void findsTheJdkThisTestRunsOnWhenJavaHomeIsUnset() throws Exception {
        Path running = Path.of(System.getProperty("java.home"));
        Path root = Files.createDirectory(temp.resolve("jvm"));
        Files.createSymbolicLink(root.resolve("some-jdk"), running);
        Result result = findJdk("", root);
        assertEquals(0, result.exit(), result.output());
        assertEquals("JAVA_HOME=" + root.resolve("some-jdk"), result.output().strip());
    }

    @Test
    void picksTheNewestJdkFromItsReleaseFileWithoutStartingAJvm() throws Exception {
        Path root = Files.createDirectory(temp.resolve("jvm"));
        Path ran = temp.resolve("a-java-was-started");
        fakeJdk(root.resolve("jdk-17"), "17.0.2", ran);
        fakeJdk(root.resolve("jdk-24"), "24.0.1", ran);
        fakeJdk(root.resolve("jdk-21"), "21.0.5", ran);
        Result result = findJdk("", root);
        assertEquals(0, result.exit(), result.output());
        assertEquals("JAVA_HOME=" + root.resolve("jdk-24"), result.output().strip());
        assertFalse(Files.exists(ran), "the lookup started a JVM although every JDK has a release file");
    }

    /** A JDK folder whose release file names its version and whose java only records that it was started. */
    private static void fakeJdk(Path home, String version, Path ranMarker) throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        for (String tool : List.of("java", "javac")) {
            Path script = bin.resolve(tool);
            Files.writeString(script, "#!/bin/sh\ntouch '" + ranMarker + "'\nexit 1\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}

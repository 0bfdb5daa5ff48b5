package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}

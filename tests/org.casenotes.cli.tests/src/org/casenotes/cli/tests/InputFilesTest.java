package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.casenotes.cli.internal.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code lint} and {@code check-templates} do with inputs that are not readable text files: each is refused with
 * one line on stderr that names the file and the reason in words, the exit code is 2, and nothing hangs or runs out of
 * memory. Real devices, pipes and binaries of this machine (Linux).
 */
class InputFilesTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(30);
    private static final Path DEVICE = Path.of("/dev/zero");
    private static final Path BINARY = Path.of("/usr/bin/ls");

    @TempDir
    Path temp;

    private final CommandLine casenotes = CommandLine.standard();

    private int promptly(String... arguments) {
        return assertTimeoutPreemptively(PROMPTLY, () -> casenotes.run(arguments), "casenotes did not return");
    }

    private void assertRefusedInOneLine(String command, Path file, String reason) {
        List<String> lines = casenotes.errLines();
        assertEquals(1, lines.size(), casenotes.err());
        assertTrue(lines.get(0).startsWith("casenotes " + command + ": cannot read " + file + ": "), lines.get(0));
        assertTrue(lines.get(0).contains(reason), lines.get(0));
    }

    private Path fifo() throws IOException, InterruptedException {
        Path fifo = temp.resolve("note.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        return fifo;
    }

    @ParameterizedTest
    @ValueSource(strings = { "lint", "check-templates" })
    void aDeviceIsRefused(String command) {
        assertEquals(ExitCode.CANNOT_RUN, promptly(command, DEVICE.toString()));
        assertRefusedInOneLine(command, DEVICE, "device");
    }

    @ParameterizedTest
    @ValueSource(strings = { "lint", "check-templates" })
    void aNamedPipeIsRefusedWithoutWaitingForAWriter(String command) throws Exception {
        Path fifo = fifo();
        assertEquals(ExitCode.CANNOT_RUN, promptly(command, fifo.toString()));
        assertRefusedInOneLine(command, fifo, "named pipe");
    }

    @ParameterizedTest
    @ValueSource(strings = { "lint", "check-templates" })
    void aBinaryIsRefused(String command) {
        assumeTrue(Files.isRegularFile(BINARY), BINARY + " is not on this machine");
        assertEquals(ExitCode.CANNOT_RUN, promptly(command, BINARY.toString()));
        assertRefusedInOneLine(command, BINARY, "binary");
        assertFalse(casenotes.out().contains("[language."), "a binary is not linted: " + casenotes.out());
    }

    @Test
    void aFolderIsNotANoteToLint() {
        assertEquals(ExitCode.CANNOT_RUN, promptly("lint", temp.toString()));
        assertRefusedInOneLine("lint", temp, "folder");
    }

    @ParameterizedTest
    @ValueSource(strings = { "lint", "check-templates" })
    void aMissingFileIsNamedWithNoSuchFile(String command) {
        Path missing = temp.resolve("missing.txt");
        assertEquals(ExitCode.CANNOT_RUN, promptly(command, missing.toString()));
        assertEquals(List.of("casenotes " + command + ": cannot read " + missing + ": no such file"),
                casenotes.errLines());
    }

    @ParameterizedTest
    @ValueSource(strings = { "lint", "check-templates" })
    void aFileWithoutReadPermissionSaysPermissionDenied(String command) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path secret = Files.writeString(temp.resolve("secret.ntpl"), "The client refused.\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));
        assertEquals(ExitCode.CANNOT_RUN, promptly(command, secret.toString()));
        assertEquals(List.of("casenotes " + command + ": cannot read " + secret + ": permission denied"),
                casenotes.errLines());
    }

    @Test
    void lintRefusesA150MegabyteFileNamingTheLimitInsteadOfRunningOutOfMemory() throws IOException {
        Path huge = temp.resolve("huge.txt");
        String line = "The client refused to engage and was in denial about the session plan today.\n";
        try (BufferedWriter writer = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            for (long written = 0; written < 150L << 20; written += line.length()) {
                writer.write(line);
            }
        }
        assertEquals(ExitCode.CANNOT_RUN, promptly("lint", huge.toString()));
        assertRefusedInOneLine("lint", huge, "MB");
        assertTrue(casenotes.errLines().get(0).matches(".*\\b\\d+ MB\\b.*\\b\\d+ MB\\b.*"),
                "names the file's size and the limit: " + casenotes.err());
    }

    @Test
    void theOtherFilesAreStillLintedAfterARefusedOne() throws IOException {
        Path good = Files.writeString(temp.resolve("good.txt"), "The client refused the referral.\n");
        assertEquals(ExitCode.CANNOT_RUN, promptly("lint", DEVICE.toString(), good.toString()));
        assertTrue(casenotes.out().contains(good + ":1:12: "), casenotes.out());
    }
}

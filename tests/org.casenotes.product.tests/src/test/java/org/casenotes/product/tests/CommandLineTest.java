package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless command line started through the product's launch script without a display, as a CI job or a
 * supervisor's script runs it: stderr holds only what Casenotes says (no JVM, Guice or log4j lines), on a command's
 * first run, which records its class cache, as on later ones; lint loads neither the template language nor Guice;
 * a command's class cache is kept only from a run that ran.
 */
class CommandLineTest {

    /** An ahead-of-time cache from JDK 25 on, else a CDS archive (the product runs on the JDK these tests run on). */
    private static final String ARCHIVE = Runtime.version().feature() >= 25 ? ".aot" : ".jsa";
    /** What the JVM and the libraries under Xtext print when left to themselves. */
    private static final Pattern NOISE = Pattern.compile("WARNING:|log4j|Unsafe|SLF4J|AOTConfiguration|AOTCache|CDS");
    /** The demo caseload's passphrase, published in the user documentation (fictional data only). */
    private static final String DEMO_PASSPHRASE = "casenotes demo - fictional clients only";

    @TempDir
    Path temp;

    private record Run(List<String> command, int exit, String out, String err) {

        String describe() {
            return String.join(" ", command) + " exited " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    @Test
    void stderrHoldsOnlyWhatCasenotesSaysOnTheFirstRunAndAfter() throws Exception {
        Path note = Files.writeString(temp.resolve("note.txt"), "Client was uncooperative and refused the homework.\n");
        Path templates = Files.createDirectory(temp.resolve("templates"));
        Files.writeString(templates.resolve("small.ntpl"), """
                package agency.small

                template Small "Small" version 1 kind progress {
                }
                """);
        Path caseload = demoCaseload();
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString(),
                "CASENOTES_PASSPHRASE", DEMO_PASSPHRASE);
        for (String round : List.of("first run", "second run")) {
            Run lint = casenotes(environment, "lint", note.toString());
            assertEquals(0, lint.exit(), round + ": " + lint.describe());
            assertTrue(lint.out().contains("1 file checked:"), round + ": " + lint.describe());
            assertOnlyCasenotesOnStderr(round, lint);

            Run check = casenotes(environment, "check-templates", templates.toString());
            assertEquals(0, check.exit(), round + ": " + check.describe());
            assertTrue(check.out().contains("templates compiled; 0 errors"), round + ": " + check.describe());
            assertOnlyCasenotesOnStderr(round, check);

            Run audit = casenotes(environment, "audit", caseload.toString());
            assertTrue(audit.exit() <= 1, round + ": the audit ran\n" + audit.describe());
            assertFalse(audit.out().isBlank(), round + ": " + audit.describe());
            assertOnlyCasenotesOnStderr(round, audit);
        }
    }

    /**
     * Every command {@code casenotes help} lists is run as a command without a display: the launch script has its own
     * list of them, which missed two new ones (they were refused for want of a display, as the workbench would be).
     */
    @Test
    void everyCommandTheHelpListsRunsWithoutADisplay() throws Exception {
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        Run help = casenotes(environment, "help");
        assertEquals(0, help.exit(), help.describe());
        List<String> commands = help.out().lines().filter(line -> line.matches("  [a-z][a-z-]+ .*"))
                .map(line -> line.strip().split("\\s+")[0]).toList();
        assertTrue(commands.containsAll(List.of("lint", "import-redcap", "import-questionnaire", "plugins")),
                "the help lists the commands: " + commands);
        for (String command : commands) {
            Run run = casenotes(environment, command);
            assertFalse(run.err().contains("no display"), command + " was taken for the workbench\n" + run.describe());
            assertEquals(2, run.exit(), command + " without its arguments says how to use it\n" + run.describe());
        }
    }

    @Test
    void lintLoadsNeitherTheTemplateLanguageNorGuice() throws Exception {
        Path note = Files.writeString(temp.resolve("note.txt"), "Client was uncooperative and refused the homework.\n");
        Map<String, String> environment = new HashMap<>(Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString()));
        assertEquals(0, casenotes(environment, "lint", note.toString()).exit(), "the first run, which fills the cache");

        Path classes = temp.resolve("classes.log");
        environment.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes);
        Run lint = casenotes(environment, "lint", note.toString());
        assertEquals(0, lint.exit(), lint.describe());
        List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
        assertTrue(loaded.stream().anyMatch(line -> line.contains(" org.casenotes.core.rules.RuleEngine ")),
                "the log lists the classes lint loaded");
        List<String> unwanted = loaded.stream().filter(line -> line.contains(" org.casenotes.template.")
                || line.contains(" com.google.inject.") || line.contains(" org.eclipse.xtext.")
                || line.contains(" org.casenotes.store.")).toList();
        assertEquals(List.of(), unwanted, "lint needs only the rule engine and the word lists");
    }

    @Test
    void aCommandsClassCacheIsKeptOnlyFromARunThatRanAndThenUsedUnchanged() throws Exception {
        Path cache = temp.resolve("cache");
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString());
        Run refused = casenotes(environment, "lint", temp.resolve("no such note.txt").toString());
        assertEquals(2, refused.exit(), refused.describe());
        assertEquals(List.of(), list(cache.resolve("casenotes"), "cli-lint-"),
                "a run that could not run keeps no cache of its few classes");

        Path note = Files.writeString(temp.resolve("note.txt"), "Client was uncooperative and refused the homework.\n");
        Run first = casenotes(environment, "lint", note.toString());
        assertEquals(0, first.exit(), first.describe());
        List<Path> archives = list(cache.resolve("casenotes"), "cli-lint-");
        assertEquals(1, archives.size(), "one class cache for lint, nothing half-written beside it: " + archives);
        Path archive = archives.get(0);
        assertTrue(archive.getFileName().toString().endsWith(ARCHIVE), archive.toString());
        FileTime written = Files.getLastModifiedTime(archive);

        Run second = casenotes(environment, "lint", note.toString());
        assertEquals(first.out(), second.out(), "the same findings with the cache as without");
        assertEquals(List.of(archive), list(cache.resolve("casenotes"), "cli-lint-"));
        assertEquals(written, Files.getLastModifiedTime(archive), "the second run used the cache as it was");
    }

    private static void assertOnlyCasenotesOnStderr(String round, Run run) {
        for (String line : run.err().lines().toList()) {
            assertFalse(NOISE.matcher(line).find(), round + ": a line Casenotes did not write\n" + run.describe());
            assertTrue(line.startsWith("casenotes"), round + ": a line Casenotes did not write\n" + run.describe());
        }
        assertFalse(NOISE.matcher(run.out()).find(), round + ": the JVM wrote into the output\n" + run.describe());
    }

    /** {@code casenotes arguments...} without a display; stdout and stderr kept apart. */
    private Run casenotes(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProductProcess.PRODUCT.resolve("casenotes").toString()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new Run(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The fictional demo caseload, as the workbench writes it at its first start into a new data folder. */
    private Path demoCaseload() throws Exception {
        assertTrue(System.getenv("DISPLAY") != null, "the workbench writes the demo caseload; it needs an X display");
        Path data = temp.resolve("data");
        Path caseload = data.resolve("caseload");
        try (ProductProcess product = ProductProcess.start(data, temp.resolve("workbench.txt"),
                Map.of("XDG_CACHE_HOME", temp.resolve("workbench-cache").toString()))) {
            String window = product.awaitWindow(ProductProcess.WINDOW_TIMEOUT);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!Files.exists(caseload.resolve("caseload.header")) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(Files.exists(caseload.resolve("caseload.header")), "the demo caseload was written\n"
                    + product.diagnostics());
            Optional<Integer> exit = product.quit(window, ProductProcess.SETTLE);
            assertEquals(Optional.of(0), exit, product.diagnostics());
        }
        return caseload;
    }

    private static List<Path> list(Path folder, String prefix) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }
}

package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party's plugin, built apart and installed into the product: the example plugin
 * ({@code examples/org.example.casenotes.oregon}) is built by its own Maven reactor against the update site this build
 * wrote, installed with {@code casenotes plugins install} into a copy of the materialized product, seen to work in
 * {@code casenotes lint} (its word list) and {@code casenotes check} (its rule services), then removed and seen gone.
 * The same repository served over HTTP (loopback) installs too. A folder that is not a p2 repository, and a plugin
 * that needs a newer Casenotes, are refused with the reason and leave the installation as it was.
 */
class PluginInstallTest {

    private static final Path ROOT = Path.of(System.getProperty("casenotes.repository.root", "missing")).normalize();
    private static final Path UPDATE_SITE = Path.of(System.getProperty("casenotes.update.site", "missing"));
    private static final Path EXAMPLE = ROOT.resolve("examples/org.example.casenotes.oregon");
    private static final String DEMO = "Casenotes - Demo caseload (fictional clients)";
    private static final String RATING_SCALE_DREW_DISTRESS =
            "field distress drawn by org.example.casenotes.oregon.ui.RatingScaleFieldRenderer";
    private static final String TRACE = ".metadata/trace.log";
    private static final Path SHOTS = Path.of("target/plugin-install-test");
    private static final String NOTE = "Client was referred by her CCO after two weeks at OSH.\n";

    @TempDir
    static Path temp;

    private static Path repository;
    private static Path installation;

    private record Run(List<String> command, int exit, String out, String err) {

        String describe() {
            return String.join(" ", command) + " exited " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    @BeforeAll
    static void buildTheExampleAndCopyTheProduct() throws Exception {
        List<String> build = new ArrayList<>(List.of(ROOT.resolve("mvnw").toString(), "-B", "-o", "-f",
                EXAMPLE.resolve("pom.xml").toString(), "verify", "-Dcasenotes.repository=" + UPDATE_SITE.toUri()));
        // offline first: this build has fetched all the example needs (Tycho, JUnit); online if something is missing
        Run built = run(build, Map.of(), 15);
        if (built.exit() != 0) {
            build.remove("-o");
            built = run(build, Map.of(), 15);
        }
        assertEquals(0, built.exit(), "the example plugin builds on its own\n" + tail(built.out()));
        repository = EXAMPLE.resolve("releng/org.example.casenotes.oregon.site/target/repository");
        assertTrue(Files.isRegularFile(repository.resolve("content.jar")), "its build wrote a p2 repository");

        installation = temp.resolve("casenotes");
        Run copied = run(List.of("cp", "-a", ProductProcess.PRODUCT.toString(), installation.toString()), Map.of(), 2);
        assertEquals(0, copied.exit(), copied.describe());
    }

    @Test
    void theExamplePluginInstallsFiresInLintAndCheckAndIsRemovedAgain() throws Exception {
        Path note = Files.writeString(temp.resolve("note.txt"), NOTE);
        Path telehealth = Files.writeString(temp.resolve("telehealth.json"), """
                {"values": {"sessionDate": "2026-01-05", "placeOfService": "telehealthHome",
                            "presentingProblem": "Low mood since the move."}}
                """);
        assertEquals("No plugins installed.\n", casenotes("plugins", "list").out());
        assertFalse(casenotes("lint", note.toString()).out().contains("[oregon."), "no Oregon rule before");
        List<String> standardFiles = installedFiles();

        Run install = casenotes("plugins", "install", repository.toString());
        assertEquals(0, install.exit(), install.describe());
        assertTrue(install.out().startsWith("Installed org.example.casenotes.oregon.feature 1.0.0."), install.describe());
        Run list = casenotes("plugins", "list");
        assertTrue(list.out().startsWith("org.example.casenotes.oregon.feature 1.0.0."), list.describe());
        try (Stream<Path> jars = Files.list(installation.resolve("plugins"))) {
            assertTrue(jars.anyMatch(jar -> jar.getFileName().toString().startsWith("org.example.casenotes.oregon_")),
                    "the bundles are copied into the installation");
        }

        Run lint = casenotes("lint", note.toString());
        assertTrue(lint.out().contains("warning [oregon.abbreviations] “CCO”: Spell out \"coordinated care organization\""),
                "the plugin's word list is read by lint\n" + lint.describe());
        Run check = casenotes("check", "--template", "oregon.OregonSoapNote", telehealth.toString());
        assertTrue(check.out().contains("telehealthConsent: error [oregon.telehealth-consent] Oregon: record in the note"),
                "the plugin's rule service runs on its template's notes\n" + check.describe());
        assertTrue(check.out().contains("warning [oregon.signing-window] Oregon's 10-day signing window closed"),
                check.describe());
        assertTrue(check.out().contains("OAR 410-120-1990"), "findings cite the regulation\n" + check.describe());
        Run standard = casenotes("check", "--template", "std.progress.SoapNote", telehealth.toString());
        assertFalse(standard.out().contains("[oregon."), "a template that does not name the pack is not checked by it\n"
                + standard.describe());

        Run remove = casenotes("plugins", "remove", "org.example.casenotes.oregon.feature");
        assertEquals(0, remove.exit(), remove.describe());
        assertEquals("No plugins installed.\n", casenotes("plugins", "list").out());
        assertEquals(standardFiles, installedFiles(), "p2's garbage collector deleted the plugin's jars and feature,"
                + " and every file of Casenotes' own is still there");
        assertFalse(bundlesInfo().contains("org.example."), "no start of the installation lists the plugin's bundles");
        assertFalse(casenotes("lint", note.toString()).out().contains("[oregon."), "the word list is gone");
        Run gone = casenotes("check", "--template", "oregon.OregonSoapNote", telehealth.toString());
        assertEquals(2, gone.exit(), "the plugin's template is gone\n" + gone.describe());
        Run after = casenotes("check", "--template", "std.progress.SoapNote", telehealth.toString());
        assertFalse(after.out().contains("[oregon."), after.describe());
        assertTrue(after.out().contains("[payer.telehealth]"), "Casenotes' own rules still run\n" + after.describe());
    }

    /**
     * The plugin's field renderer in the installed workbench: a new note on the plugin's Oregon template, whose distress
     * rating (an integer 0..10) the example's rating scale takes from the standard number renderer. A test outside the
     * process cannot read widgets, so the workbench is started with {@code -debug} and the editor's trace option on,
     * which names the renderer of every field it draws; the screenshots are for a person to look at. After the plugin
     * is removed and the workbench restarted, the trace names only Casenotes' own renderers.
     */
    @Test
    void theExamplesRendererDrawsItsFieldInTheWorkbenchAndIsGoneAfterRemoval() throws Exception {
        ProductProcess.requireProductAndDisplay();
        Path options = Files.writeString(temp.resolve("trace.options"), "org.casenotes.ui.forms/debug/renderers=true\n");
        Path data = temp.resolve("workbench-data");
        Run install = casenotes("plugins", "install", repository.toString());
        assertEquals(0, install.exit(), install.describe());
        try (VirtualDisplay display = VirtualDisplay.start()) {
            X11.drive(display.name());
            Map<String, String> environment = Map.of("DISPLAY", display.name(), "CASENOTES_CACHE", "off");
            try (ProductProcess product = ProductProcess.start(installation, data, temp.resolve("installed.txt"),
                    environment, "-debug", options.toString())) {
                String window = newNote(product, display, "oregon-note");
                product.awaitUntil(() -> trace(data).contains(RATING_SCALE_DREW_DISTRESS),
                        "the trace to name the example's renderer for the distress field");
                // how far a wheel notch scrolls varies; the rated field is in one of the two pictures
                scrollTheNoteDown(20);
                display.screenshot(SHOTS.resolve("oregon-note-rating-scale-1.png"));
                scrollTheNoteDown(4);
                display.screenshot(SHOTS.resolve("oregon-note-rating-scale-2.png"));
                assertTrue(product.quit(window, ProductProcess.SETTLE).isPresent(), "Ctrl+Q quits\n"
                        + product.diagnostics());
            }
            Run remove = casenotes("plugins", "remove", "org.example.casenotes.oregon.feature");
            assertEquals(0, remove.exit(), remove.describe());
            Files.move(data.resolve(TRACE), temp.resolve("trace-installed.log"));
            try (ProductProcess product = ProductProcess.start(installation, data, temp.resolve("removed.txt"),
                    environment, "-debug", options.toString())) {
                String window = newNote(product, display, "soap-note");
                product.awaitUntil(() -> trace(data).contains("field presentingProblem drawn by org.casenotes."),
                        "the trace to name a standard renderer for the SOAP note's fields");
                scrollTheNoteDown(20);
                display.screenshot(SHOTS.resolve("after-removal.png"));
                assertFalse(trace(data).contains("org.example."), "no renderer of the plugin draws anything\n"
                        + trace(data));
                assertTrue(product.quit(window, ProductProcess.SETTLE).isPresent(), "Ctrl+Q quits\n"
                        + product.diagnostics());
            }
        } finally {
            X11.drive(null);
            if (!casenotes("plugins", "list").out().equals("No plugins installed.\n")) {
                casenotes("plugins", "remove", "org.example.casenotes.oregon.feature");
            }
        }
    }

    /** What the workbench traced (the platform writes it into the data folder's metadata), or "" before anything. */
    private static String trace(Path data) throws IOException {
        Path file = data.resolve(TRACE);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** Scrolls the note's form (the left of the editor) down towards its subjective section, for a screenshot. */
    private static void scrollTheNoteDown(int notches) throws Exception {
        X11.mouseWheelDown(450, 700, notches);
        Thread.sleep(3_000);
    }

    /**
     * A new note for the demo client C-1003 from the keyboard, on the last progress template (the Oregon SOAP note sorts
     * after the standard ones while the plugin is installed, the standard SOAP note is last without it).
     *
     * @return the workbench window
     */
    private static String newNote(ProductProcess product, VirtualDisplay display, String shot) throws Exception {
        String window = product.awaitWindowTitled(DEMO);
        Thread.sleep(ProductProcess.SETTLE.toMillis());
        String wizard = product.newNoteWizardFor(window, "C-1003");
        X11.pressKeys(wizard, "alt+t");
        X11.keys("End");
        Thread.sleep(500);
        display.screenshot(SHOTS.resolve(shot + "-wizard.png"), wizard);
        X11.keys("alt+f");
        product.awaitUntil(() -> X11.mappedWindowTitled("New Note").isEmpty(), "the New Note wizard to close");
        return window;
    }

    @Test
    void aRepositoryServedOverHttpInstallsAndRemovesLikeAFolder() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> asked = new ArrayList<>();
        server.createContext("/oregon/", exchange -> {
            Path file = repository.resolve(exchange.getRequestURI().getPath().substring("/oregon/".length()))
                    .normalize();
            asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            if (!file.startsWith(repository) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(200, Files.size(file));
                try (var body = exchange.getResponseBody()) {
                    Files.copy(file, body);
                }
            }
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/oregon/";
            Run install = casenotes("plugins", "install", url);
            assertEquals(0, install.exit(), install.describe() + "\nasked: " + asked);
            assertTrue(asked.stream().anyMatch(request -> request.startsWith("GET /oregon/plugins/org.example.casenotes.oregon_")),
                    "the bundles were fetched over HTTP: " + asked);
            assertTrue(casenotes("plugins", "list").out().startsWith("org.example.casenotes.oregon.feature 1.0.0."));
            assertEquals(0, casenotes("plugins", "remove", "org.example.casenotes.oregon.feature").exit());
            assertEquals("No plugins installed.\n", casenotes("plugins", "list").out());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFolderThatIsNotAP2RepositoryIsRefusedAndNothingChanges() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("just-a-folder"));
        Files.writeString(folder.resolve("readme.txt"), "not a repository");
        String before = bundlesInfo();

        Run refused = casenotes("plugins", "install", folder.toString());
        assertEquals(2, refused.exit(), refused.describe());
        assertTrue(refused.err().contains(folder + " is not a p2 repository"), refused.describe());
        assertTrue(refused.err().contains("nothing was changed"), refused.describe());
        assertEquals(before, bundlesInfo());

        Run missing = casenotes("plugins", "install", temp.resolve("no-such-folder").toString());
        assertEquals(2, missing.exit(), missing.describe());
        assertTrue(missing.err().contains("is not a folder"), missing.describe());
    }

    @Test
    void aPluginThatNeedsANewerCasenotesIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        Path newer = needingCasenotes("[9.0.0,10.0.0)");
        String before = bundlesInfo();

        Run refused = casenotes("plugins", "install", newer.toString());
        assertEquals(2, refused.exit(), refused.describe());
        assertTrue(refused.err().contains("It needs a newer Casenotes than this one"), refused.describe());
        assertTrue(refused.err().contains("org.casenotes.core [9.0.0,10.0.0)"), refused.describe());
        assertEquals(before, bundlesInfo());
        assertEquals("No plugins installed.\n", casenotes("plugins", "list").out());
    }

    /** A copy of the example's repository whose bundle says it needs Casenotes core in {@code range}. */
    private static Path needingCasenotes(String range) throws IOException {
        Path copy = temp.resolve("needs-newer");
        try (Stream<Path> files = Files.walk(repository)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(repository.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("content.xml.xz")
                        && !file.getFileName().toString().equals("p2.index")) {
                    Files.copy(file, target);
                }
            }
        }
        Path content = copy.resolve("content.jar");
        String xml;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(repository.resolve("content.jar")))) {
            ZipEntry entry;
            do {
                entry = in.getNextEntry();
            } while (entry != null && !entry.getName().equals("content.xml"));
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = xml.replaceAll("name='org\\.casenotes\\.core' range='[^']*'",
                "name='org.casenotes.core' range='" + range + "'");
        assertFalse(changed.equals(xml), "the example's metadata names the Casenotes core it needs");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(content))) {
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write(changed.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return copy;
    }

    /** The bundles and features the installation holds, by file name: Casenotes' own, and a plugin's while installed. */
    private static List<String> installedFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("plugins", "features")) {
            try (Stream<Path> entries = Files.list(installation.resolve(folder))) {
                entries.map(entry -> folder + "/" + entry.getFileName()).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** What a refusal must leave as it was: the bundles the installation starts, and p2's record of its profile. */
    private static String bundlesInfo() throws IOException {
        try (Stream<Path> profiles = Files.list(installation.resolve(
                "p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile"))) {
            return Files.readString(installation.resolve(
                    "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))
                    + profiles.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static Run casenotes(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(installation.resolve("casenotes").toString()));
        command.addAll(List.of(arguments));
        return run(command, Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString()), 3);
    }

    private static Run run(List<String> command, Map<String, String> environment, int minutes) throws Exception {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        return new Run(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}

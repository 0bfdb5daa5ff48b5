package org.casenotes.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** The materialized Casenotes product started through its launch script, as a user starts it. */
final class ProductProcess implements AutoCloseable {

    static final Path PRODUCT = Path.of(System.getProperty("casenotes.product.dir", "missing-product-dir"));
    /** How long a start may take before a test gives up on the window (generous: CI machines may be loaded). */
    static final Duration WINDOW_TIMEOUT = Duration.ofSeconds(90);
    /** How long a test looks at the window before quitting, see {@link #quit}. */
    static final Duration SETTLE = Duration.ofSeconds(3);
    /**
     * Without the start-up class cache: a first run writes it after its window closed, which on a loaded machine can
     * take longer than quitting may; the cache is StartupCacheTest's business, not the other tests'.
     */
    static final Map<String, String> UNCACHED = Map.of("CASENOTES_CACHE", "off");

    private final Process process;
    private final Path output;
    private final Path dataFolder;
    /** The windows showing when Ctrl+Q had to be pressed a second time, or null if it did not. */
    private List<String> quitPressedAgainWith;

    private ProductProcess(Process process, Path output, Path dataFolder) {
        this.process = process;
        this.output = output;
        this.dataFolder = dataFolder;
    }

    /** Starts {@code casenotes --data dataFolder extraArguments...} with the given environment changes. */
    static ProductProcess start(Path dataFolder, Path output, Map<String, String> environment, String... extraArguments)
            throws IOException {
        return start(PRODUCT, dataFolder, output, environment, extraArguments);
    }

    /** Starts the installation in {@code product} (a copy of the materialized product) as {@link #start} does. */
    static ProductProcess start(Path product, Path dataFolder, Path output, Map<String, String> environment,
            String... extraArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(product.resolve("casenotes").toString(), "--data", dataFolder.toString()));
        command.addAll(List.of(extraArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        environment.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        return new ProductProcess(builder.start(), output, dataFolder);
    }

    Optional<Integer> waitForExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until the Casenotes window is mapped; fails with the product's output and log if the product exits
     * first or the time runs out.
     *
     * @return the window's id, for {@link X11#pressKeys}
     */
    String awaitWindow(Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < timeout.toNanos()) {
            if (!isAlive()) {
                fail("the product exited before its window appeared\n" + diagnostics());
            }
            Optional<String> window = X11.mappedWindow("Casenotes");
            if (window.isPresent()) {
                System.out.printf("Casenotes window mapped %d ms after launch%n", (System.nanoTime() - start) / 1_000_000);
                return window.get();
            }
            Thread.sleep(100);
        }
        return fail("no window titled 'Casenotes' was mapped within " + timeout + "\n" + diagnostics());
    }

    /**
     * Looks at the window for {@code settle} as a user would (quitting within the same instant as start-up races
     * the workbench's own start-up-complete event, which then logs "Device is disposed"), then quits with Ctrl+Q.
     * On a loaded machine the first Ctrl+Q can arrive while the workbench is still busy with its start and be lost
     * (CI saw the product still running 30 s after it); a user would press it again, and so does this, once, noting
     * which windows were showing.
     *
     * @return the exit code, empty if the product did not exit within 30 s of the second Ctrl+Q
     */
    Optional<Integer> quit(String window, Duration settle) throws IOException, InterruptedException {
        Thread.sleep(settle.toMillis());
        X11.pressKeys(window, "ctrl+q");
        Optional<Integer> exit = waitForExit(Duration.ofSeconds(20));
        if (exit.isPresent()) {
            return exit;
        }
        quitPressedAgainWith = X11.visibleWindowTitles();
        X11.pressKeys(window, "ctrl+q");
        return waitForExit(Duration.ofSeconds(30));
    }

    /** Fails unless the build materialized the product and there is an X display to start it on. */
    static void requireProductAndDisplay() {
        if (!Files.isExecutable(PRODUCT.resolve("casenotes"))) {
            fail("the build materializes the product at " + PRODUCT);
        }
        if (System.getenv("DISPLAY") == null) {
            fail("needs an X display (./mvnw starts Xvfb when none is set)");
        }
    }

    /** What a test waits for in the product's windows or files. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws IOException, InterruptedException;
    }

    /** Waits until {@code condition} holds; fails with the diagnostics if the product exits or the time runs out. */
    void awaitUntil(Condition condition, String what) throws IOException, InterruptedException {
        awaitUntil(condition, what, WINDOW_TIMEOUT);
    }

    /** Waits as {@link #awaitUntil(Condition, String)} does, up to {@code timeout}. */
    void awaitUntil(Condition condition, String what, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return;
            }
            if (!isAlive()) {
                fail("the product exited while waiting for " + what + "\n" + diagnostics());
            }
            Thread.sleep(100);
        }
        fail("not within " + timeout + ": " + what + "\n" + diagnostics());
    }

    /** @return the window titled {@code title} (see {@link X11#mappedWindowTitled}), once it is mapped */
    String awaitWindowTitled(String title) throws IOException, InterruptedException {
        return awaitWindowTitled(title, WINDOW_TIMEOUT);
    }

    /** @return the window titled {@code title} once it is mapped, waiting up to {@code timeout} */
    String awaitWindowTitled(String title, Duration timeout) throws IOException, InterruptedException {
        String[] found = new String[1];
        awaitUntil(() -> {
            X11.mappedWindowTitled(title).ifPresent(id -> found[0] = id);
            return found[0] != null;
        }, "a window '" + title + "'", timeout);
        return found[0];
    }

    /**
     * Opens the New Note wizard for a client from the keyboard, as a clinician does in the caseload view: Escape to
     * the search box of {@code window}, the client's id, Down to choose the client, Ctrl+Alt+N.
     *
     * @return the wizard's window
     */
    String newNoteWizardFor(String window, String clientId) throws IOException, InterruptedException {
        X11.pressKeys(window, "Escape");
        X11.type(clientId);
        Thread.sleep(1_000);
        X11.keys("Down");
        Thread.sleep(1_000);
        X11.keys("ctrl+alt+n");
        String wizard = awaitWindowTitled("New Note");
        Thread.sleep(1_000);
        return wizard;
    }

    /** What the product printed, and its workbench log, for failure messages. */
    String diagnostics() {
        StringBuilder text = new StringBuilder("--- product output ---\n").append(read(output));
        Path log = dataFolder.resolve(".metadata/.log");
        text.append("\n--- ").append(log).append(" ---\n").append(read(log));
        if (quitPressedAgainWith != null) {
            text.append("\n--- windows showing when Ctrl+Q was pressed again ---\n").append(quitPressedAgainWith);
        }
        try {
            text.append("\n--- windows showing now ---\n").append(X11.visibleWindowTitles());
        } catch (IOException e) {
            text.append("\n(windows not listed: ").append(e.getMessage()).append(')');
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text.toString();
    }

    String output() {
        return read(output);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(none)";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}

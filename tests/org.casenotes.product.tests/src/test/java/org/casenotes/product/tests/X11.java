package org.casenotes.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Looks at and drives X11 windows with xdotool, as a user's desktop would. */
final class X11 {

    /** The X display the calls go to; null: the one in this process's DISPLAY. */
    private static volatile String display;

    private X11() {
    }

    /**
     * Sends the following calls to {@code xDisplay} (e.g. {@code ":91"}), or back to this process's DISPLAY with
     * null: a test that runs several products, each on its own display, drives one person's at a time.
     */
    static void drive(String xDisplay) {
        display = xDisplay;
    }

    /** A window's or the screen's size in pixels. */
    record Size(int width, int height) {
    }

    /**
     * The id of a mapped (viewable) window whose title is {@code title}, if there is one. SWT on GTK pads window
     * titles with trailing blanks, so those are allowed; so is what the workbench adds after " - " (the open
     * caseload's name, e.g. "Casenotes - Demo caseload (fictional clients)").
     */
    static Optional<String> mappedWindow(String title) throws IOException, InterruptedException {
        String out = run("xdotool", "search", "--onlyvisible", "--name", "^" + title + "( - .*)? *$");
        return out.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
    }

    /** Focuses the window and types a key chord into it, e.g. {@code ctrl+q}. */
    static void pressKeys(String windowId, String keys) throws IOException, InterruptedException {
        run("xdotool", "windowfocus", "--sync", windowId);
        run("xdotool", "key", "--clearmodifiers", keys);
    }

    /** Types {@code text} into whatever has the keyboard focus, one key at a time, as a user types. */
    static void type(String text) throws IOException, InterruptedException {
        run("xdotool", "type", "--delay", "20", text);
    }

    /** Presses key chords, e.g. {@code Tab} or {@code alt+f}, in whatever has the keyboard focus. */
    static void keys(String... chords) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("xdotool", "key", "--clearmodifiers"));
        command.addAll(List.of(chords));
        run(command.toArray(String[]::new));
    }

    /** The id of a mapped window whose whole title is {@code title} (blanks SWT pads with allowed), if there is one. */
    static Optional<String> mappedWindowTitled(String title) throws IOException, InterruptedException {
        String out = run("xdotool", "search", "--onlyvisible", "--name",
                "^" + title.replaceAll("[\\^$.|?*+()\\[\\]{}]", "\\\\$0") + " *$");
        return out.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
    }

    /** @return the window's size in pixels, as the X server has it */
    static Size size(String windowId) throws IOException, InterruptedException {
        java.util.Map<String, Integer> shell = geometry(windowId);
        return new Size(shell.getOrDefault("WIDTH", -1), shell.getOrDefault("HEIGHT", -1));
    }

    private static java.util.Map<String, Integer> geometry(String windowId) throws IOException, InterruptedException {
        java.util.Map<String, Integer> shell = new java.util.HashMap<>();
        run("xdotool", "getwindowgeometry", "--shell", windowId).lines().map(line -> line.split("=", 2))
                .filter(pair -> pair.length == 2 && pair[1].strip().matches("-?\\d+"))
                .forEach(pair -> shell.put(pair[0], Integer.parseInt(pair[1].strip())));
        return shell;
    }

    /** Where a window's top left corner is on the screen. */
    record Position(int x, int y) {
    }

    /** @return where the window is, as the X server has it */
    static Position position(String windowId) throws IOException, InterruptedException {
        java.util.Map<String, Integer> shell = geometry(windowId);
        return new Position(shell.getOrDefault("X", 0), shell.getOrDefault("Y", 0));
    }

    /** @return the screen's size in pixels */
    static Size screen() throws IOException, InterruptedException {
        String[] size = run("xdotool", "getdisplaygeometry").strip().split("\\s+");
        return new Size(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
    }

    /** Sizes the window as a user dragging its corner would. */
    static void resize(String windowId, int width, int height) throws IOException, InterruptedException {
        run("xdotool", "windowsize", windowId, String.valueOf(width), String.valueOf(height));
    }

    /** Turns the mouse wheel down {@code notches} times with the pointer at {@code x, y} on the screen. */
    static void mouseWheelDown(int x, int y, int notches) throws IOException, InterruptedException {
        run("xdotool", "mousemove", String.valueOf(x), String.valueOf(y));
        for (int notch = 0; notch < notches; notch++) {
            run("xdotool", "click", "5");
            Thread.sleep(100);
        }
    }

    /** @return the titles of the mapped windows that have one, for failure messages */
    static List<String> visibleWindowTitles() throws IOException, InterruptedException {
        List<String> titles = new java.util.ArrayList<>();
        for (String id : run("xdotool", "search", "--onlyvisible", "--name", ".").lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList()) {
            String title = run("xdotool", "getwindowname", id).strip();
            if (!title.isEmpty()) {
                titles.add(title);
            }
        }
        return titles;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}

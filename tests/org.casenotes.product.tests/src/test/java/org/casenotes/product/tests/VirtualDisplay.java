package org.casenotes.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * An X display of one person's own ({@code Xvfb :N} on a free N), so that several products started by one test
 * never share windows or keyboard focus. Screenshots are taken with {@code xwd | xwdtopnm | pnmtopng}.
 */
final class VirtualDisplay implements AutoCloseable {

    private final Process xvfb;
    private final String name;

    private VirtualDisplay(Process xvfb, String name) {
        this.xvfb = xvfb;
        this.name = name;
    }

    /** Starts Xvfb (1440x900) on a display number no other X server holds, and waits for it to accept clients. */
    static VirtualDisplay start() throws IOException, InterruptedException {
        int number = 200 + ThreadLocalRandom.current().nextInt(600);
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + number))
                || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
            number++;
        }
        Process xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        for (int tries = 0; tries < 300 && !Files.exists(socket); tries++) {
            if (!xvfb.isAlive()) {
                throw new IOException("Xvfb :" + number + " exited with " + xvfb.exitValue());
            }
            Thread.sleep(100);
        }
        if (!Files.exists(socket)) {
            xvfb.destroyForcibly();
            throw new IOException("Xvfb :" + number + " did not start within 30 s");
        }
        return new VirtualDisplay(xvfb, ":" + number);
    }

    /** @return the display's name for DISPLAY, e.g. {@code :231} */
    String name() {
        return name;
    }

    /** Writes what the whole screen shows to {@code png}. */
    void screenshot(Path png) throws IOException, InterruptedException {
        shoot(png, "xwd -root -silent -display \"$0\" | xwdtopnm 2>/dev/null | pnmtopng > \"$1\"");
    }

    /**
     * Writes what the whole screen shows to {@code png}, with {@code dialog} pasted over it where it is: a GTK
     * dialog's contents come out black in a picture of the root window on a display without a compositing window
     * manager, but not in one of the dialog's own window.
     */
    void screenshot(Path png, String dialog) throws IOException, InterruptedException {
        X11.Position at = X11.position(dialog);
        shoot(png, "xwd -root -silent -display \"$0\" | xwdtopnm > \"$1.root.pnm\" 2>/dev/null"
                + " && xwd -id " + Long.parseLong(dialog) + " -silent -display \"$0\" | xwdtopnm > \"$1.dialog.pnm\""
                + " 2>/dev/null && pnmpaste \"$1.dialog.pnm\" " + at.x() + " " + at.y() + " \"$1.root.pnm\""
                + " | pnmtopng > \"$1\"; status=$?; rm -f \"$1.root.pnm\" \"$1.dialog.pnm\"; exit $status");
    }

    private void shoot(Path png, String script) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        Process shot = new ProcessBuilder("sh", "-c", script, name, png.toString()).redirectErrorStream(true).start();
        String output = new String(shot.getInputStream().readAllBytes());
        if (!shot.waitFor(60, TimeUnit.SECONDS) || shot.exitValue() != 0) {
            throw new IOException("screenshot of " + name + " failed: " + output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        xvfb.destroy();
        if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
            xvfb.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

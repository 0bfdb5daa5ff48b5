package org.casenotes.ui.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Pictures of what the test display shows, taken from the screen: PNG files under the test project's
 * {@code target/screenshots/} for people to look at after a build, and single pixels for tests that assert a colour
 * the user sees.
 */
public final class Screenshots {

    private static final long RESIZE_SETTLE_MS = 1_000;

    private Screenshots() {
    }

    /** Saves the active workbench window, as it is, to {@code fileName} (e.g. "editor.png") in {@link #folder()}. */
    public static Path ofWorkbenchWindow(String fileName) throws IOException {
        EventLoop.spin();
        return save(ActiveWorkbench.shell(), fileName);
    }

    /**
     * Sizes the active workbench window to {@code width} x {@code height} at the display's origin, lets it lay out
     * and paint for a second, and saves it to {@code fileName} in {@link #folder()}.
     */
    public static Path ofWorkbenchWindow(int width, int height, String fileName) throws IOException {
        Shell shell = ActiveWorkbench.shell();
        shell.setBounds(0, 0, width, height);
        EventLoop.spinFor(RESIZE_SETTLE_MS);
        return save(shell, fileName);
    }

    /** Saves what the screen shows in the bounds of {@code shell} as a PNG named {@code fileName} in {@link #folder()}. */
    public static Path save(Shell shell, String fileName) throws IOException {
        Rectangle bounds = shell.getBounds();
        Image image = copy(shell.getDisplay(), bounds.x, bounds.y, bounds.width, bounds.height);
        try {
            Path file = Files.createDirectories(folder()).resolve(fileName);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }

    /** @return the colour the screen shows at ({@code x}, {@code y}) of {@code control}, after the event loop ran */
    public static RGB colourAt(Control control, int x, int y) {
        EventLoop.spin();
        Point at = control.toDisplay(x, y);
        Image image = copy(control.getDisplay(), at.x, at.y, 1, 1);
        try {
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(0, 0));
        } finally {
            image.dispose();
        }
    }

    /** @return the folder screenshots are saved in: {@code screenshots} in {@link #targetFolder()} */
    public static Path folder() {
        return targetFolder().resolve("screenshots");
    }

    /** @return the test project's {@code target} folder (tycho-surefire may run the tests in {@code target/work}) */
    public static Path targetFolder() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return dir.getFileName().toString().equals("work") ? dir.getParent() : dir.resolve("target");
    }

    private static Image copy(Display display, int x, int y, int width, int height) {
        Image image = new Image(display, width, height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, x, y);
        } finally {
            gc.dispose();
        }
        return image;
    }
}

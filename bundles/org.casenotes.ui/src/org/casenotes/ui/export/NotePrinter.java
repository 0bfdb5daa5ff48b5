package org.casenotes.ui.export;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;

/**
 * Prints a note's or letter's pages on an SWT printer exactly as its PDF lays them out: each page is rendered at the printer's
 * resolution (at most 300 dpi) and drawn as large as the printable area allows, so print and PDF never differ.
 */
final class NotePrinter {

    private final PrinterData data;

    NotePrinter(PrinterData data) {
        this.data = data;
    }

    /** @return the number of pages printed */
    int print(StoredDocument document) {
        Printer printer = new Printer(data);
        try {
            if (!printer.startJob("Casenotes " + document.kind() + " " + document.id())) {
                throw new IllegalStateException("The printer " + data.name + " did not accept the job.");
            }
            Point dpi = printer.getDPI();
            Rectangle area = printer.getClientArea();
            GC gc = new GC(printer);
            try {
                int pages = document.export().renderPages(document.documentSet(), Math.min(dpi.x, 300),
                        (index, count, page) -> {
                            printer.startPage();
                            Image image = new Image(printer, imageData(page));
                            try {
                                // the page's proportions are kept: Letter pages on A4 paper are not stretched
                                double scale = Math.min(area.width / (double) page.getWidth(),
                                        area.height / (double) page.getHeight());
                                gc.drawImage(image, 0, 0, page.getWidth(), page.getHeight(), area.x, area.y,
                                        (int) (page.getWidth() * scale), (int) (page.getHeight() * scale));
                            } finally {
                                image.dispose();
                            }
                            printer.endPage();
                        });
                printer.endJob();
                return pages;
            } finally {
                gc.dispose();
            }
        } finally {
            printer.dispose();
        }
    }

    private static ImageData imageData(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            page.getRGB(0, y, width, 1, row, 0, width);
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}

package org.casenotes.export.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads an exported PDF back as a reader would: its text, page by page, and a page as an image. */
final class PdfText {

    private PdfText() {
    }

    static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String page(Path pdf, int number) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return stripper.getText(document);
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** Renders a page (1-based) to target/screenshots/{name}.png for a person to look at; returns the file. */
    static Path screenshot(Path pdf, int number, String name) throws IOException {
        Path folder = Path.of(System.getProperty("user.dir"), "target", "screenshots");
        Files.createDirectories(folder);
        Path png = folder.resolve(name + ".png");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(number - 1, 110);
            ImageIO.write(image, "png", png.toFile());
        }
        return png;
    }
}

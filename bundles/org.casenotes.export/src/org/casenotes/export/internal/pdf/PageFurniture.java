package org.casenotes.export.internal.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.casenotes.export.DocumentSet;
import org.casenotes.export.PrintableDocument;

/**
 * What every page carries besides its content, drawn once all pages exist: the running header (who the record is
 * about and which document), "Page n of N", a confidentiality line, and on every page of a draft a large translucent
 * DRAFT across the page. All of it is an artifact in the tagged PDF, so assistive technology does not read it as
 * content (the draft is also said in the document's own text).
 */
final class PageFurniture {

    private static final String CONFIDENTIAL = "Confidential client information. Do not redisclose without "
            + "authorization.";

    private final PDDocument pdf;
    private final PdfExporter.Styles styles;
    private final PdfFonts fonts;

    PageFurniture(PDDocument pdf, PdfExporter.Styles styles, PdfFonts fonts) {
        this.pdf = pdf;
        this.styles = styles;
        this.fonts = fonts;
    }

    void draw(DocumentSet set, List<Integer> firstPages, List<Integer> lastPages) throws IOException {
        int total = pdf.getNumberOfPages();
        for (int index = 0; index < total; index++) {
            PrintableDocument document = documentOn(index, set.documents(), firstPages, lastPages);
            PDPage page = pdf.getPage(index);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginMarkedContent(COSName.ARTIFACT);
                String header = fonts.printable(set.subject() + (document == null ? "" : "  ·  " + document.title()));
                text(content, header, TaggedPages.MARGIN, TaggedPages.SIZE.getHeight() - 36);
                String number = "Page " + (index + 1) + " of " + total;
                text(content, number, TaggedPages.MARGIN + TaggedPages.WIDTH - styles.furniture.width(number), 30);
                text(content, CONFIDENTIAL, TaggedPages.MARGIN, 30);
                if (document != null && document.draft()) {
                    draftMark(content);
                }
                content.endMarkedContent();
            }
        }
    }

    private static PrintableDocument documentOn(int index, List<PrintableDocument> documents,
            List<Integer> firstPages, List<Integer> lastPages) {
        for (int i = 0; i < documents.size(); i++) {
            if (index >= firstPages.get(i) && index <= lastPages.get(i)) {
                return documents.get(i);
            }
        }
        return null;
    }

    private void text(PDPageContentStream content, String text, float x, float y) throws IOException {
        content.beginText();
        content.setFont(styles.furniture.font(), styles.furniture.size());
        content.setNonStrokingColor(styles.furniture.color());
        content.newLineAtOffset(x, y);
        content.showText(text.replace('\n', ' '));
        content.endText();
    }

    private void draftMark(PDPageContentStream content) throws IOException {
        content.saveGraphicsState();
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(0.18f);
        content.setGraphicsStateParameters(translucent);
        content.beginText();
        content.setFont(fonts.bold, 110);
        content.setNonStrokingColor(new Color(0xa1, 0x26, 0x1c));
        content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(40), 130, 250));
        content.showText("DRAFT");
        content.endText();
        content.restoreGraphicsState();
    }
}

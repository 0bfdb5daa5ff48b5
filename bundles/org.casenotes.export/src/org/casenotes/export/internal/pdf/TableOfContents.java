package org.casenotes.export.internal.pdf;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.casenotes.export.PrintableDocument;

/**
 * The table of contents of a records request: one line per document (date, title, status) with the page it starts
 * on. Its pages are reserved before the documents are laid out (one line per document, so their number is known in
 * advance) and filled in afterwards, when the page numbers are known.
 */
final class TableOfContents {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);
    private static final float PAGE_COLUMN = 40;

    private final TaggedPages pages;
    private final PdfExporter.Styles styles;
    private final PdfFonts fonts;

    TableOfContents(TaggedPages pages, PdfExporter.Styles styles, PdfFonts fonts) {
        this.pages = pages;
        this.styles = styles;
        this.fonts = fonts;
    }

    /** @return how many pages a table of {@code documents} lines takes */
    static int pagesNeeded(int documents, PdfExporter.Styles styles) {
        int perPage = linesPerPage(styles);
        return Math.max(1, (documents + perPage - 1) / perPage);
    }

    private static int linesPerPage(PdfExporter.Styles styles) {
        float room = TaggedPages.TOP - TaggedPages.BOTTOM - styles.heading.leading() * 2;
        return (int) (room / styles.body.leading());
    }

    /**
     * @param toc        the TOC structure element
     * @param documents  the documents
     * @param firstPages the index of each document's first page
     * @param firstIndex the index of the table's first page
     * @param pageCount  how many pages were reserved
     */
    void write(PDStructureElement toc, List<PrintableDocument> documents, List<Integer> firstPages, int firstIndex,
            int pageCount) throws IOException {
        int perPage = linesPerPage(styles);
        for (int p = 0; p < pageCount; p++) {
            pages.reopen(firstIndex + p);
            pages.lines(List.of(p == 0 ? "Contents" : "Contents (continued)"), styles.heading, 0,
                    pages.element("H2", toc));
            pages.skip(styles.heading.leading() / 2);
            for (int i = p * perPage; i < Math.min(documents.size(), (p + 1) * perPage); i++) {
                PrintableDocument document = documents.get(i);
                String page = Integer.toString(firstPages.get(i) + 1);
                String date = document.date() == null ? "undated   " : DAY.format(document.date());
                String title = fit(fonts.printable(document.title() + (document.draft() ? " (draft)" : "")),
                        TaggedPages.WIDTH - 70 - PAGE_COLUMN);
                PDStructureElement entry = pages.element("TOCI", toc);
                pages.skip(styles.body.leading());
                float baseline = pages.y();
                pages.text(date, styles.body, TaggedPages.MARGIN, baseline, entry);
                pages.text(title, styles.body, TaggedPages.MARGIN + 70, baseline, entry);
                pages.text(page, styles.body, TaggedPages.MARGIN + TaggedPages.WIDTH - styles.body.width(page),
                        baseline, entry);
            }
        }
    }

    private String fit(String title, float width) {
        if (styles.body.width(title) <= width) {
            return title;
        }
        String cut = title;
        while (cut.length() > 1 && styles.body.width(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}

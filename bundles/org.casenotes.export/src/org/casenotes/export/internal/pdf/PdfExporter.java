package org.casenotes.export.internal.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.casenotes.export.Block;
import org.casenotes.export.DocumentSet;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.Exporter;
import org.casenotes.export.PrintableDocument;

/**
 * Writes documents as one tagged PDF (US Letter, DejaVu Sans embedded): for a records request, a cover page and a
 * table of contents with page numbers, then each document from a new page; every page has a running header (who the
 * record is about, which document) and "Page n of N"; every page of a draft carries a large DRAFT mark. The PDF's
 * title, language and structure tree are set, so readers of assistive technology get headings and paragraphs in
 * order.
 */
public final class PdfExporter implements Exporter {

    private static final Color INK = new Color(0x1f, 0x23, 0x28);
    private static final Color MUTED = new Color(0x5b, 0x63, 0x6e);
    private static final Color ALERT = new Color(0xa1, 0x26, 0x1c);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", Locale.ENGLISH);
    private static final float SHORT_ENTRY = 0.55f;

    @Override
    public void write(DocumentSet set, OutputStream out, ExportProgress progress) throws IOException {
        progress.begin("Writing the PDF", set.documents().size());
        try (PDDocument pdf = new PDDocument(); PdfFonts fonts = PdfFonts.load(pdf)) {
            Styles styles = new Styles(fonts);
            describe(pdf, set);
            List<Integer> firstPages = new ArrayList<>();
            List<Integer> lastPages = new ArrayList<>();
            try (TaggedPages pages = new TaggedPages(pdf, "en-US", set.title())) {
                PDStructureElement toc = null;
                int tocPages = 0;
                if (set.cover().isPresent()) {
                    pages.newPage();
                    writeCover(pages, styles, fonts, set.cover().get(), set.zone());
                    tocPages = TableOfContents.pagesNeeded(set.documents().size(), styles);
                    toc = pages.element("TOC");
                    for (int i = 0; i < tocPages; i++) {
                        pages.newPage();
                    }
                }
                for (PrintableDocument document : set.documents()) {
                    progress.checkCancelled();
                    firstPages.add(pages.newPage());
                    writeDocument(pages, styles, fonts, document, set.zone());
                    lastPages.add(pages.pageIndex());
                    progress.documentWritten();
                }
                if (toc != null) {
                    new TableOfContents(pages, styles, fonts).write(toc, set.documents(), firstPages, 1, tocPages);
                }
                pages.finish();
            }
            new PageFurniture(pdf, styles, fonts).draw(set, firstPages, lastPages);
            progress.checkCancelled();
            pdf.save(out);
        }
    }

    private static void describe(PDDocument pdf, DocumentSet set) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(set.title());
        info.setSubject(set.subject());
        info.setCreator("Casenotes");
        Calendar created = GregorianCalendar.from(set.producedAt().atZone(set.zone()));
        info.setCreationDate(created);
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static void writeCover(TaggedPages pages, Styles styles, PdfFonts fonts, DocumentSet.CoverPage cover,
            ZoneId zone) throws IOException {
        pages.skip(60);
        pages.lines(List.of(fonts.printable(cover.heading())), styles.title, 0, pages.element("H1"));
        pages.rule(0.75f);
        for (Block block : cover.blocks()) {
            writeBlock(pages, styles, fonts, block, zone);
        }
    }

    private static void writeDocument(TaggedPages pages, Styles styles, PdfFonts fonts, PrintableDocument document,
            ZoneId zone) throws IOException {
        pages.lines(LineBreaker.lines(fonts.printable(document.title()), styles.title, TaggedPages.WIDTH),
                styles.title, 0, pages.element("H1"));
        String facts = (document.date() == null ? "" : DAY.format(document.date()) + "  ·  ") + document.status();
        pages.lines(List.of(fonts.printable(facts)), styles.muted, 0, pages.element("P"));
        pages.rule(0.8f);
        for (Block block : document.blocks()) {
            writeBlock(pages, styles, fonts, block, zone);
        }
    }

    private static void writeBlock(TaggedPages pages, Styles styles, PdfFonts fonts, Block block, ZoneId zone)
            throws IOException {
        switch (block) {
        case Block.Heading heading -> {
            TextStyle style = heading.level() == 1 ? styles.heading : styles.subheading;
            pages.skip(heading.level() == 1 ? 8 : 5);
            pages.keep(style.leading() + styles.body.leading() * 2);
            pages.lines(LineBreaker.lines(fonts.printable(heading.text()), style, TaggedPages.WIDTH), style, 0,
                    pages.element("H" + Math.min(6, heading.level() + 1)));
        }
        case Block.Letterhead letterhead -> {
            PDStructureElement element = pages.element("P");
            pages.lines(List.of(fonts.printable(letterhead.lines().get(0))), styles.heading, 0, element);
            for (String line : letterhead.lines().subList(1, letterhead.lines().size())) {
                pages.lines(LineBreaker.lines(fonts.printable(line), styles.muted, TaggedPages.WIDTH), styles.muted,
                        0, element);
            }
            pages.rule(0.5f);
        }
        case Block.Entry entry -> writeEntry(pages, styles, fonts, entry);
        case Block.Paragraph paragraph -> {
            pages.skip(4);
            pages.lines(LineBreaker.lines(fonts.printable(paragraph.text()), styles.body, TaggedPages.WIDTH),
                    styles.body, 0, pages.element("P"));
        }
        case Block.Notice notice -> {
            pages.skip(3);
            pages.lines(LineBreaker.lines(fonts.printable(notice.text()), styles.alert, TaggedPages.WIDTH),
                    styles.alert, 0, pages.element("P"));
        }
        case Block.Signed signed -> {
            pages.skip(10);
            pages.keep(styles.label.leading() * 3);
            String who = signed.name() + (signed.credentials().isBlank() ? "" : ", " + signed.credentials());
            String line = signed.role() + " by " + who + " on " + TIME.format(signed.at().atZone(zone));
            pages.lines(LineBreaker.lines(fonts.printable(line), styles.label, TaggedPages.WIDTH), styles.label, 0,
                    pages.element("P"));
            writeHash(pages, styles, fonts, signed.contentHash());
        }
        case Block.Figure figure -> {
            pages.skip(8);
            pages.keep(styles.subheading.leading() * 2);
            pages.lines(LineBreaker.lines(fonts.printable(figure.caption()), styles.subheading, TaggedPages.WIDTH),
                    styles.subheading, 0, pages.element("Caption"));
            if (figure.drawn()) {
                pages.image(figure.png(), figure.caption() + ". " + figure.description(), pages.element("Figure"));
            }
            pages.lines(LineBreaker.lines(fonts.printable(figure.description()), styles.muted, TaggedPages.WIDTH),
                    styles.muted, 0, pages.element("P"));
        }
        case Block.Addendum addendum -> {
            pages.skip(10);
            pages.keep(styles.label.leading() * 4);
            String line = "Addendum " + addendum.number() + " by " + addendum.author() + " on "
                    + TIME.format(addendum.at().atZone(zone));
            pages.lines(LineBreaker.lines(fonts.printable(line), styles.label, TaggedPages.WIDTH), styles.label, 0,
                    pages.element("H3"));
            pages.lines(LineBreaker.lines(fonts.printable("Reason: " + addendum.reason()), styles.body,
                    TaggedPages.WIDTH), styles.body, 0, pages.element("P"));
            pages.lines(LineBreaker.lines(fonts.printable(addendum.text()), styles.body, TaggedPages.WIDTH),
                    styles.body, 0, pages.element("P"));
            writeHash(pages, styles, fonts, addendum.contentHash());
        }
        }
    }

    private static void writeHash(TaggedPages pages, Styles styles, PdfFonts fonts, String hash) throws IOException {
        if (!hash.isBlank()) {
            pages.lines(LineBreaker.lines(fonts.printable("Content hash (SHA-256): " + hash), styles.small,
                    TaggedPages.WIDTH), styles.small, 0, pages.element("P"));
        }
    }

    private static void writeEntry(TaggedPages pages, Styles styles, PdfFonts fonts, Block.Entry entry)
            throws IOException {
        String label = fonts.printable(entry.label());
        String value = entry.value();
        PDStructureElement element = pages.element("P");
        float labelWidth = styles.label.width(label + ": ");
        boolean shortValue = !value.contains("\n")
                && labelWidth + styles.body.width(fonts.printable(value)) <= TaggedPages.WIDTH
                && labelWidth <= TaggedPages.WIDTH * SHORT_ENTRY;
        pages.skip(3);
        if (shortValue) {
            pages.keep(styles.body.leading());
            pages.skip(styles.body.leading());
            float baseline = pages.y();
            pages.text(label + ":", styles.label, TaggedPages.MARGIN, baseline, element);
            pages.text(fonts.printable(value), styles.body, TaggedPages.MARGIN + labelWidth, baseline, element);
            return;
        }
        pages.keep(styles.label.leading() + styles.body.leading());
        pages.lines(LineBreaker.lines(label, styles.label, TaggedPages.WIDTH), styles.label, 0, element);
        List<String> lines = new ArrayList<>();
        for (String paragraph : value.split("\r\n|\r|\n", -1)) {
            lines.addAll(LineBreaker.lines(fonts.printable(paragraph), styles.body, TaggedPages.WIDTH - 10));
        }
        pages.lines(lines, styles.body, 10, element);
    }

    /** The text styles of one PDF, on its fonts. */
    static final class Styles {
        final TextStyle title;
        final TextStyle heading;
        final TextStyle subheading;
        final TextStyle label;
        final TextStyle body;
        final TextStyle muted;
        final TextStyle alert;
        final TextStyle small;
        final TextStyle furniture;

        Styles(PdfFonts fonts) {
            title = new TextStyle(fonts.bold, fonts.boldWidths, 16, INK, "H1");
            heading = new TextStyle(fonts.bold, fonts.boldWidths, 12.5f, INK, "H2");
            subheading = new TextStyle(fonts.bold, fonts.boldWidths, 10.5f, INK, "H3");
            label = new TextStyle(fonts.bold, fonts.boldWidths, 9.5f, INK, "P");
            body = new TextStyle(fonts.regular, fonts.regularWidths, 10, INK, "P");
            muted = new TextStyle(fonts.regular, fonts.regularWidths, 9.5f, MUTED, "P");
            alert = new TextStyle(fonts.bold, fonts.boldWidths, 10, ALERT, "P");
            small = new TextStyle(fonts.regular, fonts.regularWidths, 7.5f, MUTED, "P");
            furniture = new TextStyle(fonts.regular, fonts.regularWidths, 8, MUTED, "Artifact");
        }
    }
}

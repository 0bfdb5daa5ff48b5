package org.casenotes.export.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The pages of one PDF as they are filled from top to bottom, and the document's logical structure (a tagged PDF):
 * every line of text is marked content belonging to a structure element (a heading or a paragraph) under one
 * {@code Document} element, so screen readers and reflowing viewers read the export in order. Running headers,
 * footers and the DRAFT mark are drawn later as artifacts, outside the structure.
 */
final class TaggedPages implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.LETTER;
    static final float MARGIN = 54;
    static final float TOP = SIZE.getHeight() - 62;
    static final float BOTTOM = 58;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDStructureElement root;
    private final Map<PDPage, List<PDStructureElement>> marked = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    TaggedPages(PDDocument document, String language, String title) {
        this.document = document;
        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        document.getDocumentCatalog().setStructureTreeRoot(tree);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        document.getDocumentCatalog().setMarkInfo(markInfo);
        document.getDocumentCatalog().setLanguage(language);
        root = new PDStructureElement("Document", tree);
        root.setTitle(title);
        tree.appendKid(root);
    }

    /** Starts a new page and returns its index (0 for the first). */
    int newPage() throws IOException {
        closeContent();
        page = new PDPage(SIZE);
        page.setStructParents(pages.size());
        document.addPage(page);
        pages.add(page);
        marked.put(page, new ArrayList<>());
        content = new PDPageContentStream(document, page);
        y = TOP;
        return pages.size() - 1;
    }

    /** Continues writing on an earlier page (the table of contents, filled in once page numbers are known). */
    void reopen(int index) throws IOException {
        closeContent();
        page = pages.get(index);
        content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
        y = TOP;
    }

    /** @return a structure element of {@code type} under {@code parent} */
    PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** @return the index of the current page */
    int pageIndex() {
        return pages.size() - 1;
    }

    List<PDPage> pages() {
        return pages;
    }

    /** @return a structure element of {@code type} ("H1", "P", ...) under the document element */
    PDStructureElement element(String type) {
        PDStructureElement element = new PDStructureElement(type, root);
        root.appendKid(element);
        return element;
    }

    /** Moves down by {@code points}, starting a new page when the bottom is reached. */
    void skip(float points) throws IOException {
        y -= points;
        if (y < BOTTOM) {
            newPage();
        }
    }

    /** Starts a new page unless {@code points} more fit on this one. */
    void keep(float points) throws IOException {
        if (y - points < BOTTOM) {
            newPage();
        }
    }

    /** Writes lines of one structure element at {@code x} (from the left margin), breaking pages as needed. */
    void lines(List<String> lines, TextStyle style, float indent, PDStructureElement element) throws IOException {
        for (String line : lines) {
            keep(style.leading());
            y -= style.leading();
            if (!line.isEmpty()) {
                text(line, style, MARGIN + indent, y, element);
            }
        }
    }

    /** Writes one run of text at a position, as marked content of {@code element}. */
    void text(String text, TextStyle style, float x, float baseline, PDStructureElement element) throws IOException {
        beginMarkedContent(element);
        content.beginText();
        content.setFont(style.font(), style.size());
        content.setNonStrokingColor(style.color());
        content.newLineAtOffset(x, baseline);
        content.showText(text.replace('\n', ' '));
        content.endText();
        content.endMarkedContent();
    }

    /**
     * Draws a PNG image across the text width (scaled to keep its proportions, never above its own size at 144 dpi)
     * as a {@code Figure} element whose alternative text is {@code description}, starting a new page if it does
     * not fit.
     */
    void image(byte[] png, String description, PDStructureElement element) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "chart");
        float width = Math.min(WIDTH, image.getWidth() / 2f);
        float height = width * image.getHeight() / image.getWidth();
        keep(height + 4);
        y -= height + 4;
        element.setAlternateDescription(description);
        beginMarkedContent(element);
        content.drawImage(image, MARGIN, y, width, height);
        content.endMarkedContent();
    }

    /** Starts content of {@code element} on this page, linked both ways so the structure tree finds it. */
    private void beginMarkedContent(PDStructureElement element) throws IOException {
        List<PDStructureElement> onPage = marked.get(page);
        int mcid = onPage.size();
        onPage.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
    }

    /** @return where the next line's top is */
    float y() {
        return y;
    }

    /** Draws a thin rule across the text width, as an artifact. */
    void rule(float gray) throws IOException {
        keep(8);
        y -= 4;
        content.beginMarkedContent(COSName.ARTIFACT);
        content.setStrokingColor(gray, gray, gray);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
        content.endMarkedContent();
        y -= 4;
    }

    /** Finishes the structure: the parent tree that maps each page's marked content back to its elements. */
    void finish() throws IOException {
        closeContent();
        Map<Integer, COSObjectable> parents = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            COSArray elements = new COSArray();
            marked.get(pages.get(i)).forEach(element -> elements.add(element.getCOSObject()));
            parents.put(i, elements);
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(COSArray.class);
        tree.setNumbers(parents);
        PDStructureTreeRoot structure = document.getDocumentCatalog().getStructureTreeRoot();
        structure.setParentTree(tree);
        structure.setParentTreeNextKey(pages.size());
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}

package org.casenotes.export.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of exported documents: DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence, which allows embedding
 * and redistribution), embedded as subsets so a PDF shows the same everywhere, with the glyphs of any language a
 * client's name or a note may contain. The font files are read once per process; each document parses its own copy.
 * Characters DejaVu lacks are printed as '?' rather than failing the export.
 */
final class PdfFonts implements AutoCloseable {

    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";
    private static byte[] regularBytes;
    private static byte[] boldBytes;

    final PDFont regular;
    final PDFont bold;
    final GlyphWidths regularWidths;
    final GlyphWidths boldWidths;
    private final TrueTypeFont regularFont;
    private final TrueTypeFont boldFont;
    private final CmapLookup glyphs;

    private PdfFonts(TrueTypeFont regularFont, TrueTypeFont boldFont, PDFont regular, PDFont bold)
            throws IOException {
        this.regularFont = regularFont;
        this.boldFont = boldFont;
        this.regular = regular;
        this.bold = bold;
        this.glyphs = regularFont.getUnicodeCmapLookup();
        this.regularWidths = new GlyphWidths(regularFont);
        this.boldWidths = new GlyphWidths(boldFont);
    }

    /** Loads the fonts into a document, for the document's lifetime (close after saving it). */
    static PdfFonts load(PDDocument document) throws IOException {
        TrueTypeFont regular = new TTFParser().parse(new RandomAccessReadBuffer(bytes(false)));
        TrueTypeFont bold = new TTFParser().parse(new RandomAccessReadBuffer(bytes(true)));
        return new PdfFonts(regular, bold, PDType0Font.load(document, withoutSubstitution(regular), true),
                PDType0Font.load(document, withoutSubstitution(bold), true));
    }

    /**
     * Glyph substitution (ligatures) costs a regular-expression pass per line of text and gains nothing in notes,
     * whose text is copied and searched: without it, "fi" stays two glyphs and extracts as typed.
     */
    private static TrueTypeFont withoutSubstitution(TrueTypeFont font) {
        font.setEnableGsub(false);
        return font;
    }

    /**
     * @return the text with tabs, control characters and characters the fonts lack replaced by what can be shown;
     *         line breaks are kept as {@code '\n'}
     */
    String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\t') {
                shown.append("    ");
            } else if (codePoint == '\n') {
                shown.append('\n'); // kept for the line breaker; a '\r' before it is dropped below
            } else if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
                // line breaks are handled by the caller; other controls have no glyph
            } else if (glyphs.getGlyphId(codePoint) == 0) {
                shown.append('?');
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }

    @Override
    public void close() throws IOException {
        regularFont.close();
        boldFont.close();
    }

    private static synchronized byte[] bytes(boolean wantBold) {
        if (regularBytes == null) {
            regularBytes = read("DejaVuSans.ttf");
            boldBytes = read("DejaVuSans-Bold.ttf");
        }
        return wantBold ? boldBytes : regularBytes;
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is not installed (bundle "
                        + "net.sf.jasperreports.fonts.dejavu)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

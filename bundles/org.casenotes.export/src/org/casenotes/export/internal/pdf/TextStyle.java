package org.casenotes.export.internal.pdf;

import java.awt.Color;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font, size and colour of printed text, with the structure tag its lines carry in the tagged PDF.
 *
 * @param font   the font
 * @param widths the widths of its characters
 * @param size  the size in points
 * @param color the colour
 * @param tag   the structure type ("H1", "H2", "P")
 */
record TextStyle(PDFont font, GlyphWidths widths, float size, Color color, String tag) {

    /** @return the distance between two baselines */
    float leading() {
        return size * 1.35f;
    }

    /** @return the width of {@code text} in points */
    float width(String text) {
        return widths.of(text) / 1000f * size;
    }
}

package org.casenotes.export.internal.pdf;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font, size and colour of printed text, with the structure tag its lines carry in the tagged PDF.
 *
 * @param font  the font
 * @param size  the size in points
 * @param color the colour
 * @param tag   the structure type ("H1", "H2", "P")
 */
record TextStyle(PDFont font, float size, Color color, String tag) {

    /** @return the distance between two baselines */
    float leading() {
        return size * 1.35f;
    }

    /** @return the width of {@code text} in points */
    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.6f;
        }
    }
}

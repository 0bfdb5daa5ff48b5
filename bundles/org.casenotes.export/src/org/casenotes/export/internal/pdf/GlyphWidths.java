package org.casenotes.export.internal.pdf;

import java.io.IOException;
import java.util.Arrays;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The advance widths of a font's characters in thousandths of the font size, read from the font's own tables and
 * kept per character. Line breaking measures every word of every document; PDFBox's {@code getStringWidth} encodes
 * and decodes each string through the font's CMap, which was the largest cost of a records request.
 */
final class GlyphWidths {

    private final TrueTypeFont font;
    private final CmapLookup glyphs;
    private final float scale;
    private final float[] basic = new float[0x10000];

    GlyphWidths(TrueTypeFont font) throws IOException {
        this.font = font;
        this.glyphs = font.getUnicodeCmapLookup();
        this.scale = 1000f / font.getUnitsPerEm();
        Arrays.fill(basic, Float.NaN);
    }

    /** @return the width of {@code text} at size 1000 */
    float of(String text) {
        float width = 0;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            width += of(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private float of(int codePoint) {
        if (codePoint < basic.length) {
            float known = basic[codePoint];
            if (Float.isNaN(known)) {
                known = measure(codePoint);
                basic[codePoint] = known;
            }
            return known;
        }
        return measure(codePoint);
    }

    private float measure(int codePoint) {
        try {
            return font.getAdvanceWidth(glyphs.getGlyphId(codePoint)) * scale;
        } catch (IOException e) {
            return 600;
        }
    }
}

package org.casenotes.template.ui.internal;

import java.util.Map;

import org.casenotes.template.ide.highlighting.HighlightingStyles;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** How each highlighting style of the template language looks in the editor. */
final class TemplateStyles {

    private static final Map<String, TextAttribute> ATTRIBUTES = Map.ofEntries(
            Map.entry(HighlightingStyles.KEYWORD, new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD)),
            Map.entry(HighlightingStyles.STRING, new TextAttribute(new Color(42, 0, 255))),
            Map.entry(HighlightingStyles.TEXT_BLOCK, new TextAttribute(new Color(42, 0, 255))),
            Map.entry(HighlightingStyles.NUMBER, new TextAttribute(new Color(125, 125, 125))),
            Map.entry(HighlightingStyles.COMMENT, new TextAttribute(new Color(63, 127, 95), null, SWT.ITALIC)),
            Map.entry(HighlightingStyles.DECLARATION, new TextAttribute(null, null, SWT.BOLD)),
            Map.entry(HighlightingStyles.FIELD_REFERENCE, new TextAttribute(new Color(0, 0, 192))),
            Map.entry(HighlightingStyles.OPTION_REFERENCE, new TextAttribute(new Color(0, 128, 128), null, SWT.ITALIC)),
            Map.entry(HighlightingStyles.INSTRUMENT_REFERENCE, new TextAttribute(new Color(128, 64, 0))),
            Map.entry(HighlightingStyles.TYPE_REFERENCE, new TextAttribute(new Color(0, 80, 50))),
            Map.entry(HighlightingStyles.MERGE_FIELD, new TextAttribute(new Color(160, 80, 0), null, SWT.BOLD)),
            Map.entry(HighlightingStyles.NOTE_KIND, new TextAttribute(new Color(100, 70, 150))));

    private TemplateStyles() {
    }

    /** @return how to show {@code style}, or null to leave the text plain (identifiers, punctuation) */
    static TextAttribute of(String style) {
        return ATTRIBUTES.get(style);
    }
}

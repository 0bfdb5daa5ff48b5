package org.casenotes.template.ui.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;

/**
 * Shares the designer's width between the template's text and the preview: the text gets its share, but never fewer
 * than {@value #TEXT_COLUMNS} columns of the text font while the preview is shown (the standard templates' lines are
 * about that long), so a narrow editor does not squeeze the text into a strip; the preview takes what is left. Moving
 * the divider by hand holds until the editor is resized.
 */
final class TextAndPreviewWidths {

    /** Columns of text kept beside the preview. */
    static final int TEXT_COLUMNS = 80;

    /** Room for the rulers left of the text (line numbers, annotations) and the scroll bar. */
    private static final int RULERS = 48;

    /** Share of the width the text gets when there is room for both. */
    private static final int TEXT_PERCENT = 55;

    private final SashForm split;

    private TextAndPreviewWidths(SashForm split) {
        this.split = split;
    }

    /** Keeps the widths of {@code split} (text first, preview second) as the editor is resized. */
    static void keep(SashForm split) {
        TextAndPreviewWidths widths = new TextAndPreviewWidths(split);
        split.setWeights(TEXT_PERCENT, 100 - TEXT_PERCENT);
        split.addListener(SWT.Resize, event -> widths.share());
    }

    private void share() {
        int total = split.getClientArea().width - split.getSashWidth();
        if (split.getMaximizedControl() != null || total <= 0) {
            return;
        }
        int textWidth = Math.max(total * TEXT_PERCENT / 100, Math.min(textColumnsWidth(), total));
        split.setWeights(textWidth, Math.max(0, total - textWidth));
    }

    private int textColumnsWidth() {
        GC gc = new GC(split);
        try {
            gc.setFont(JFaceResources.getTextFont());
            return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * TEXT_COLUMNS) + RULERS;
        } finally {
            gc.dispose();
        }
    }
}

package org.casenotes.ui.forms.internal.renderers;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The mouse wheel over a multi-line text box scrolls the form the box is in, as the pointer passing over a field
 * on the way down should not stop the page; only a box whose own text is taller than it keeps the wheel to scroll
 * that text.
 */
final class WheelToForm {

    /** Lines of the text's height scrolled per wheel notch, as GTK scrolls a page. */
    private static final int LINES_PER_NOTCH = 3;

    private WheelToForm() {
    }

    static void install(StyledText text) {
        text.addListener(SWT.MouseVerticalWheel, event -> scrollForm(text, event));
    }

    private static void scrollForm(StyledText text, Event event) {
        if (scrollsItself(text)) {
            return;
        }
        ScrolledComposite form = formOf(text);
        if (form == null) {
            return;
        }
        event.doit = false;
        Point origin = form.getOrigin();
        int step = LINES_PER_NOTCH * text.getLineHeight() * (event.count > 0 ? 1 : -1);
        form.setOrigin(origin.x, Math.max(0, origin.y - step));
    }

    /** @return whether the text is taller than its box, so that the wheel has something to scroll in it */
    static boolean scrollsItself(StyledText text) {
        if (text.getVerticalBar() == null) {
            return false;
        }
        int content = text.getLinePixel(text.getLineCount()) - text.getLinePixel(0);
        return content > text.getClientArea().height - text.getTopMargin() - text.getBottomMargin();
    }

    private static ScrolledComposite formOf(StyledText text) {
        for (Composite level = text.getParent(); level != null; level = level.getParent()) {
            if (level instanceof ScrolledComposite scrolled) {
                return scrolled;
            }
        }
        return null;
    }
}

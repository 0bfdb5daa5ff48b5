package org.casenotes.ui.forms.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;

/**
 * Colours the editor sets on purpose (a banner, a highlight) and that the workbench's CSS theme must not paint over
 * when it styles new widgets: the theme engine leaves widgets alone that carry its documented opt-out flag.
 */
final class OwnColours {

    /** The data key by which the Eclipse 4 CSS engine skips a widget. */
    private static final String CSS_DISABLED = "org.eclipse.e4.ui.css.disabled";

    private OwnColours() {
    }

    /** Gives {@code control} this background (and foreground, unless {@code null}), kept through theme styling. */
    static void paint(Control control, Color background, Color foreground) {
        control.setData(CSS_DISABLED, Boolean.TRUE);
        control.setBackground(background);
        if (foreground != null) {
            control.setForeground(foreground);
        }
    }
}

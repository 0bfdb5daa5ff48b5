package org.casenotes.ui.forms.internal;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * How the value controls of a note that may not be changed (signed, or submitted for review) look, whichever
 * renderer drew them: text boxes are not editable, show no caret and take a grey fill instead of the white of a box
 * to type in, yet their text can still be selected and copied; option buttons and answer lists are disabled.
 */
final class ReadOnlyLook {

    /** The fill of a text box that cannot be typed into. */
    static final Color FILL = new Color(236, 236, 236);

    private ReadOnlyLook() {
    }

    /** Makes {@code root} and every control below it look and behave read-only. */
    static void apply(Control root) {
        switch (root) {
            case StyledText text -> {
                text.setEditable(false);
                text.setCaret(null);
                OwnColours.paint(text, FILL, null);
            }
            case Text text -> {
                text.setEditable(false);
                OwnColours.paint(text, FILL, null);
            }
            case Button button -> button.setEnabled(false);
            case Combo combo -> combo.setEnabled(false);
            case Composite composite -> {
                for (Control child : composite.getChildren()) {
                    apply(child);
                }
            }
            default -> {
                // labels and other controls show, they do not take input
            }
        }
    }
}

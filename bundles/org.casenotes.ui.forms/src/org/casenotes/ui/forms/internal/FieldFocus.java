package org.casenotes.ui.forms.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/** Brings a field of the form to the clinician: expands its section, scrolls it into view, focuses, selects words. */
final class FieldFocus {

    private FieldFocus() {
    }

    /** @return whether {@code view} was shown and focused (false when it is hidden by its condition) */
    static boolean show(ScrolledForm form, FieldView view) {
        if (view == null || !view.shown()) {
            return false;
        }
        Control control = view.rendered().control();
        expandSections(control);
        form.showControl(control);
        control.setFocus();
        return true;
    }

    /**
     * Like {@link #show(ScrolledForm, FieldView)}, and in a text field selects {@code length} characters from
     * {@code offset}, cut at the end of the text.
     */
    static boolean show(ScrolledForm form, FieldView view, int offset, int length) {
        if (!show(form, view)) {
            return false;
        }
        view.rendered().styledText().ifPresent(text -> {
            int start = Math.min(offset, text.getCharCount());
            int end = (int) Math.min((long) start + length, text.getCharCount());
            text.setSelection(start, end);
            text.showSelection();
        });
        return true;
    }

    private static void expandSections(Control control) {
        for (Composite level = control.getParent(); level != null; level = level.getParent()) {
            if (level instanceof Section section && !section.isExpanded()) {
                section.setExpanded(true);
            }
        }
    }
}

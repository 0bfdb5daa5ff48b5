package org.casenotes.ui.forms.internal;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.TextRange;
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
        if (expandSections(control)) {
            form.reflow(true);
        }
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

    /** @return whether a collapsed section had to be expanded */
    /** Shows the field {@code view} of {@code finding} and selects the finding's words, if it is about some. */
    static boolean show(ScrolledForm form, FieldView view, Finding finding) {
        TextRange range = finding.range();
        return range == null ? show(form, view) : show(form, view, range.start(), range.end() - range.start());
    }

    private static boolean expandSections(Control control) {
        boolean expanded = false;
        for (Composite level = control.getParent(); level != null; level = level.getParent()) {
            if (level instanceof Section section && !section.isExpanded()) {
                section.setExpanded(true);
                expanded = true;
            }
        }
        return expanded;
    }
}

package org.casenotes.ui.forms.internal;

import java.util.Map;

import org.casenotes.core.forms.ValueScope;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;

/** The controls of one form element, kept in step with the note's values. */
interface ElementView {

    /**
     * Shows the element as the note's values in {@code scope} now say: shown or hidden, required or not, its value
     * or calculation.
     *
     * @return whether the layout changed (something appeared, disappeared, or rows were added or removed)
     */
    boolean refresh(ValueScope scope);

    /** Adds the field views of this element (and of its children), by the rule engine's field path. */
    void collectFields(Map<String, FieldView> into);

    /** Adds the calculated values shown by this element (and its children), by id. */
    default void collectCalculations(Map<String, CalculatedView> into) {
        // most elements show none
    }

    /** Shows or hides {@code control}, taking it out of its grid layout while hidden; @return whether it changed */
    static boolean show(Control control, boolean shown) {
        boolean changed = control.getVisible() != shown;
        control.setVisible(shown);
        if (control.getLayoutData() instanceof GridData data) {
            changed |= data.exclude == shown;
            data.exclude = !shown;
        }
        return changed;
    }
}

package org.casenotes.ui.forms;

import java.util.Optional;

import org.casenotes.model.record.FieldValue;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;

/** A field's controls as drawn by a {@link FieldRenderer}, through which the editor keeps them in step with the note. */
public interface RenderedField {

    /** @return the control that takes the focus and carries the findings decoration */
    Control control();

    /**
     * Shows {@code value}, which the note now holds (after undo, redo, a quick fix). The editor ignores edits the
     * control reports while this runs.
     */
    void refresh(Optional<FieldValue> value);

    /** @return the text widget on which findings are underlined at their exact range, if the field is text */
    default Optional<StyledText> styledText() {
        return Optional.empty();
    }
}

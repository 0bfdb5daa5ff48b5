package org.casenotes.ui.forms;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.record.FieldValue;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** What the note editor gives a {@link FieldRenderer} for one field: where to draw, the value, and how to change it. */
public interface FieldRenderContext {

    /** @return the composite to create the controls in; it has a one-column {@code GridLayout} */
    Composite parent();

    /** @return the editor's toolkit, for controls that look like the rest of the form */
    FormToolkit toolkit();

    /** @return the field to draw */
    Field field();

    /** @return the field's current value in the note (or in the row of a repeatable group) */
    Optional<FieldValue> value();

    /** @return whether the note may not be changed (it is signed, or submitted for review) */
    boolean readOnly();

    /**
     * Changes the field's value as one undoable edit. {@code change} receives the note's value editor at the
     * field's level (the note, or the row the field is in) and calls one of its setters with this field's id.
     * Calls made while the editor refreshes the control from the model are ignored.
     *
     * @param label what the edit is called in Undo/Redo, e.g. "Type narrative"
     * @return whether the value was accepted; if not, the reason is shown on the field
     */
    boolean edit(String label, Consumer<ValueEditor> change);

    /** Shows that what was typed is not a value of the field (e.g. not a date), or clears that with {@code null}. */
    void reportInput(String problem);

    /** @return the goals or objectives of the client's current treatment plan, for goal reference fields */
    List<PlanElement> planElements(PlanElementKind kind);
}

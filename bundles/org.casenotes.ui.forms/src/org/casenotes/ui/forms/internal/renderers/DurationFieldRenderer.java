package org.casenotes.ui.forms.internal.renderers;

import org.casenotes.model.form.DurationType;
import org.casenotes.model.form.Field;
import org.casenotes.model.record.DurationValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.RenderedField;

/** Duration fields, typed in whole minutes. */
public final class DurationFieldRenderer implements FieldRenderer {

    @Override
    public int applicability(Field field) {
        return field.getType() instanceof DurationType ? DEFAULT : NOT_APPLICABLE;
    }

    @Override
    public RenderedField render(FieldRenderContext context) {
        return TypedText.create(context, "e.g. 50", "minutes", "Type the length in whole minutes, e.g. 50.",
                (typed, id) -> {
                    int minutes = Integer.parseInt(typed);
                    if (minutes < 0) {
                        throw new IllegalArgumentException("negative");
                    }
                    return editor -> editor.setDuration(id, minutes);
                }, value -> Integer.toString(((DurationValue) value).getMinutes()));
    }
}

package org.casenotes.ui.forms.internal.renderers;

import java.util.List;

import org.casenotes.model.form.BooleanType;
import org.casenotes.model.form.Field;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.RenderedField;

/** Yes/no fields as two radio buttons, so that "not answered" stays distinct from "no". */
public final class YesNoFieldRenderer implements FieldRenderer {

    @Override
    public int applicability(Field field) {
        return field.getType() instanceof BooleanType ? DEFAULT : NOT_APPLICABLE;
    }

    @Override
    public RenderedField render(FieldRenderContext context) {
        String id = context.field().getId();
        return OptionButtons.create(context, false, List.of("yes", "no"), List.of("Yes", "No"),
                value -> List.of(((BooleanValue) value).isValue() ? "yes" : "no"),
                chosen -> context.edit("Answer " + TextFieldRenderer.label(context.field()),
                        editor -> editor.setBoolean(id, chosen.contains("yes"))));
    }
}

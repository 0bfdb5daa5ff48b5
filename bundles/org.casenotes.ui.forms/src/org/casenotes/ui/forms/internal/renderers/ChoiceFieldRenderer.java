package org.casenotes.ui.forms.internal.renderers;

import java.util.List;

import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.RenderedField;

/** Single choices as radio buttons, multiple choices as check boxes. */
public final class ChoiceFieldRenderer implements FieldRenderer {

    @Override
    public int applicability(Field field) {
        return field.getType() instanceof ChoiceType ? DEFAULT : NOT_APPLICABLE;
    }

    @Override
    public RenderedField render(FieldRenderContext context) {
        ChoiceType type = (ChoiceType) context.field().getType();
        List<String> ids = type.getOptions().stream().map(ChoiceOption::getId).toList();
        List<String> labels = type.getOptions().stream()
                .map(option -> option.getLabel() == null ? option.getId() : option.getLabel()).toList();
        String id = context.field().getId();
        return OptionButtons.create(context, type.isMultiple(), ids, labels,
                value -> ((ChoiceValue) value).getOptionIds(),
                chosen -> context.edit("Choose " + TextFieldRenderer.label(context.field()),
                        editor -> editor.choose(id, chosen.toArray(String[]::new))));
    }
}

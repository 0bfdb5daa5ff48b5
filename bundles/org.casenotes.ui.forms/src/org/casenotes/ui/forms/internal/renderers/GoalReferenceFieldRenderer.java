package org.casenotes.ui.forms.internal.renderers;

import java.util.List;

import org.casenotes.model.form.Field;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.PlanElement;
import org.casenotes.ui.forms.RenderedField;
import org.eclipse.swt.widgets.Control;

/**
 * Goal and objective references: the client's plan elements of the field's kind as radio buttons (one) or check
 * boxes (several). Without a plan, says so instead of offering nothing.
 */
public final class GoalReferenceFieldRenderer implements FieldRenderer {

    @Override
    public int applicability(Field field) {
        return field.getType() instanceof GoalReferenceType ? DEFAULT : NOT_APPLICABLE;
    }

    @Override
    public RenderedField render(FieldRenderContext context) {
        GoalReferenceType type = (GoalReferenceType) context.field().getType();
        List<PlanElement> elements = context.planElements(type.getTarget());
        if (elements.isEmpty()) {
            Control none = context.toolkit().createLabel(context.parent(),
                    "The client's treatment plan has no " + type.getTarget().getName().toLowerCase(java.util.Locale.ROOT)
                            + "s to refer to.");
            return new RenderedField() {
                @Override
                public Control control() {
                    return none;
                }

                @Override
                public void refresh(java.util.Optional<org.casenotes.model.record.FieldValue> value) {
                    // nothing to select
                }
            };
        }
        String id = context.field().getId();
        return OptionButtons.create(context, type.isMultiple(), elements.stream().map(PlanElement::id).toList(),
                elements.stream().map(PlanElement::label).toList(),
                value -> ((GoalReferenceValue) value).getPlanElementIds(),
                chosen -> context.edit("Refer " + TextFieldRenderer.label(context.field()),
                        editor -> editor.referTo(id, chosen.toArray(String[]::new))));
    }
}
